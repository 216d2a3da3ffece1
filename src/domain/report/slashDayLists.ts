// 11.3/11.17分别组织学习，每次12人参加 · 11月3日/11月17日… (round 44, fqd kind 4: the first was no report at all, 3/11 read as a
// day of March ahead; the second kept 11月3日 and dropped 11月17日 without a word): a slash between two days of a list, each
// written with its month (dotted or 月日), parts the list as 、 does. A slashed day of its own (11/17) is left alone.

import { replacedUntilStable } from './replacedUntilStable.js';

/** A day with its month: dotted (11.3) or 11月3日/号. */
const MONTH_DAY = '(?:\\d{1,2}\\.\\d{1,2}|\\d{1,2}月\\d{1,2}[日号])';

/** A day with its month, a slash, and the next day with its month (or a bare 17日 after a 月日 day). */
const SLASH_PAIR = new RegExp(`(?<![\\d./／])(${MONTH_DAY})[ \\t]*[/／][ \\t]*(?=(?:\\d{1,2}\\.\\d{1,2}(?![\\d/／])|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]))`, 'g');

/** `text` with each slash between two days of a list written as 、 (11.3/11.17 → 11.3、11.17); `text` itself when none. */
export function withSlashDayLists(text: string): string {
  return replacedUntilStable(text, SLASH_PAIR, '$1、');
}
