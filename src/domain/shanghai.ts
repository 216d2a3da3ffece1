// Civil dates in Asia/Shanghai, whatever the machine's zone. Every date string in the domain is one of these.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const ZONE = 'Asia/Shanghai';

/**
 * Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so plain offset
 * arithmetic is exact for every date the bot handles, and ~100× cheaper than the
 * dayjs timezone plugin (which goes through Intl on every call).
 */
const OFFSET_MS = 8 * 3600 * 1000;

/** YYYY-MM-DD of `now` in Asia/Shanghai. */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm` of `now` in Asia/Shanghai, for people to read. */
export function shanghaiDateTime(now: Date): string {
  const iso = new Date(now.getTime() + OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Minutes since midnight of `now` in Asia/Shanghai. */
export function shanghaiMinutes(now: Date): number {
  const shifted = new Date(now.getTime() + OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The instant a Shanghai civil day starts. */
export function shanghaiMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
}

const DAY_MS = 86_400_000;
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Midnight UTC of a YYYY-MM-DD date as epoch milliseconds, or undefined for any other string. Out-of-range days roll
 * over as dayjs.utc does (2026-02-30 is 2026-03-02), through Date.UTC.
 */
function civilMs(date: string): number | undefined {
  const m = CIVIL_DATE.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

const civilString = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Civil-date arithmetic: dates are calendar days, so compute in UTC where no zone or DST can shift them. A YYYY-MM-DD
 * date is done with Date.UTC (the parser calls these thousands of times a message, and dayjs's objects were a tenth of
 * its time, issue 14); anything else goes through dayjs.utc as before, so odd input reads as it always did.
 */
export function addDays(date: string, days: number): string {
  const ms = civilMs(date);
  return ms === undefined ? dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD') : civilString(ms + days * DAY_MS);
}

/** `date` plus whole months, the day kept or cut to the target month's last (01-31 + 1 month = 02-28), as dayjs does. */
export function addMonths(date: string, months: number): string {
  const ms = civilMs(date);
  if (ms === undefined) return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
  const at = new Date(ms);
  const first = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1);
  const target = new Date(first);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return civilString(first + (Math.min(at.getUTCDate(), lastDay) - 1) * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const ms = civilMs(date);
  return ms === undefined ? dayjs.utc(date).day() : new Date(ms).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = civilMs(from);
  const b = civilMs(to);
  return a === undefined || b === undefined ? dayjs.utc(to).diff(dayjs.utc(from), 'day') : Math.round((b - a) / DAY_MS);
}

export { dayjs };
