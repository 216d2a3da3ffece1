// 「上周…」 asked 「是哪一天？」, answered 「周三，另外周五还和郑华谈了」 (round 21 leftover): the report's week governs
// every bare weekday of the answer, in whichever route the answer takes, not only the plain one.
import { inNarrowedWeek, weekNamed } from './narrowedWeek.js';

/**
 * `text` with a bare weekday (周三, not 上周三) put in `week`, the week the waiting report or an earlier answer named;
 * `text` itself when no week waits or the text names its own week.
 */
export function inReportWeek(text: string, week: '上' | '本' | undefined): string {
  return week !== undefined && weekNamed(text) === undefined ? inNarrowedWeek(text, week) : text;
}
