// A 责任书 for a year named on it (2027年度…责任书, signed in December 2026) counts toward that year's duty, not the signing day's.
import type { Activity } from '../activity.js';

/**
 * The day a record counts as for the duties: its own day, unless it names the year it is for (dutyYear) and that is
 * another year. duties.md: the 责任书 is signed 「年初」 for the year (pledge-sign, within Q1); one signed early for the
 * coming year meets the coming year's duty (as its 1 January), one signed late for a past year counts as that year's
 * last day (after its window: still 逾期, said as done late). Pure; the record keeps its real day everywhere else.
 */
export function countingDay(a: Pick<Activity, 'date' | 'dutyYear'>): string {
  if (a.dutyYear === undefined) return a.date;
  const year = Number(a.date.slice(0, 4));
  if (a.dutyYear === year) return a.date;
  return a.dutyYear > year ? `${a.dutyYear}-01-01` : `${a.dutyYear}-12-31`;
}

/** `a` as the duties see it: with its counting day as its day when that differs (the index's view, never stored). */
export function asCounted<T extends Pick<Activity, 'date' | 'dutyYear'>>(a: T): T {
  const day = countingDay(a);
  return day === a.date ? a : { ...a, date: day };
}
