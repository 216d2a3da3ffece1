// Round 52, fixer fwcc (issue 10; fwf's left-over): 「11月20日，还有11月25日也谈了一次」 to 「是哪一天？」 kept 11-20 only, the
// 11-25 talk dropped without a word. A further day after 还有 · 另外 · 此外 · 以及, or each day with 一次, is one more day of
// the deed asked: one item per day (followUp's occasionDays). Read on Sunday 2026-11-22 (the fixture's day).
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { contextFor } from '../../support/fixtureOrg.js';

const ctx = contextFor('liqiang');
const talkWith = (id: string): PendingItem['draft'] => ({ type: 'talk_integrity', counterpartIds: [id], late: false });
const days = (answer: string) => {
  const items: PendingItem[] = [{ draft: talkWith('wanggang'), problems: [{ code: 'missing_date' }] }];
  const r = answerFollowUp(items, answer, ctx);
  return r.ok ? r.items.map((i) => [i.draft.date, i.draft.counterpartIds[0], i.problems.length]) : undefined;
};

describe('answerFollowUp: more days told after 还有 · 另外 · 各一次', () => {
  it.each([
    '11月10日，还有11月17日也谈了一次',
    '11月10日，另外11月17日又谈了一次',
    '11月10日 另外17号又谈了一次话',
    '10号，还有17号',
    '10号，另外17号',
    '10号，此外17号也谈了一次',
    '11月10日以及11月17日',
    '10号和17号各一次',
    '11月10日和17日各谈了一次',
    '10号一次，17号又谈了一次',
    '11月10日，还有17日也谈了一次。',
    '11月10号，还有11月17号又谈了一回',
    '10日、17日各一次',
    '10号谈了一次，还有17号也谈了一次',
    '11月10日，11月17日又谈了一次',
  ])('「%s」: the talk on 11-10 and on 11-17', (answer) => {
    expect(days(answer)).toEqual([
      ['2026-11-10', 'wanggang', 0],
      ['2026-11-17', 'wanggang', 0],
    ]);
  });

  it.each(['11月10日', '11月10日谈的', '10号谈了一次', '就是10号'])('near-miss 「%s」: the one talk', (answer) => {
    expect(days(answer)).toEqual([['2026-11-10', 'wanggang', 0]]);
  });
});
