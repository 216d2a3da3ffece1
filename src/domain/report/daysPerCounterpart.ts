// 「昨天和王建国，今天和刘芳」 to 「与王建国、刘芳的廉政谈话是哪一天进行的？」 (round 31f F1: both stored at once on 12-02, the
// first day put on every talk): an answer pairing each day with the people of that day gives each talk its own day.
import type { PendingItem } from './followUp.js';
import type { ParseContext } from './draft.js';
import { dayPeopleOnePart, dayPeopleParts } from './dayPeopleParts.js';
import { waitingTogether } from './waitingTogether.js';
import { dayForAllButSome } from './dayForAllButSome.js';

/**
 * 都是11月20号 赵敏那天出差 是23号谈的 · 李明18号，其余25号 (round 60, fba, t62b F2: all four put on 11-20): those named
 * take their own day and every other item of `together` the common one. Undefined unless each one named is the one
 * person of a different item of `together` and someone is left for the common day.
 */
function allButSome(items: readonly PendingItem[], together: number[], answer: string, ctx: ParseContext): Map<number, string> | undefined {
  const read = dayForAllButSome(answer, ctx);
  if (read === undefined) return undefined;
  const dayOf = new Map<number, string>();
  for (const part of read.named) {
    for (const id of part.ids) {
      const at = together.find((i) => items[i]!.draft.counterpartIds[0] === id);
      if (at === undefined || dayOf.has(at)) return undefined;
      dayOf.set(at, part.date);
    }
  }
  if (dayOf.size === together.length) return undefined;
  for (const i of together) if (!dayOf.has(i)) dayOf.set(i, read.others);
  return dayOf;
}

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
  if (parts === undefined) return allButSome(items, together, answer, ctx);
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
