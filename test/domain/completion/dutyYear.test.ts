// A 责任书 for a named year (2027年度…, signed in December 2026) counts toward that year's 签订责任书 duty, not the signing day's.
import { describe, expect, it } from 'vitest';
import { countingDay } from '../../../src/domain/completion/countingDay.js';
import { recordLateRule } from '../../../src/domain/completion/late.js';
import { act, at, completionOf, DEFAULT_DUTIES, lineOf, viewOf } from '../../support/completionFixtures.js';

describe('a 责任书 for a named year', () => {
  const early = act({ type: 'pledge_sign', date: '2026-12-02', actorId: 'sec', counterpartIds: ['l1'], dutyYear: 2027 });
  const plain = act({ type: 'pledge_sign', date: '2026-12-02', actorId: 'sec', counterpartIds: ['l2'] });

  it('counts as 1 January of the year it names, and on its own day otherwise', () => {
    expect(countingDay(early)).toBe('2027-01-01');
    expect(countingDay(plain)).toBe('2026-12-02');
    expect(countingDay({ date: '2027-01-08', dutyYear: 2027 })).toBe('2027-01-08');
    expect(countingDay({ date: '2027-01-08', dutyYear: 2026 })).toBe('2026-12-31');
  });

  it('meets the named year\'s duty: 2027 sees it done, 2026 does not', () => {
    const in2027 = lineOf(completionOf([early, plain], viewOf('2027-01-01'), at('2027-01-05 09:00')), 'pledge-sign', 'sec');
    expect(in2027.activityIds).toEqual([early.id]);
    expect(in2027.done).toBe(1);
    const in2026 = lineOf(completionOf([early, plain], viewOf('2026-10-01'), at('2026-12-03 09:00')), 'pledge-sign', 'sec');
    expect(in2026.activityIds).not.toContain(early.id);
    expect(in2026.done).toBe(0);
  });

  it('is no 补录 when made before its year began', () => {
    const late = recordLateRule(DEFAULT_DUTIES);
    expect(late({ ...early, createdAt: '2026-12-02T09:00:00+08:00' })).toBe(false);
  });
});
