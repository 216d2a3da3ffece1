// The period a completion question names: 本季度, 上季度, 2026年第一季度, Q3, 上半年, 去年, 十月, 上个月, ….
import { currentPeriod, nextPeriod, periodOf, previousPeriod, spanPeriod, type Period } from '../period.js';
import type { Cadence } from '../duty.js';
import { addDays, addMonths, shanghaiDate } from '../shanghai.js';
import { GAP, type Consumed } from './types.js';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function numeral(text: string): number {
  return DIGITS[text] ?? Number(text);
}

/** 1–12 as people type them: 3, 十, 十二, 两. */
const NUM = '(\\d{1,2}|十[一二]?|[一二两三四五六七八九])';

function yearOf(m: RegExpMatchArray, now: Date): number {
  const thisYear = Number(shanghaiDate(now).slice(0, 4));
  return m[1] ? Number(m[1]) : m[2] !== undefined ? thisYear + (RELATIVE_YEAR[m[2]] ?? 0) : thisYear;
}

function monthStart(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** Months `from`..`to` of `year`, or undefined when they are not a real range (13月, 10-3月). */
function monthSpan(year: number, from: number, to: number): Period | undefined {
  if (!(from >= 1 && to <= 12 && from <= to)) return undefined;
  return spanPeriod(monthStart(year, from), addDays(addMonths(monthStart(year, to), 1), -1));
}

function monthsBack(now: Date, n: number): Period {
  return periodOf('month', addMonths(`${shanghaiDate(now).slice(0, 7)}-01`, -n));
}

/** An optional year before a named period: 2026年, 2026 (before Q), 今年, 去年, 前年. */
const YEAR = '(?:(\\d{4})(?:年度?|(?=[Qq]))|(今年|本年度|本年|去年|上年度|上一年|前年|明年|来年|下一年|下年度))?的?';
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年度: 0, 本年: 0, 去年: -1, 上年度: -1, 上一年: -1, 前年: -2, 明年: 1, 来年: 1, 下一年: 1, 下年度: 1 };

type Build = (m: RegExpMatchArray, now: Date) => Period | undefined;

/**
 * A period named without a year ("十月", "第四季度") is the latest one not in the future:
 * people ask about what has happened, so "十二月" in January is last December.
 */
function named(cadence: Cadence, month: number, m: RegExpMatchArray, now: Date): Period | undefined {
  if (!(month >= 1 && month <= 12)) return undefined;
  const today = shanghaiDate(now);
  const thisYear = Number(today.slice(0, 4));
  const explicit = m[1] ? Number(m[1]) : m[2] !== undefined ? thisYear + (RELATIVE_YEAR[m[2]] ?? 0) : undefined;
  const at = (year: number) => periodOf(cadence, `${year}-${String(month).padStart(2, '0')}-01`);
  if (explicit !== undefined) return at(explicit);
  const period = at(thisYear);
  return period.start > today ? at(thisYear - 1) : period;
}

