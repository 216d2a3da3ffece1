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

/**
 * Civil-date arithmetic: dates are calendar days, so compute in UTC where no
 * zone or DST can shift them.
 */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

export function addMonths(date: string, months: number): string {
  return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return dayjs.utc(date).day();
}

export function daysBetween(from: string, to: string): number {
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

export { dayjs };
