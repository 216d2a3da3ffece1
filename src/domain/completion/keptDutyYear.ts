// The dutyYear a changed record keeps: the 责任书's named year survives an edit of other fields, and goes when it no longer says anything.
import type { ActivityTypeCode } from '../activityTypes.js';

/**
 * The dutyYear to store after a record is changed to `type` on `date` (YYYY-MM-DD): `dutyYear` itself while the
 * record is still a 签订责任书 whose day lies in the year before or after it; undefined when the type changed (a talk
 * is for no year), when the day moved into that year (signed 2027-01-05: its own day already counts there), or when
 * the day moved so far that the named year no longer fits (dutyYearProblem would refuse it).
 */
export function keptDutyYear(dutyYear: number | undefined, type: ActivityTypeCode, date: string): number | undefined {
  if (dutyYear === undefined || type !== 'pledge_sign') return undefined;
  const year = Number(date.slice(0, 4));
  return Math.abs(dutyYear - year) === 1 ? dutyYear : undefined;
}
