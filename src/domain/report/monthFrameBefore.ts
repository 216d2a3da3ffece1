// 「10月我分别和刘芳、陈志强谈心，刘芳是3号，陈志强是9号」 · 「上个月…，刘芳是3号」 (round 46, frg K1: stored at once on this
// month's 3rd and 9th): a bare day keyed to a person is of the month the message opened with, not of today's.

/**
 * A month said alone (10月 · 九月 · 10月份 · 上个月 · 上月 · 本月 · 这个月), not the month of a full date (11月5日 · 十一月五日).
 * Groups: 1 the month in digits, 2 in Chinese numerals, 3 the month word.
 */
const MONTH_ALONE = /(?<![\d一二三四五六七八九十])(?:(1[0-2]|0?[1-9])|(十[一二]?|[一二三四五六七八九]))月份?(?!\s*[\d一二三四五六七八九十])|(上上个?月|上个?月|本月|这个?月)/g;

const CHINESE_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/**
 * The month number (1–12) of the last month said alone in `before` (the text before a bare day), read on `today`
 * (YYYY-MM-DD, Asia/Shanghai); undefined when none is said. Today's month is returned too: 「这个月…陈志强是9号」 written on
 * the 5th is a day ahead (asked), never last month's 9th.
 */
export function monthFrameBefore(before: string, today: string): number | undefined {
  const last = [...before.matchAll(MONTH_ALONE)].at(-1);
  if (!last) return undefined;
  const now = Number(today.slice(5, 7));
  const word = last[3] ?? '';
  const back = word.startsWith('上上') ? 2 : word.startsWith('上') ? 1 : 0;
  const month = last[1] !== undefined ? Number(last[1]) : last[2] !== undefined ? CHINESE_MONTH[last[2]]! : ((now - 1 - back + 12) % 12) + 1;
  return month;
}