const PATTERNS: [RegExp, Build][] = [
  // Spans first: "1-11月" must never be read as November alone.
  [
    new RegExp(`${YEAR}${NUM}月?份?(?:-|－|—|–|~|～|至|到)${NUM}月份?`),
    (m, now) => monthSpan(yearOf(m, now), numeral(m[3] ?? ''), numeral(m[4] ?? '')),
  ],
  [new RegExp(`${YEAR}前([一二两三四1-4])个?季度`), (m, now) => monthSpan(yearOf(m, now), 1, numeral(m[3] ?? '') * 3)],
  [new RegExp(`${YEAR}前${NUM}个月`), (m, now) => monthSpan(yearOf(m, now), 1, numeral(m[3] ?? ''))],
  [
    new RegExp(`(?:近|最近|过去)${NUM}个月`),
    (m, now) => {
      const n = numeral(m[1] ?? '');
      return n >= 1 && n <= 12 ? spanPeriod(monthsBack(now, n - 1).start, currentPeriod('month', now).end) : undefined;
    },
  ],
  [
    /(?:今年|本年度?|年初)(?:以来|至今|到现在|到目前)|(?:今年|本年)?截[至止](?:目前|今天|现在)/,
    (_, now) => spanPeriod(currentPeriod('year', now).start, shanghaiDate(now)),
  ],
  [/上上个?季度/, (_, now) => previousPeriod(previousPeriod(currentPeriod('quarter', now)))],
  [/上上个?月份?/, (_, now) => monthsBack(now, 2)],
  [/本季度|这个季度|这一季度|这季度|当前季度|本季|当季/, (_, now) => currentPeriod('quarter', now)],
  [/上一个季度|上个季度|上一季度|上季度|上季/, (_, now) => previousPeriod(currentPeriod('quarter', now))],
  [
    new RegExp(`${YEAR}(?:第([一二三四1-4])季度?|([一二三四1-4])季度|[Qq]([1-4]))`),
    (m, now) => named('quarter', (numeral(m[3] ?? m[4] ?? m[5] ?? '') - 1) * 3 + 1, m, now),
  ],
  [/本半年|这半年/, (_, now) => currentPeriod('halfyear', now)],
  [new RegExp(`${YEAR}(上|下)半年`), (m, now) => named('halfyear', m[3] === '上' ? 1 : 7, m, now)],
  [/本月份?|这个月|这一个月|这月|当月/, (_, now) => currentPeriod('month', now)],
  [/上一个月|上个月|上月份?/, (_, now) => previousPeriod(currentPeriod('month', now))],
  // Not a day: "3月5日" belongs to a report, not a question.
  [new RegExp(`${YEAR}(\\d{1,2}|十[一二]|[一二三四五六七八九十])月份?(?![\\d一二三四五六七八九十]*[日号])`), (m, now) => named('month', numeral(m[3] ?? ''), m, now)],
  [/(\d{4})年度?/, (m) => periodOf('year', `${m[1]}-01-01`)],
  [/上年度|上一年|去年/, (_, now) => previousPeriod(currentPeriod('year', now))],
  [/前年/, (_, now) => previousPeriod(previousPeriod(currentPeriod('year', now)))],
  // 明年完成情况 · 下个月 · 下季度 (issue 10: 「无法统计」 or this quarter shown): the period, which the answer says has not begun.
  [/明年|来年|下一年|下年度/, (_, now) => nextPeriod(currentPeriod('year', now))],
  [/下一个季度|下个季度|下一季度|下季度/, (_, now) => nextPeriod(currentPeriod('quarter', now))],
  [/下一个月|下个月|下月份?/, (_, now) => nextPeriod(currentPeriod('month', now))],
  // 「年底了，还差哪些」 (a newcomer: 「年底」 unread, the quarter shown): what is left of the year.
  [/今年|本年度|本年|全年|年度|年底|年终|年末/, (_, now) => currentPeriod('year', now)],
];

/** Words that only restate the period ("去年全年", "今年以来") and carry nothing more. */
const RESTATED = /全年|年度|以来|至今|截至目前|截止目前|到目前为止|目前为止/g;

/** The span patterns lead PATTERNS; one that matches but is no real span ("10-3月") must not fall through to "3月". */
const SPANS = 3;

export function parseQueryPeriod(text: string, now: Date): Consumed<Period | undefined> {
  for (const [i, [pattern, build]] of PATTERNS.entries()) {
    const m = text.match(pattern);
    if (!m || m.index === undefined) continue;
    const period = build(m, now);
    if (!period && i < SPANS) return { value: undefined, rest: text };
    if (!period) continue;
    const rest = text.slice(0, m.index) + GAP + text.slice(m.index + m[0].length);
    return { value: period, rest: rest.replace(RESTATED, GAP) };
  }
  return { value: undefined, rest: text };
}

/** What is left that still reads like a period ("13月", "第五季度", "10-3月"): the bot cannot compute it. */
const PERIOD_LIKE = /(?:\d{4}年)?(?:\d{1,3}|[一二两三四五六七八九十]+)(?:月份?|季度)(?:(?:-|—|至|到)(?:\d{1,3}|[一二三四五六七八九十]+)月)?|第[五六七八九十\d]+季度|\d{1,2}-\d{1,2}月|(?:下|明)年|下下个?[月季]/;

/**
 * A period phrase the bot cannot turn into a span, quoted as written; undefined when none.
 * Said plainly in the answer rather than silently replaced by another period.
 */
export function unreadablePeriod(rest: string): string | undefined {
  return rest.match(PERIOD_LIKE)?.[0];
}
