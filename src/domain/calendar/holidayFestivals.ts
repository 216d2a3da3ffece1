// Festival dates from the lunar and solar calendars: the fallback for a year whose official schedule is not yet known.
import { lunarToSolar, qingmingDate } from './holidayLibrary.js';
import { breakName, FESTIVAL_IDS, type FestivalId, type HolidayBreak } from './holidayTypes.js';
import { addDays } from '../shanghai.js';
import { compareText } from '../compareText.js';

/**
 * The statutory days off of each festival, as days before and after its own day: 《全国年节及纪念日放假办法》 as
 * revised in 2024 (国务院令第795号, from 2025): 春节 农历除夕、正月初一至初三, 劳动节 5月1日、2日, 国庆 10月1日至3日, the
 * rest one day. The notice adds weekends and 调休 around them; the statutory days are certain (a newcomer's doubt:
 * 2027 春节 reckoned from 初一 would remind a working day after 除夕 is already off).
 */
const STATUTORY: Record<FestivalId, { before: number; after: number }> = {
  new_year: { before: 0, after: 0 },
  spring: { before: 1, after: 2 },
  qingming: { before: 0, after: 0 },
  labour: { before: 0, after: 1 },
  dragon_boat: { before: 0, after: 0 },
  mid_autumn: { before: 0, after: 0 },
  national: { before: 0, after: 2 },
};

/** The festival's own day: 春节 lunar 1/1, 清明 the solar term, 端午 lunar 5/5, 中秋 lunar 8/15, the rest fixed. */
export function festivalDate(festival: FestivalId, year: number): string {
  switch (festival) {
    case 'new_year':
      return `${year}-01-01`;
    case 'spring':
      return lunarToSolar(year, 1, 1);
    case 'qingming':
      return qingmingDate(year);
    case 'labour':
      return `${year}-05-01`;
    case 'dragon_boat':
      return lunarToSolar(year, 5, 5);
    case 'mid_autumn':
      return lunarToSolar(year, 8, 15);
    case 'national':
      return `${year}-10-01`;
  }
}

/**
 * Breaks of the statutory days around each festival date (STATUTORY), marked provisional: how long each break
 * really is and which weekends are worked only the notice says. Festivals on the same day share a break.
 */
export function provisionalBreaks(year: number): HolidayBreak[] {
  const byDate = new Map<string, FestivalId[]>();
  for (const f of FESTIVAL_IDS) {
    const date = festivalDate(f, year);
    byDate.set(date, [...(byDate.get(date) ?? []), f]);
  }
  const spans = [...byDate.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([date, festivals]) => ({
      festivals,
      firstDay: addDays(date, -Math.max(...festivals.map((f) => STATUTORY[f].before))),
      lastDay: addDays(date, Math.max(...festivals.map((f) => STATUTORY[f].after))),
    }));
  // 2028: 国庆 10-01..03 and 中秋 10-03 share days, so they are one break (as 2025's 国庆·中秋 was).
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.firstDay <= addDays(last.lastDay, 1)) {
      last.festivals = [...last.festivals, ...span.festivals];
      if (span.lastDay > last.lastDay) last.lastDay = span.lastDay;
    } else merged.push({ ...span });
  }
  return merged.map((m) => ({ year, festivals: m.festivals, name: breakName(m.festivals), firstDay: m.firstDay, lastDay: m.lastDay, makeUpWorkdays: [], source: 'provisional' as const }));
}
