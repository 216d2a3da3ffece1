// 今天 · 上周三 · 11月5日 · 18号 (上午/下午 after it): a day said at the head of a clause that echoes or elides a deed, one
// pattern for the readers of such clauses (echoedDeed, elidedDeed, elidedCountDeed).

/** A day said at the head of a clause: today's words, a weekday, a date, a part of the day after it; a regexp source, no groups. */
export const CLAUSE_DAY = '(?:今天|昨天|大?前天|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])(?:上午|下午|晚上)?';
