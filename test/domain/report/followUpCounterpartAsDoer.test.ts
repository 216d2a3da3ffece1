// 「这条签订责任书/承诺书是谁的？」 over 签订廉政承诺书（冯雪…） read with 冯雪 as the one signed with; 赵磊 answered 「冯雪」,
// then the button's own 「冯雪（维权部部长）」, and got the same question back word for word each time (round 31g F6). The
// member's answer names who held it; whom it was held with is then asked, never guessed nor the answer dropped.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';

const directory = loadConfig('config').directory;
const now = new Date('2026-12-03T16:40:00+08:00');
const ctx = { now, directory, senderId: 'zhaolei', mentions: [] };
const asked = (type: PendingItem['draft']['type'], counterpartIds: string[]): PendingItem[] => [
  { draft: { type, date: '2026-11-05', counterpartIds, late: false }, problems: [{ code: 'missing_actor', candidateIds: ['fengxue', 'chenzhiqiang', 'zhaolei'] }] },
];
const answered = (type: PendingItem['draft']['type'], counterpartIds: string[], answer: string) => {
  const r = answerFollowUp(asked(type, counterpartIds), answer, ctx);
  return r.ok ? r.items.map((i) => [i.draft.actorId ?? 'sender', i.draft.counterpartIds.join(','), i.problems.map((p) => p.code).join(',')]) : r;
};

describe('the doer answered with the one the record was read as held with', () => {
  it.each(['冯雪', '冯雪（维权部部长）', '是冯雪部长'])('「%s」 to whose 签订 with 冯雪: 冯雪 holds it, whom with is asked', (answer) => {
    expect(answered('pledge_sign', ['fengxue'], answer)).toEqual([['fengxue', '', 'missing_counterpart']]);
  });

  it('the same for a talk read as with 冯雪', () => {
    expect(answered('talk_integrity', ['fengxue'], '冯雪')).toEqual([['fengxue', '', 'missing_counterpart']]);
  });

  it('near-miss: another doer keeps the one signed with, as before', () => {
    expect(answered('pledge_sign', ['fengxue'], '陈志强')).toEqual([['chenzhiqiang', 'fengxue', '']]);
  });

  it('near-miss: 「我」 keeps the sender the doer and 冯雪 the one signed with, as before', () => {
    expect(answered('pledge_sign', ['fengxue'], '我')).toEqual([['sender', 'fengxue', '']]);
  });

  it('near-miss: of two signed with, the one named holds it with the other, as before', () => {
    expect(answered('pledge_sign', ['fengxue', 'zhaolei'], '冯雪')).toEqual([['fengxue', 'zhaolei', '']]);
  });
});
