// 「本月开展廉政谈话4人次，具体为：11月9日与何平，11月16日与徐辉」 (round 59, fcb; not understood: the lead read as a talk of its
// own, asked its day and whom, beside the two items, so the card counted 3 written): 「，具体为：」 after a count is the colon
// of a counted lead over its items (本月开展廉政谈话4人次：…), whose readers weigh the count against the items.

/** A count and its measure, a comma, a word opening the breakdown, and its colon (after normalizeText: ASCII marks). */
const BREAKDOWN_COLON = /((?:\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:人次|次|人|场))\s*,\s*(?:具体为|具体是|具体如下|分别是|分别为|具体情况如下|情况如下)\s*:\s*/g;

/**
 * `text` (after normalizeText) with each 「N次，具体为：」 · 「N人次，分别是：」 written as the lead's colon 「N次:」; `text` itself
 * when there is none. Pure.
 */
export function withBreakdownWordAsColon(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(BREAKDOWN_COLON, '$1:');
}
