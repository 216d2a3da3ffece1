// Round 34b §4 (B8, C2): a talk whose type or day came in an answer had no department, while one read whole has its
// counterpart's. answerFollowUp now gives it, whichever question was answered; a department already set is kept.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerFollowUp } from '../../../src/domain/report/followUp.js';
import { parseReport } from '../../../src/domain/report/parseReport.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const answered = (sender: string, text: string, ...answers: string[]) => {
  const ctx = { now, directory, senderId: sender, mentions: [] };
  let items = parseReport(text, ctx)!.map(({ draft, problems }) => ({ draft, problems }));
  for (const answer of answers) {
    const r = answerFollowUp(items, answer, ctx);
    if (!r.ok) throw new Error(`answer ${answer} not taken`);
    items = r.items;
  }
  return items.map((i) => [i.draft.type, i.draft.date, i.draft.counterpartIds.join(','), i.draft.departmentId ?? '-', i.problems.length]);
};

describe('the department of a talk made whole by answers', () => {
  it('type then day answered: the counterpart department, as the same talk in one message', () => {
    expect(answered('fengxue', '和赵磊谈了谈', '谈心谈话', '11月27日')).toEqual([['talk_heart', '2026-11-27', 'zhaolei', 'rights', 0]]);
    expect(answered('fengxue', '11月27日和赵磊谈心谈话')).toEqual([['talk_heart', '2026-11-27', 'zhaolei', 'rights', 0]]);
  });

  // 谈了两次心 is read as 谈心谈话 since z1 (round 34b §3c), so only the days are asked.
  it('two talks of a month, both days answered: each at the counterpart department', () => {
    expect(answered('zhoutao', '上个月和张颖谈了两次心', '11月5日、11月19日')).toEqual([
      ['talk_heart', '2026-11-05', 'zhangying', 'liaison', 0],
      ['talk_heart', '2026-11-19', 'zhangying', 'liaison', 0],
    ]);
  });

  it('near-misses: a talk with a leader gets none; a study answered its day keeps none', () => {
    expect(answered('liufang', '11月20日和王建国谈了谈', '谈心谈话')).toEqual([['talk_heart', '2026-11-20', 'wangjianguo', '-', 0]]);
    expect(answered('zhoutao', '上个月开展了廉政教育', '11月12日')).toEqual([['edu_integrity', '2026-11-12', '', '-', 0]]);
  });
});
