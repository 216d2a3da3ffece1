// 「都是谈心谈话」 to 「是哪类活动？」 asked of several items: the type is every one's (round 20u, C04).
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type PendingItem } from '../../../src/domain/report/followUp.js';
import { contextFor } from '../../support/fixtureOrg.js';

const ctx = contextFor('zhoujie');
const untyped = (id: string, date: string): PendingItem => ({ draft: { date, counterpartIds: [id], late: false }, problems: [{ code: 'missing_type' }] });
const typesOf = (answer: string) => {
  const r = answerFollowUp([untyped('huanglei', '2026-11-20'), untyped('wufang', '2026-11-13')], answer, ctx);
  return r.ok ? r.items.map((i) => [i.draft.type, i.draft.counterpartIds[0], i.problems.map((p) => p.code).join()]) : null;
};

describe('answerFollowUp: one type for all', () => {
  it.each([
    ['都是谈心谈话', 'talk_heart'],
    ['均为廉政谈话', 'talk_integrity'],
    ['两次都是谈心', 'talk_heart'],
    ['全是廉政提醒谈话', 'talk_integrity'],
    ['两个都算谈心谈话吧', 'talk_heart'],
  ])('「%s」 types both talks', (answer, type) => {
    expect(typesOf(answer)).toEqual([
      [type, 'huanglei', ''],
      [type, 'wufang', ''],
    ]);
  });

  it('a type alone answers every untyped talk of the message: they were asked as one (n25)', () => {
    expect(typesOf('谈心谈话')).toEqual([
      ['talk_heart', 'huanglei', ''],
      ['talk_heart', 'wufang', ''],
    ]);
  });
});
