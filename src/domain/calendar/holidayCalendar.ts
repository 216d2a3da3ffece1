// The holiday calendar the reminders count with: official breaks, 调休 make-up workdays, working-day arithmetic, provisional years.
import { configBreaks, libraryBreaks } from './holidayBreaks.js';
import { provisionalBreaks } from './holidayFestivals.js';
import { libraryHasYear } from './holidayLibrary.js';
import type { HolidayBreak, HolidayOverrides, ScheduleSource } from './holidayTypes.js';
import { addDays, weekday } from '../shanghai.js';
import { nthWorkday } from './workdayMath.js';

export type * from './holidayTypes.js';

export interface YearSchedule {
  year: number;
  source: ScheduleSource;
  breaks: HolidayBreak[];
}

export interface HolidayCalendar {
  /** The year's breaks and where they come from: config (wins), the library, or the festival dates (provisional). */
  schedule(year: number): YearSchedule;
  breaksOf(year: number): HolidayBreak[];
  /** Mon–Fri unless in a break, plus 调休 make-up weekend days. */
  isWorkday(date: string): boolean;
  /** The break `date` falls in, if any. */
  breakOn(date: string): HolidayBreak | undefined;
  /** The n-th working day before `date` (n ≥ 1; `date` itself not counted). */
  workdayBefore(date: string, n: number): string;
  /** The n-th working day after `date` (n ≥ 1; `date` itself not counted). */
  workdayAfter(date: string, n: number): string;
}

export interface HolidayCalendarOptions {
  /** Official schedules typed into config/reminders.yaml, by year. */
  overrides?: HolidayOverrides;
}

type DayKind = 'off' | 'work';

export function createHolidayCalendar(opts: HolidayCalendarOptions = {}): HolidayCalendar {
  const overrides = opts.overrides ?? {};
  const schedules = new Map<number, YearSchedule>();
  const dayIndexes = new Map<number, Map<string, DayKind>>();

  function schedule(year: number): YearSchedule {
    let found = schedules.get(year);
    if (!found) {
      const typed = overrides[year];
      if (typed) found = { year, source: 'config', breaks: configBreaks(year, typed) };
      else if (libraryHasYear(year)) found = { year, source: 'official', breaks: libraryBreaks(year) };
      else found = { year, source: 'provisional', breaks: provisionalBreaks(year) };
      schedules.set(year, found);
    }
    return found;
  }

  /** Days off and make-up days of one calendar year; a neighbour year's break may reach into it (元旦 from Dec 31). */
  function dayIndex(year: number): Map<string, DayKind> {
    let index = dayIndexes.get(year);
    if (!index) {
      index = new Map();
      const prefix = `${year}-`;
      for (const y of [year - 1, year, year + 1]) {
        for (const b of schedule(y).breaks) {
          for (let d = b.firstDay; d <= b.lastDay; d = addDays(d, 1)) if (d.startsWith(prefix)) index.set(d, 'off');
          for (const d of b.makeUpWorkdays) if (d.startsWith(prefix)) index.set(d, 'work');
        }
      }
      dayIndexes.set(year, index);
    }
    return index;
  }

  function isWorkday(date: string): boolean {
    const kind = dayIndex(Number(date.slice(0, 4))).get(date);
    if (kind) return kind === 'work';
    const d = weekday(date);
    return d !== 0 && d !== 6;
  }

  return {
    schedule,
    breaksOf: (year) => schedule(year).breaks,
    isWorkday,
    breakOn(date) {
      const year = Number(date.slice(0, 4));
      for (const y of [year, year + 1]) {
        const hit = schedule(y).breaks.find((b) => date >= b.firstDay && date <= b.lastDay);
        if (hit) return hit;
      }
      return undefined;
    },
    workdayBefore: (date, n) => nthWorkday(isWorkday, date, -n),
    workdayAfter: (date, n) => nthWorkday(isWorkday, date, n),
  };
}
