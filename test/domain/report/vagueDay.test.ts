// Round 18u, fault 8: a week or month named without its day, as the answer to 「是哪一天？」.
import { describe, expect, it } from 'vitest';
import { vagueDayHint } from '../../../src/domain/report/vagueDay.js';

describe('vagueDayHint (Wednesday 2026-12-02)', () => {
  it.each([
    ['就是上周那次', /上周（11月23日—11月29日）/],
    ['上个星期的事', /上周（11月23日—11月29日）/],
    ['这周', /本周（11月30日—12月2日）/],
    ['上个月', /上个月，还差具体哪一天/],
    // Round 27d: a month alone (was read as the month's completion query), and 记不清 (was the bare question again).
    ['11月份', /您说的是11月，还差具体哪一天：请回复如「11月15日」/],
    ['大概11月中旬吧', /您说的是11月中旬，还差具体哪一天/],
    ['就这个月', /您说的是本月，还差具体哪一天/],
    ['不记得了', /记不清具体哪一天的话.*取消/],
    ['记不清了', /记不清具体哪一天的话/],
    ['具体哪天忘了', /记不清具体哪一天的话/],
  ])('「%s」', (answer, want) => {
    expect(vagueDayHint(answer, '2026-12-02')).toMatch(want);
  });

  it('a Monday’s last week is the seven days before it; an answer naming no week or month gives none', () => {
    expect(vagueDayHint('上周', '2026-11-30')).toMatch(/11月23日—11月29日/);
    expect(vagueDayHint('好的', '2026-12-02')).toBeUndefined();
    // A month with a day, or a month beside other words, is no month alone.
    expect(vagueDayHint('11月15日', '2026-12-02')).toBeUndefined();
    expect(vagueDayHint('11月份完成情况', '2026-12-02')).toBeUndefined();
    expect(vagueDayHint('13月', '2026-12-02')).toBeUndefined();
  });
});
