// The one door to chinese-days: asks about our YYYY-MM-DD dates one by one and corrects the dates it writes back.
import chineseDays from 'chinese-days';
import { festivalByName, type FestivalId } from './holidayTypes.js';
import { addDays, daysBetween, weekday } from '../shanghai.js';

// The default import: named imports type-check but fail at run time under native ESM.
const cd = chineseDays;

/**
 * chinese-days reads 'YYYY-MM-DD' as UTC midnight and writes dates back with the
 * machine's local getters, so west of UTC every date it *returns* is a day early.
 * Its lookups are shifted the same way, so what it says about a date we pass in is
 * right; only its own date strings need shifting back, by the drift it shows on a known day.
 */
function drift(): number {
  const probe = '2000-06-15';
  return daysBetween(cd.getDayDetail(probe).date, probe);
}

export interface LibraryDay {
  date: string;
  work: boolean;
  /** Set on official days off and on 调休 make-up workdays: the festival the notice ties them to. */
  festival?: FestivalId;
}

/**
 * What the notice says of `date`. Only scheduled days are trusted: for any other day the
 * library falls back on the weekday of its shifted instant, which west of UTC calls
 * Saturdays workdays, so plain days are Mon–Fri by our own count.
 */
export function libraryDay(date: string): LibraryDay {
  const detail = cd.getDayDetail(date);
  // "National Day,国庆节,3" on scheduled days (off, or a make-up workday); a bare weekday name otherwise.
  const parts = detail.name.split(',');
  const festival = parts.length >= 2 ? festivalByName(parts[1] ?? '') : undefined;
  if (festival) return { date, work: detail.work, festival };
  const d = weekday(date);
  return { date, work: d !== 0 && d !== 6 };
}

/**
 * The library's answer by year: its data never changes while the process runs, and asking it walks the whole year day
 * by day (~1.3 ms of CPU a year; a bot's start asks for three years, again at each start and config reload: ~4 ms of a
 * test bot's ~40 ms start, round 65 gef).
 */
const hasYearMemo = new Map<number, boolean>();

/** Does the library know the State Council's schedule for `year`? Without it, it calls every weekday a workday. */
export function libraryHasYear(year: number): boolean {
  let has = hasYearMemo.get(year);
  if (has === undefined) hasYearMemo.set(year, (has = cd.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0));
  return has;
}

/** The Gregorian date of a lunar month/day (not a leap month) in lunar year `year`. */
export function lunarToSolar(year: number, month: number, day: number): string {
  // Given a Date, the library reads and writes with local getters throughout, so a local noon is zone-proof.
  return cd.getSolarDateFromLunar(new Date(year, month - 1, day, 12)).date;
}

/** 清明 (the solar term pure_brightness) of `year`. */
export function qingmingDate(year: number): string {
  return addDays(cd.getSolarTermDate(year, 4, 'pure_brightness'), drift());
}
