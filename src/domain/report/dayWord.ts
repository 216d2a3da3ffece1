// The days a member writes in full, at a sentence's start or inside a clause: 11月23日 · 11.23 · 昨天 · 上周三 · 周五.

/** A month and day (11月23日 · 11月23号), a year before it allowed: a day wherever it is written. */
const MONTH_DAY = String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]`;
/** 今天 · 昨天 · 前天: a day wherever it is written. */
const NEAR_DAY = '今天|昨天|前天';
/** 11.23 (not 11.235): a day where a sentence opens with it; inside a clause it may as well be an amount (1.5万元). */
const DOTTED_DAY = String.raw`\d{1,2}\.\d{1,2}(?!\d)`;
/**
 * 上周三 · 本周一 · 这周一 · 周五 · 星期四 · 礼拜二: a weekday, of a week named or not (round r30: a sentence opening with
 * 周五 was not taken as opening with its day, and ran on into the 会后 talks before it, which took its day).
 */
const WEEKDAY_OF_WEEK = '(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]';

/**
 * One written day, unanchored and not global (test it, or build an anchored pattern from its source): 11月23日,
 * 11.23, 今天/昨天/前天 or a weekday (上周三 · 周五 · 星期四). Not 近日, 上旬 or a bare 23号, which no sentence can stand on.
 */
export const DAY_WORD = new RegExp(`${MONTH_DAY}|${DOTTED_DAY}|${NEAR_DAY}|${WEEKDAY_OF_WEEK}`);

/**
 * The clause before a day standing alone (…11月18日到组联部调研。11月19日，与周涛…) has a day of its own: DAY_WORD's
 * month-day and 今天/昨天/前天 only. Not its dotted form, which inside a clause may be an amount, nor 上周三: with those
 * the lone day would go on with the clause after it where today it stays with the one before, and the readings of
 * 「王建国副理事长11.16（或上周一）到财务科走访慰问，11月17日，与孙丽开展廉政谈话」 (from 孙丽: 王建国>孙丽 on a card)
 * would turn into asking 和谁, as the 11月16日 form already does (issue 10 R30; left for a fix of that reading).
 */
export const DAY_IN_CLAUSE = new RegExp(`${MONTH_DAY}|${NEAR_DAY}`);
