// Counting working days over any calendar's isWorkday: the n-th working day before or after a date.
import { addDays } from '../shanghai.js';

/** Ten years of days: no real calendar has that many days off in a row, so going further means a broken predicate. */
const MAX_STEPS = 3660;

/**
 * The |delta|-th working day after (delta > 0) or before (delta < 0) `date`, not
 * counting `date` itself; delta 0 is `date` if it is a working day, else the next one.
 */
export function nthWorkday(isWorkday: (date: string) => boolean, date: string, delta: number): string {
  if (delta === 0) return isWorkday(date) ? date : nthWorkday(isWorkday, date, 1);
  const step = delta > 0 ? 1 : -1;
  let left = Math.abs(delta);
  let d = date;
  for (let i = 0; i < MAX_STEPS; i++) {
    d = addDays(d, step);
    if (isWorkday(d) && --left === 0) return d;
  }
  throw new Error(`no working day within ${MAX_STEPS} days of ${date}`);
}

/** Working days from `from` to `to`, both included. */
export function workdaysBetween(isWorkday: (date: string) => boolean, from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkday(d)) n++;
  return n;
}
