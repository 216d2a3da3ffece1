// 「昨天和王建国，今天和刘芳」 to 「与王建国、刘芳的廉政谈话是哪一天进行的？」 (round 31f F1: both stored at once on 12-02, the
// first day put on every talk): an answer pairing each day with the people of that day gives each talk its own day.
import type { PendingItem } from './followUp.js';
import type { ParseContext } from './draft.js';
import { dayPeopleOnePart, dayPeopleParts } from './dayPeopleParts.js';
import { waitingTogether } from './waitingTogether.js';

/**
 * The day each talk (or signing) asked its day together with the one at `index` gets from an answer that names, part by
 * part (dayPeopleParts), a day and the people of that day (昨天和王建国，今天和刘芳 · 王建国是11月3日，刘芳
 * 是11月5日 · 周一和王建国、刘芳，周三和陈志强): a map from item index to YYYY-MM-DD. Undefined unless there are two parts
 * or more, each with one day and people who are each the one person of a different waiting item, and every item of the
 * group is named (then the answer is read the ordinary way: one day for all, or days in order) — but for one day said with
 * some of the people (dayPeopleOnePart: 王建国和刘芳是11月24日谈的): only their items are in the map.
 */
export function daysPerCounterpart(items: readonly PendingItem[], index: number, answer: string, ctx: ParseContext): Map<number, string> | undefined {
  const together = waitingTogether([...items], index);
  if (together.length < 2) return undefined;
  // 王建国和刘芳是11月24日谈的 to three talks (round 59, fcf): one day for some of them; only those named take it, and the
  // others are asked again (their items keep the question).
  const one = dayPeopleOnePart(answer, ctx);
  const parts = dayPeopleParts(answer, ctx) ?? (one !== undefined ? [one] : undefined);
  if (parts === undefined) return undefined;
  const dayOf = new Map<number, string>();
  for (const part of parts) {
    for (const id of part.ids) {
      const at = together.find((i) => items[i]!.draft.counterpartIds[0] === id);
      if (at === undefined || dayOf.has(at)) return undefined;
      dayOf.set(at, part.date);
    }
  }
  return dayOf.size === together.length || (parts.length === 1 && parts[0] === one) ? dayOf : undefined;
}
