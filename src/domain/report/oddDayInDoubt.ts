// 「11月工作⏎1.5日对财务科开展检查」 was stored for 2026-01-05 (r2, issue 10): a day written with a dot, comma, dash or
// slash (1.5日 · 11,5日 · 11-5 · 11/5) whose month is not the month the message is about — its month heading, or the
// month of every other day it names — is a slip (a list number run into the day, a digit lost), never another month
// read silently. The record asks its day instead, in the message's month when there is one.
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import type { ParsedReport, ReportProblem } from './draft.js';

/** 1.5日 · 11．5号 · 11,5日 · 11-5 · 11/5: a month and day joined by a mark instead of 月, 日/号 after it or not. */
const ODD_DAY = /(?<![\d.．])(\d{1,2})\s*[.．,，\-/]\s*(\d{1,2})(?![\d.．%])/g;
/** 11月5日 · 11月05号 · 11月5 日: a month and day written in full. */
const FULL_DAY = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
/** A month heading: 11月工作 · 11月份党风廉政建设工作情况： · 2026年11月: a line opening with a month and no day. */
const MONTH_HEADING = /^\s*(?:\d{4}\s*年\s*)?(\d{1,2})\s*月份?(?!\s*\d)[^\d\n。；;，,]{0,20}?(?:[：:]|$)/gm;

/** Problems that speak of the day read, dropped with it when the day is asked instead. */
const OF_THE_DAY: ReadonlySet<ReportProblem['code']> = new Set(['future_date', 'ambiguous_year', 'weekday_conflict', 'missing_date']);

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether months `a` and `b` (1–12) are the same or next to each other (12 and 1 too): a list may run over a month's end. */
const nearMonth = (a: number, b: number) => (a - b + 12) % 12 <= 1 || (b - a + 12) % 12 <= 1;

/**
 * The records dated by an odd day (1.5日 · 11-5 · 11/5) that the message's month contradicts get that day asked
 * (missing_date, in the heading's month or the other days' one month when there is one): the month heading is matched
 * exactly, the other days' months within a month either side. In a message naming no other month, an odd day of a
 * one-digit month not next to today's (1.5日 read in November) is asked too. Odd days that agree, two-digit months or
 * months next to today's in a message naming no other, and days written in full (11月5日) are left as read. `today` is YYYY-MM-DD (Shanghai).
 */
export function withOddDayAsked(reports: ParsedReport[], text: string, today: string): ParsedReport[] {
  const words = arabicizeNumerals(normalizeText(text));
  const odd = [...words.matchAll(ODD_DAY)].map((m) => ({ month: Number(m[1]), day: Number(m[2]), digit: m[1]!.length === 1 })).filter((d) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
  if (odd.length === 0) return reports;
  const headings = new Set([...words.matchAll(MONTH_HEADING)].map((m) => Number(m[1])).filter((m) => m >= 1 && m <= 12));
  const full = [...words.matchAll(FULL_DAY)].map((m) => ({ month: Number(m[1]), day: Number(m[2]) }));
  const fullMonths = new Set(full.map((d) => d.month));
  const doubted = new Set<string>();
  for (const d of odd) {
    const key = `${pad(d.month)}-${pad(d.day)}`;
    // The same day written in full elsewhere is no slip.
    if (full.some((f) => f.month === d.month && f.day === d.day)) continue;
    // 1.5日与王强… with nothing else to go by (r2): a one-digit month far from today's may be a list number run into the
    // day as well as a month long gone; it is asked, never stored on that month at once. No wrap over the year's end here:
    // 1.5日 read in December is read as last January, eleven months back.
    const farFromToday = d.digit && Math.abs(Number(today.slice(5, 7)) - d.month) > 1;
    const contradicted = headings.size > 0 ? !headings.has(d.month) : fullMonths.size > 0 ? ![...fullMonths].some((m) => nearMonth(m, d.month)) : farFromToday;
    if (contradicted) doubted.add(key);
  }
  if (doubted.size === 0) return reports;
  const months = headings.size > 0 ? headings : fullMonths;
  const only = months.size === 1 ? [...months][0]! : undefined;
  const year = only !== undefined && `${today.slice(0, 4)}-${pad(only)}` > today.slice(0, 7) ? Number(today.slice(0, 4)) - 1 : Number(today.slice(0, 4));
  const asked: ReportProblem = { code: 'missing_date', ...(only !== undefined ? { month: `${year}-${pad(only)}` } : {}) };
  return reports.map((r) => {
    if (r.draft.date === undefined || !doubted.has(r.draft.date.slice(5))) return r;
    return { ...r, draft: { ...r.draft, date: undefined, late: false }, problems: [asked, ...r.problems.filter((p) => !OF_THE_DAY.has(p.code))] };
  });
}
