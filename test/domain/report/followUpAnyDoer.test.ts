// 「这条警示教育是谁的？」 offered 黄志刚 and 林晓; 胡军 answered 「李明」「是李明主任的」 and got the same card back three
// times with no word (round 31f X4). Whose a study or a check was is the member's to say: anyone of the directory is taken;
// only a meeting's chair or a lecturer stays among the leaders, and refusing one says why (followUpHeadsOwn, followUpMore).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-12-03T16:40:00+08:00');
const ctx = { now, directory, senderId: 'hujun', mentions: [] };
const asked = (type: PendingItem['draft']['type']): PendingItem[] => [
  { draft: { type, date: '2026-11-26', counterpartIds: [], late: false }, problems: [{ code: 'missing_actor', candidateIds: ['huangzhigang', 'linxiao'] }] },
];
const doer = (type: PendingItem['draft']['type'], answer: string) => {
  const r = answerFollowUp(asked(type), answer, ctx);
  return r.ok ? r.items.map((i) => [i.draft.actorId ?? 'sender', i.problems.length]) : r;
};

describe('the doer of a study or a check answered with someone not among the buttons', () => {
  it.each(['李明', '是李明主任的', '李明主任带我们去的'])('「%s」 to whose 警示教育: 李明 is its doer', (answer) => {
    expect(doer('edu_warning', answer)).toEqual([['liming', 0]]);
  });

  it('「何平」 to whose 作风纪律检查: 何平 is its doer', () => {
    expect(doer('inspect_style', '何平')).toEqual([['heping', 0]]);
  });

  it('near-miss: a button answer is taken as before', () => {
    expect(doer('edu_warning', '林晓')).toEqual([['linxiao', 0]]);
  });

  it('near-miss: 「我」 is the sender, as before', () => {
    expect(doer('edu_warning', '我')).toEqual([['sender', 0]]);
  });

  it('near-miss: a name not in the directory is still no answer (the caller asks for a full name or leaves it out)', () => {
    expect(doer('edu_warning', '小马')).toEqual({ ok: false });
  });

  it('near-miss: the same person to whose 专题会议 is refused, and said why', () => {
    const r = answerFollowUp(asked('meeting_special'), '李明', ctx);
    expect(!r.ok && r.why).toMatch(/^「李明」不是单位领导，专题会议按主持或主讲的领导记录，未采用/);
  });

  it.each(['我', '我讲的', '是我讲的', '黄志刚'])("「%s」 from the 机关纪委书记 to who gave a 廉政党课: his own lecture, as a head's is (t41b F7)", (answer) => {
    const r = answerFollowUp(asked('edu_lecture'), answer, { ...ctx, senderId: 'huangzhigang' });
    expect(r.ok && r.items.map((i) => [i.draft.actorId ?? 'sender', i.problems.length])).toEqual([['sender', 0]]);
  });

  it('near-miss: 「我」 to who chaired a 专题会议 is still refused for one who holds none', () => {
    const r = answerFollowUp(asked('meeting_special'), '我', ctx);
    expect(!r.ok && r.why).toMatch(/^您本人不是单位领导，专题会议按主持或主讲的领导记录，未采用/);
  });

  it('near-miss: someone else who is no leader to who gave a 廉政党课 is still refused', () => {
    const r = answerFollowUp(asked('edu_lecture'), '李娟', ctx);
    expect(!r.ok && r.why).toMatch(/^「李娟」不是单位领导，廉政党课按主持或主讲的领导记录，未采用/);
  });
});
