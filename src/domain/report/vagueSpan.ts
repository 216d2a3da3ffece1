// The one list of words that name a span of time without its day (本月 · 11月上旬 · 上周 · 本季度 · 近期 …), for the
// readers that strip such a span off a lead before they look for its subject or count. Each reader used to spell its own
// list, and the lists drifted (one knew 近来, another 上旬, a third 本季度), so a lead read right in one reader kept a
// stray 「近来」 as a would-be name in the next.

/**
 * The source of a regular expression (no flags, no anchors, no capture groups) matching one span word with its part
 * of the month and 以来: 本月 · 这个月 · 上个月 · 当月 · 11月份 · 11月上旬 · 月初 · 下旬 · 上周 · 这个星期 · 本季度 · 四季度 ·
 * 今年下半年 · 今年以来 · 年内 · 近期 · 近日 · 近来 · 日前 · 最近 · 前不久 · 前段时间 · 前些天 · 前几天.
 * A week followed by its weekday (上周三) or a month by its day (11月3日) is a day, not a span, and is not matched.
 * Bare 中 after a month is left out: 11月中心… is the centre, not mid-November (中旬 is matched).
 */
export const VAGUE_SPAN =
  '(?:' +
  [
    '(?:今年|本年度?)?(?:(?:本|这个?|上个?|第?[一二三四1-4])季度?|[上下]半年)',
    '今年|本年度?|年内',
    '(?:上上|上|本|这)个?(?:周|星期|礼拜)(?![一二三四五六日天1-7\\d])',
    '(?:(?:本|这个?|上个?|当)月份?|\\d{1,2}月份?(?!\\d)|月(?=[初底末]))(?:上旬|中旬|下旬|初|底|末)?',
    '[上中下]旬',
    '近期|近日|近来|日前|最近|前不久|前段时间|前些天|前几天',
  ].join('|') +
  ')(?:以来)?';
