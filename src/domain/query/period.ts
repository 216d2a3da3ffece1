// The period a completion question names: 本季度, 上季度, 2026年第一季度, Q3, 上半年, 去年, 十月, 上个月, ….
import { currentPeriod, periodOf, previousPeriod, type Period } from '../period.js';
import type { Cadence } from '../duty.js';
import { shanghaiDate } from '../shanghai.js';
import { GAP, type Consumed } from './types.js';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function numeral(text: string): number {
  return DIGITS[text] ?? Number(text);
}

/** An optional year before a named period: 2026年, 2026 (before Q), 今年, 去年, 前年. */
const YEAR = '(?:(\\d{4})(?:年度?|(?=[Qq]))|(今年|本年度|本年|去年|上年度|上一年|前年))?的?';
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年度: 0, 本年: 0, 去年: -1, 上年度: -1, 上一年: -1, 前年: -2 };

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
  [/今年|本年度|本年|全年|年度/, (_, now) => currentPeriod('year', now)],
];

/** Words that only restate the period ("去年全年", "今年以来") and carry nothing more. */
const RESTATED = /全年|年度|以来|至今|截至目前|截止目前|到目前为止|目前为止/g;

export function parseQueryPeriod(text: string, now: Date): Consumed<Period | undefined> {
  for (const [pattern, build] of PATTERNS) {
    const m = text.match(pattern);
    if (!m || m.index === undefined) continue;
    const period = build(m, now);
    if (!period) continue;
    const rest = text.slice(0, m.index) + GAP + text.slice(m.index + m[0].length);
    return { value: period, rest: rest.replace(RESTATED, GAP) };
  }
  return { value: undefined, rest: text };
}
