// 「本月共开展廉政谈话3人次：\n1. 11月24日…\n2. 11月25日…」 (round 63, gcb; t64a/t65a, left by gbc: the heading became a record
// of its own whose day was asked, beside the dated items it sums up): a heading line that only counts the items below it.
import { findKindMatches } from './parseKind.js';
import { SUM_WORD } from './totalWords.js';

/** A line with a total (共 · 合计 · 总计 · 累计 · 小计 … N人次/次/场), ending the line or with a colon, before a numbered list. */
const HEADING = new RegExp(
  `^[ \\t]*([^\\n]{0,40}?(?:共|${SUM_WORD})[^\\n]{0,24}?\\d+[ \\t]*(?:人次|次|场|批|人)[^\\n:：]{0,12}?)[:：]?[ \\t]*\\n(?=[ \\t]*(?:[1-9]\\d?|[一二三四五六七八九十]|[①-⑩])[.、．)）:： \\t])`,
);
/** A day of its own (11月6日 · 11.24 · 24号 · 昨天 · 上周二): a line with one tells a deed, it does not count. */
const DAY = /\d{1,2}月\d{1,2}[日号]?|\d{1,2}[.．]\d{1,2}(?!\d)|\d{1,2}[日号]|[昨前今]天|[昨前今]日|周[一二三四五六日天]/;

/**
 * `text` without its first line when that line is a total of the numbered, dated items below it and states no day itself,
 * and the items name a kind of their own (a heading that alone says the kind stays: the items would lose it). Undefined
 * when there is no such heading. The caller notes the total as not recorded.
 */
export function withoutTotalHeading(text: string): string | undefined {
  if (!text.includes('\n')) return undefined;
  const m = HEADING.exec(text);
  if (!m || DAY.test(m[1]!)) return undefined;
  const rest = text.slice(m[0].length);
  return DAY.test(rest) && findKindMatches(rest).length > 0 ? rest : undefined;
}
