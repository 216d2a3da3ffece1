// Civil dates in Asia/Shanghai, whatever the machine's zone. Every date string in the domain is one of these.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const ZONE = 'Asia/Shanghai';

/** YYYY-MM-DD of `now` in Asia/Shanghai. */
export function shanghaiDate(now: Date): string {
  return dayjs(now).tz(ZONE).format('YYYY-MM-DD');
}

/** `YYYY-MM-DD HH:mm` of `now` in Asia/Shanghai, for people to read. */
export function shanghaiDateTime(now: Date): string {
  return dayjs(now).tz(ZONE).format('YYYY-MM-DD HH:mm');
}

/** The instant a Shanghai civil day starts. */
export function shanghaiMidnight(date: string): Date {
  return dayjs.tz(date, ZONE).toDate();
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
