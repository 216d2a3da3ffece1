// 「11月13日（周四）和李明进行了谈心谈话」 was stored at once on 11-13, a Friday (round 22u A3): a day and the weekday
// written with it that disagree are a slip in one of the two, so the record asks which day is meant.
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { addDays, weekday } from '../shanghai.js';
import type { ParsedReport } from './draft.js';

const WEEKDAY_WORD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
const WEEKDAY = '(?:周|星期|礼拜)([一二三四五六日天])';
/** 11月13日（周四） · 11月13日周四 · 11.13 星期四 · 本月13号星期四: a day with the weekday written right after it. */
const DAY_THEN_WEEKDAY = new RegExp(
  `(?:(本月|这个?月|当月)|(?<!\\d)(1[0-2]|0?[1-9])\\s*(?:月|[./]))\\s*(\\d{1,2})\\s*[日号]?\\s*[（(]?\\s*${WEEKDAY}`,
  'g',
);

const pad = (n: number) => String(n).padStart(2, '0');

/** The day of `date`'s week (Monday first) that falls on `day` (0 = Sunday). */
function sameWeek(date: string, day: number): string {
  const monday = addDays(date, -((weekday(date) + 6) % 7));
  return addDays(monday, (day + 6) % 7);
}

/**
 * Records dated by a day whose written weekday is another day's get that asked first (weekday_conflict: the day as
 * written and the day of that weekday in its week), never one of the two stored silently.
 */
export function withWeekdayAsked(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  const words = arabicizeNumerals(normalizeText(text));
  const doubted = new Map<string, { dates: [string, string]; said: string }>();
  for (const m of words.matchAll(DAY_THEN_WEEKDAY)) {
    const month = m[1] !== undefined ? Number(today.slice(5, 7)) : Number(m[2]);
    const day = Number(m[3]);
    if (day < 1 || day > 31) continue;
    let date = `${today.slice(0, 4)}-${pad(month)}-${pad(day)}`;
    if (date > today) date = `${Number(today.slice(0, 4)) - 1}-${pad(month)}-${pad(day)}`;
    const said = WEEKDAY_WORD[m[4]!]!;
    if (weekday(date) === said) continue;
    doubted.set(date, { dates: [date, sameWeek(date, said)], said: m[0].trim() });
  }
  if (doubted.size === 0) return reports;
  return reports.map((r) => {
    const doubt = r.draft.date !== undefined ? doubted.get(r.draft.date) : undefined;
    if (doubt === undefined || r.problems.some((p) => p.code === 'weekday_conflict')) return r;
    return { ...r, problems: [{ code: 'weekday_conflict' as const, dates: doubt.dates, said: doubt.said }, ...r.problems] };
  });
}

/** 周四 → 4 … 周日 → 0: the weekday a bare answer names, if any. */
export function weekdayOf(answer: string): number | undefined {
  const m = new RegExp(WEEKDAY).exec(answer);
  return m ? WEEKDAY_WORD[m[1]!] : undefined;
}
