// 11.24 11.26两次作风检查 · 11月3日 11月17日 开展作风纪律检查 · 作风检查 11.10 11.24 (round 29b, K3): typed on a phone, the
// days of one list are parted by a space only. The second day was left over and the card showed one check: written
// here with 、 between them, as 11.24、11.26 always read (one record per day).

import { replacedUntilStable } from './replacedUntilStable.js';

/** A day with its month: 11月3日 · 11月3 · 11.3 · 11/3. */
const DAY = '\\d{1,2}月\\d{1,2}[日号]?|\\d{1,2}[./]\\d{1,2}(?![./]\\d)';

/** A day, then only spaces, then another day (never a year 2026.11.3, a time 11.30-12.00, or 11.5万). */
const SPACED = new RegExp(`(?<![\\d./月年-])(${DAY})[ \\t\\u3000]+(?=(?:${DAY})(?![\\d.:/万元%-]))`, 'g');

/**
 * `text` with each space between two days of a list (11.24 11.26) written as 、; `text` itself when it has none. A day
 * ending a clause before another clause's day (11月25号书记和刘芳 11月26号…) has words between them and is left alone.
 */
export function withSpacedDayLists(text: string): string {
  return replacedUntilStable(text, SPACED, '$1、');
}
