// A stored record's dutyYear checked against its day: a 责任书 is signed for the year it happens in or a year next to it.
import type { Activity } from '../activity.js';

/**
 * undefined when `a.dutyYear` is absent or is an integer within one year of `a.date`'s year (2027年度 signed in
 * December 2026, 2026年度 signed late in January 2027); else the problem in words, for the operator (dutyYear 1999 on a
 * 2026 record: a typo or a bad import, which would move the record's count into a year nobody reports on). The type is
 * not checked: a record whose type was changed by an older build may still carry one, harmlessly.
 */
export function dutyYearProblem(a: Pick<Activity, 'date' | 'dutyYear'>): string | undefined {
  const y = a.dutyYear as unknown;
  if (y === undefined) return undefined;
  if (typeof y !== 'number' || !Number.isInteger(y)) return 'expected a whole year such as 2027';
  const year = Number(a.date.slice(0, 4));
  if (Math.abs(y - year) > 1) return `${y} is not the year of the record's day (${a.date}) or a year next to it`;
  return undefined;
}
