// The words of a total (round 64, gdb): one list read by every reader that tells a count of items from an item — the
// counted heading over a list (totalHeading), a table's period-total row (tableRows' PERIOD_TOTAL_CELL), the card's
// 「剩下这两条也是合计」 (askedItemDrop's REST_SAID) and a total sent alone (periodTotal). Before, each kept its own list,
// and a word added to one (共计 · 总计) was missed by the others.

/** 合计 · 共计 · 总计 · 小计 · 累计: a word that sums items (a regular-expression source, one group-free alternation). */
export const SUM_WORD = '(?:合计|共计|总计|小计|累计)';

/** 总数 · 汇总 · 统计: a word naming a figure as a total (「那两行是统计数」). */
export const TALLY_NOUN = '(?:总数|汇总|统计)';

/**
 * 本周 · 本月 · 本季度 · 本年度 · 全年 · 今年以来 · 截至目前 …: a span a total counts over (a regular-expression source). A
 * span alone says no day of a deed: 本月 is many days.
 */
export const PERIOD_WORD =
  '(?:本周|这周|这个?星期|本月|这个?月|本季度?|这个?季度|本年度?|全年|今年(?:以来)?|年初以来|截至目前|截止目前|截至今天|截止今天|目前为止|到目前为止|至今)';

/** 人次 · 次 · 场 · 份 · 批 · 篇 · 人: what a total counts in (longest first, so 人次 is never 人 then 次). */
export const COUNT_MEASURE = '(?:人次|次|场|份|批次|批|篇|期|轮|人)';
