// Round 18u, fault 8: a week or month named without its day, as the answer to 「是哪一天？」.
import { describe, expect, it } from 'vitest';
import { vagueDayHint } from '../../../src/domain/report/vagueDay.js';

describe('vagueDayHint (Wednesday 2026-12-02)', () => {
  it.each([
    ['就是上周那次', /上周（11月23日—11月29日）/],
    ['上个星期的事', /上周（11月23日—11月29日）/],
    ['这周', /本周（11月30日—12月2日）/],
    ['上个月', /上个月，还差具体哪一天/],
  ])('「%s」', (answer, want) => {
    expect(vagueDayHint(answer, '2026-12-02')).toMatch(want);
  });

  it('a Monday’s last week is the seven days before it; an answer naming no week or month gives none', () => {
    expect(vagueDayHint('上周', '2026-11-30')).toMatch(/11月23日—11月29日/);
    expect(vagueDayHint('不记得了', '2026-12-02')).toBeUndefined();
  });
});
