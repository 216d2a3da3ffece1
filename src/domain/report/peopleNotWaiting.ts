// 「都是20号，黄志刚是23号」 to 与王建国、刘芳…的廉政谈话是哪一天？ (round 60, fba: the near-miss of t62b F2): a day said
// beside someone none of the records asked is with is never put on the others, nor a record added for them; asked again.
import type { PendingItem } from './followUp.js';
import type { ParseContext } from './draft.js';
import { dayPeopleOnePart, dayPeopleParts } from './dayPeopleParts.js';
import { dayForAllButSome } from './dayForAllButSome.js';
import { waitingTogether } from './waitingTogether.js';

/**
 * The directory ids an answer to 是哪一天 names with a day of their own (李明是18号 · 都是20号，X是23号 · X是11.21) who
 * are not the person of any item asked its day together with `items[index]` (each such item with one person). [] when
 * the answer names no one with a day, when everyone named is waiting, or when the items asked name no one yet.
 */
export function peopleNotWaiting(items: readonly PendingItem[], index: number, answer: string, ctx: ParseContext): string[] {
  const together = waitingTogether([...items], index);
  if (together.some((i) => items[i]!.draft.counterpartIds.length !== 1)) return [];
  const parts = dayPeopleParts(answer, ctx) ?? (() => {
    const one = dayPeopleOnePart(answer, ctx);
    return one !== undefined ? [one] : dayForAllButSome(answer, ctx)?.named;
  })();
  if (parts === undefined) return [];
  const waiting = new Set(together.map((i) => items[i]!.draft.counterpartIds[0]!));
  return [...new Set(parts.flatMap((p) => p.ids).filter((id) => !waiting.has(id)))];
}
