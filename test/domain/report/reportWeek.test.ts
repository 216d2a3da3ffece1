// The week a report names without its day, and that week's span, which the day question says (i21, round 21 K1).
import { describe, expect, it } from 'vitest';
import { reportWeek, weekSpan } from '../../../src/domain/report/reportWeek.js';

describe('reportWeek', () => {
  it.each([
    ['上周组织部门同志看了警示教育片', '上'],
    ['上个星期跟刘洋谈心谈话了', '上'],
    ['上礼拜开展了廉政教育', '上'],
    ['这周和吴静谈心了', '本'],
    ['本周开展了警示教育', '本'],
  ] as const)('「%s」 names %s周', (text, want) => {
    expect(reportWeek(text)).toBe(want);
  });

  it.each([
    ['上周三跟刘洋谈心谈话了', 'a weekday is given, nothing to frame'],
    ['上上周开展了廉政教育', 'the week before last is no 上周'],
    ['上周学了条例，本周又看了警示片', 'two weeks: no one frame'],
    ['昨天开展了廉政教育', 'no week'],
  ])('「%s」 names none (%s)', (text) => {
    expect(reportWeek(text)).toBeUndefined();
  });
});

describe('weekSpan', () => {
  it('from Wednesday 2026-12-02: 上周 is 11-23 to 11-29, 本周 11-30 to 12-06', () => {
    expect(weekSpan('上', '2026-12-02')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(weekSpan('本', '2026-12-02')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
  });

  it('from a Sunday, 本周 is the week ending that day', () => {
    expect(weekSpan('本', '2026-11-29')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
  });
});
