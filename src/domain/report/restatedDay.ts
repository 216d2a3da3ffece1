// 上周五（11月27日）张书记主持召开… · 11月27日（周五）… · 昨天(12月3日)… (round 35a, F5: the bracket broke the reading of the
// subject after it, the chair lost and asked): a day restated in brackets is one day, written once, so the sentence reads
// on as it does without the bracket. A bracket that is no day (（扩大）会议 · （第3次）) is left alone; two days that disagree
// are asked between.
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import type { ParsedReport } from './draft.js';

/** A day written before the bracket: 11月27日 · 11.27 · 27日 · 昨天 · 上周五 · 周五. */
const DAY = String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2}(?!\d)|(?<![\d月.])\d{1,2}[日号]|大前天|前天|昨天|今天|(?:上上个?|上个?|本|这个?)?(?:周|星期|礼拜)[一二三四五六日天]`;
/** The day, then a bracket holding a day, a weekday, or both: group 1 the day, group 2 what the bracket holds. */
const RESTATED = new RegExp(`(${DAY})\\s*[（(]\\s*((?:${DAY})(?:\\s*[,，、]?\\s*(?:周|星期|礼拜)[一二三四五六日天])?)\\s*[）)]`, 'g');
/** A weekday ending what the bracket holds (11月27日 周五). */
const TRAILING_WEEKDAY = /[\s,，、]*(?:周|星期|礼拜)[一二三四五六日天]$/;
/** A weekday with no week word before it: 周一 · 星期一 · 礼拜天. */
const BARE_WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天]$/;
/** Weekday characters by their index mod 7 from Sunday (日 and 天 both 0). */
const WEEKDAYS = '日一二三四五六天';

/** 0 (Sunday) to 6 (Saturday) of a YYYY-MM-DD calendar day. */
function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A day written as a date (month and day, or day of the month), not relative to today nor a weekday. */
const DATED = /\d/;

/** One day restated in brackets, as written and as read. */
interface Restated {
  /** The whole of it: 上周五（11月27日）. */
  said: string;
  /** The form to read: the dated day written once. */
  written: string;
  /** YYYY-MM-DD of the dated form and of the other, when they disagree. */
  dates?: [string, string];
}

/** Reads one match: the day before the bracket (`first`) and what the bracket holds (`inner`), at `today` (YYYY-MM-DD). */
function readRestated(said: string, first: string, inner: string, today: string): Restated | undefined {
  const innerWeekday = TRAILING_WEEKDAY.exec(inner)?.[0];
  const innerDay = innerWeekday !== undefined ? inner.slice(0, -innerWeekday.length).trim() : inner.trim();
  // 11月27日（周五）: the bracket is only the weekday, which weekdayInDoubt checks against the day in the message as sent.
  if (innerDay === '' || !DATED.test(innerDay)) return DATED.test(first) && innerWeekday !== undefined && innerDay === '' ? { said, written: first } : undefined;
  const a = parseDay(first, today).date;
  const b = parseDay(innerDay, today).date;
  if (a === undefined || b === undefined) return undefined;
  const dated = DATED.test(first) ? first : innerDay;
  if (a === b) return { said, written: dated };
  // 周一（11月23日） sent on Monday 11-30 (round 37, fja: asked 11-30 or 11-23 under 「…上周督查情况：」): a bare weekday names
  // no week, so a date on that weekday says which one it is; 本周一/上周一 name a week, and a date off it is still asked.
  if (BARE_WEEKDAY.test(first) && !DATED.test(first) && weekdayOf(b) === WEEKDAYS.indexOf(first.slice(-1)) % 7) return { said, written: innerDay };
  // 11月27日（11月26日）: two dates that disagree are a slip of another kind, left as written.
  if (DATED.test(first)) return undefined;
  // The dated day is read (the sentence reads on whole), and the records on it ask which day is meant.
  return { said, written: dated, dates: [b, a] };
}

/** Each day restated in brackets in `text`, in order. */
function restatedDays(text: string, today: string): Array<Restated & { index: number }> {
  const out: Array<Restated & { index: number }> = [];
  for (const m of text.matchAll(RESTATED)) {
    const read = readRestated(m[0], m[1]!, m[2]!, today);
    if (read !== undefined) out.push({ ...read, index: m.index });
  }
  return out;
}

/**
 * `text` with each day restated in brackets (上周五（11月27日） · 11月27日（周五） · 昨天(12月3日), read at `today`, YYYY-MM-DD)
 * written once, in its dated form; where the two disagree withRestatedDayAsked asks which day is meant.
 */
export function withRestatedDay(text: string, today: string): string {
  let out = text;
  for (const r of restatedDays(text, today).reverse()) out = `${out.slice(0, r.index)}${r.written}${out.slice(r.index + r.said.length)}`;
  return out;
}

/**
 * `reports` read from `text` where a day and the day restated in its brackets disagree (上周四（11月27日）, 昨天（11月27日）):
 * each record on either day asks which is meant (weekday_conflict, the dated day first), never one stored silently.
 */
export function withRestatedDayAsked(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  const doubts = restatedDays(normalizeText(text), today).filter((r) => r.dates !== undefined);
  if (doubts.length === 0) return reports;
  return reports.map((r) => {
    const doubt = doubts.find((d) => d.dates!.includes(r.draft.date ?? ''));
    if (doubt === undefined || r.problems.some((p) => p.code === 'weekday_conflict')) return r;
    return { ...r, problems: [{ code: 'weekday_conflict' as const, dates: doubt.dates!, said: doubt.said }, ...r.problems] };
  });
}
