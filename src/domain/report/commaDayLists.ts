// 12月1日，12月2日分别与王强和李娟谈心 (round 30g, B10): a clerk parts the days of one list by a comma. The first day
// became a clause of its own with no deed, the records all took the second day, and 12月1日 was only flagged as left over
// (stored wrong after 确认). Written here with 、 between the days, as 12月1日、12月2日 always read (paired in order
// with 分别, one record per day otherwise).

import { replacedUntilStable } from './replacedUntilStable.js';

/** A day with its month and 日/号 (12月1日, 12月1号), or a day of the same month after it (2日, 2号). */
const FULL_DAY = '\\d{1,2}月\\d{1,2}[日号]';
const NEXT_DAY = `(?:${FULL_DAY}|\\d{1,2}[日号])`;

/**
 * A bare day (at the start, or right after a clause's end or a colon), a comma, then another day. A day with words
 * before it in its clause (…谈话，11月6日) ends a deed's clause and is left alone, as is a day after 至/到/和 (a span).
 */
const COMMA_PAIR = new RegExp(`(^|[\\n。；;：:，,])([ \\t\\u3000]*${FULL_DAY}(?:(?:、|和)${NEXT_DAY})*)[，,][ \\t\\u3000]*(?=${NEXT_DAY}(?![\\d:：至到-]))`, 'g');

/**
 * `text` with each comma between two days of a list written as 、 (12月1日，12月2日 → 12月1日、12月2日); `text` itself
 * when it has none. Only a day that is its clause's first words is joined: 「谈话，11月6日，11月9日…」 joins the last two.
 */
export function withCommaDayLists(text: string): string {
  return replacedUntilStable(text, COMMA_PAIR, '$1$2、');
}
