// A year's official breaks, built from consecutive days off (not from the library's per-day labels), or taken from config.
import { libraryDay, type LibraryDay } from './holidayLibrary.js';
import { breakName, type BreakOverride, type FestivalId, type HolidayBreak } from './holidayTypes.js';
import { addDays, daysBetween, weekday } from '../shanghai.js';
import { compareText } from '../compareText.js';

/** A make-up day belongs to the nearest break of its festival, if one is this close. */
const MAKE_UP_REACH_DAYS = 60;

function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

function daysFrom(first: string, last: string): LibraryDay[] {
  const out: LibraryDay[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(libraryDay(d));
  return out;
}

/** Runs of official days off, each widened over plain weekend days it touches (端午 on a Monday takes its weekend). */
function runsOfDaysOff(days: readonly LibraryDay[]): LibraryDay[][] {
  const official = (d: LibraryDay | undefined) => !!d && !d.work && d.festival !== undefined;
  const plainWeekend = (d: LibraryDay | undefined) => !!d && !d.work && d.festival === undefined && isWeekend(d.date);
  const runs: LibraryDay[][] = [];
  let i = 0;
  while (i < days.length) {
    if (!official(days[i])) {
      i++;
      continue;
    }
    let start = i;
    let end = i;
    while (official(days[end + 1])) end++;
    while (plainWeekend(days[start - 1])) start--;
    while (plainWeekend(days[end + 1]) || official(days[end + 1])) end++;
    runs.push(days.slice(start, end + 1));
    i = end + 1;
  }
  return runs;
}

/**
 * The library's breaks whose last day falls in `year`. A merged break (2025-10-01..08,
 * labelled 国庆 and 中秋 day by day) is one break named after its festivals in order.
 */
export function libraryBreaks(year: number): HolidayBreak[] {
  let found = libraryMemo.get(year);
  if (!found) libraryMemo.set(year, (found = computeLibraryBreaks(year)));
  // Copies: a caller may keep or change its breaks without reaching another calendar's.
  return found.map((b) => ({ ...b, festivals: [...b.festivals], makeUpWorkdays: [...b.makeUpWorkdays] }));
}

/**
 * The library's data never changes while the process runs, and walking 13 months of it day by day through chinese-days
 * cost ~5 ms of CPU a year: every bot start built three to five years again (each test's bot, every reload).
 */
const libraryMemo = new Map<number, readonly HolidayBreak[]>();

function computeLibraryBreaks(year: number): HolidayBreak[] {
  const days = daysFrom(`${year - 1}-12-01`, `${year}-12-31`);
  const breaks: HolidayBreak[] = [];
  for (const run of runsOfDaysOff(days)) {
    const first = run[0]!.date;
    const last = run[run.length - 1]!.date;
    if (Number(last.slice(0, 4)) !== year) continue;
    const festivals: FestivalId[] = [];
    for (const d of run) if (d.festival && !festivals.includes(d.festival)) festivals.push(d.festival);
    breaks.push({ year, festivals, name: breakName(festivals), firstDay: first, lastDay: last, makeUpWorkdays: [], source: 'official' });
  }
  for (const d of days) {
    if (!d.work || !d.festival || !isWeekend(d.date)) continue;
    const distance = (b: HolidayBreak) => Math.min(Math.abs(daysBetween(d.date, b.firstDay)), Math.abs(daysBetween(d.date, b.lastDay)));
    const owner = breaks
      .filter((b) => b.festivals.includes(d.festival!) && distance(b) <= MAKE_UP_REACH_DAYS)
      .sort((a, b) => distance(a) - distance(b))[0];
    owner?.makeUpWorkdays.push(d.date);
  }
  return breaks;
}

/** Breaks an inspector typed into config for `year`, in date order. */
export function configBreaks(year: number, overrides: readonly BreakOverride[]): HolidayBreak[] {
  return [...overrides]
    .sort((a, b) => compareText(a.firstDay, b.firstDay))
    .map((o) => ({
      year,
      festivals: [...o.festivals],
      name: breakName(o.festivals),
      firstDay: o.firstDay,
      lastDay: o.lastDay,
      makeUpWorkdays: [...o.makeUpWorkdays].sort(),
      source: 'config' as const,
    }));
}
