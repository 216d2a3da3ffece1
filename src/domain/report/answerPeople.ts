// 「前天，何平也一起谈了」 to 「是哪一天？」 (round 27d F4): the day answered, and a person the waiting report does not
// have. Was: the day taken, the person dropped without a word and the record stored at once.
import type { ParseContext } from './draft.js';
import type { PendingItem } from './followUp.js';
import { parseCounterparts } from './parseCounterparts.js';
import { parseDay } from './parseDay.js';
import { shanghaiDate } from '../shanghai.js';

/**
 * Ids of the people of the directory `answer` (a reply to 「是哪一天？」) names who are on none of `items` (as doer or
 * counterpart) and are not the sender, in the order named; empty when it names no one else. The day is read off first,
 * so only the words after it are searched.
 */
export function peopleBesideAnswer(items: readonly PendingItem[], answer: string, ctx: ParseContext): string[] {
  const rest = parseDay(answer, shanghaiDate(ctx.now)).rest;
  if (!/[\u4e00-\u9fa5]{2}/.test(rest)) return [];
  const named = parseCounterparts(rest, ctx).counterparts.map((c) => c.id);
  const onItems = new Set(items.flatMap((i) => [...i.draft.counterpartIds, ...(i.draft.actorId ? [i.draft.actorId] : [])]));
  return [...new Set(named)].filter((id) => id !== ctx.senderId && !onItems.has(id));
}
