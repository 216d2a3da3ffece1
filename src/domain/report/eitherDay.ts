// 上周开展了廉政教育 应该是2号或者3号 · 记不清是4号还是5号 · 25号还是26号来着 (round 49, fvd; a round-48 left-alone): a
// member who offers two days does not know which one it was. Read as written, the first was taken as certain (at once, or on
// a 确认 card offering it alone); now the records on either day ask which one is meant, both days as buttons.
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { parseDay } from './parseDay.js';
import type { ParsedReport } from './draft.js';

/** A month-day, or a day of the month (号 may be left off the first: 2或3号). */
const DATE = String.raw`(?<![\d.月])(?:(\d{1,2})月)?(\d{1,2})([日号])?`;
/** A weekday, perhaps of a named week (上周二 · 星期三 · 礼拜五). */
const WEEKDAY = String.raw`((?:上上|上|本|这)?(?:周|星期|礼拜))([一二三四五六日天])`;
/** The words offering one of two: 或者 · 或是 · 或 · 还是 (a slash joins days each held: 11月3日/11月17日分别…). */
const OR = String.raw`\s*(?:或者是?|或是|或|还是)\s*`;
/** Two dates offered: 2号或者3号 · 11月5号或6号 · 24号还是25号 · 2或3号. */
const TWO_DATES = new RegExp(`${DATE}${OR}(?:(\\d{1,2})月)?(\\d{1,2})([日号])(?!\\d)`, 'g');
/** Two weekdays offered: 周二还是周三 · 上周二或者周三 · 周二还是三. */
const TWO_WEEKDAYS = new RegExp(`${WEEKDAY}${OR}(?:(?:上上|上|本|这)?(?:周|星期|礼拜))?([一二三四五六日天])(?![个次人名位月])`, 'g');
/** 2号或3号都… · 3号或者4号之前 (not which day it was: a span or a rule). */
const NOT_EITHER_AFTER = /^\s*(?:都|之前|以前|前|之后|以后|后|起|开始)/;

/** One pair of days offered, as written and as read. */
interface Offered {
  said: string;
  dates: [string, string];
}

/** The pairs of days `text` offers as one or the other, read at `today` (YYYY-MM-DD). */
function offeredDays(text: string, today: string): Offered[] {
  const out: Offered[] = [];
  for (const m of text.matchAll(TWO_DATES)) {
    if (NOT_EITHER_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const [, month1, day1, , month2, day2, mark] = m;
    const month = month2 ?? month1;
    const first = parseDay(`${month1 ?? month2 ?? ''}${month1 ?? month2 ? '月' : ''}${day1}${mark}`, today).date;
    const second = parseDay(`${month ? `${month}月` : ''}${day2}${mark}`, today).date;
    if (first !== undefined && second !== undefined && first !== second) out.push({ said: m[0].trim(), dates: [first, second] });
  }
  for (const m of text.matchAll(TWO_WEEKDAYS)) {
    if (NOT_EITHER_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const [, week, day1, day2] = m;
    const first = parseDay(`${week}${day1}`, today).date;
    const second = parseDay(`${week}${day2}`, today).date;
    if (first !== undefined && second !== undefined && first !== second) out.push({ said: m[0].trim(), dates: [first, second] });
  }
  return out;
}

/**
 * `reports` read from `text` where the member offered two days as one or the other (2号或者3号 · 4号还是5号 · 周二还是周三):
 * each record dated on either (or the only record, whatever day it was read on) asks which is meant (weekday_conflict with
 * `offered`, the two days in the order written), never one of them stored or offered alone.
 */
export function withEitherDayAsked(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  const offers = offeredDays(arabicizeNumerals(normalizeText(text)), today);
  if (offers.length === 0) return reports;
  return reports.map((r) => {
    const offer = offers.find((o) => o.dates.includes(r.draft.date ?? '')) ?? (reports.length === 1 && offers.length === 1 ? offers[0] : undefined);
    if (offer === undefined || r.problems.some((p) => p.code === 'weekday_conflict')) return r;
    const others = r.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date');
    // 上周二还是周三: the second day is the one asked about, not a day left with no record (「周三」没有对应到任何记录).
    const remarks = r.remarks.filter((m) => !(/没有对应到任何记录/.test(m) && [...m.matchAll(/「([^」]+)」/g)].some((q) => offer.said.includes(q[1]!))));
    return { ...r, remarks, problems: [{ code: 'weekday_conflict' as const, dates: offer.dates, said: offer.said, offered: true as const }, ...others] };
  });
}
