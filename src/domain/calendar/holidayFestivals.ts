// Festival dates from the lunar and solar calendars: the fallback for a year whose official schedule is not yet known.
import { lunarToSolar, qingmingDate } from './holidayLibrary.js';
import { breakName, FESTIVAL_IDS, type FestivalId, type HolidayBreak } from './holidayTypes.js';

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
 * One-day breaks on the festival dates, marked provisional: how long each break is and
 * which weekends are worked only the notice says. Festivals on the same day share a break.
 */
export function provisionalBreaks(year: number): HolidayBreak[] {
  const byDate = new Map<string, FestivalId[]>();
  for (const f of FESTIVAL_IDS) {
    const date = festivalDate(f, year);
    byDate.set(date, [...(byDate.get(date) ?? []), f]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, festivals]) => ({
      year,
      festivals,
      name: breakName(festivals),
      firstDay: date,
      lastDay: date,
      makeUpWorkdays: [],
      source: 'provisional' as const,
    }));
}
