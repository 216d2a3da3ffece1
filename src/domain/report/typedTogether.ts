// 「今天分别和王强、李娟谈了话」 or a clerk's table of three 谈话 with no kind: the kind is asked once for all the talks
// of the message, and one answer types them all (n25; round 20u's e20 did it only for an answer starting 都是…).
import type { PendingItem } from './followUp.js';

/** An item still asked its kind that can only be a talk or a signing: someone named, no title, no head count, no check. */
const untypedTalk = (i: PendingItem) => {
  const first = i.problems[0];
  return first?.code === 'missing_type' && first.among === undefined && i.draft.counterpartIds.length > 0 && i.draft.title === undefined && i.draft.attendees === undefined;
};

/**
 * The indexes of the items whose kind is asked together with the one at `index`: it and every later item of the same
 * doer that is an untyped talk too (untypedTalk), in order. Only `index` itself when that item is no untyped talk or is
 * alone. Items before `index` are answered already (questions go in order).
 */
export function typedTogether(items: readonly PendingItem[], index: number): number[] {
  const first = items[index];
  if (!first || !untypedTalk(first)) return [index];
  const together = [index];
  for (let k = index + 1; k < items.length; k++) if (untypedTalk(items[k]!) && items[k]!.draft.actorId === first.draft.actorId) together.push(k);
  return together;
}

/**
 * typedTogether's indexes when the kind is asked of several talks at once (two items or more, or one talk with two
 * people or more: 「分别和王强、李娟谈了话」), else undefined: one talk with one person is asked as any item is.
 */
export function talksAskedAsOne(items: readonly PendingItem[], index: number): number[] | undefined {
  const together = typedTogether(items, index);
  const talks = together.reduce((n, i) => n + (untypedTalk(items[i]!) ? items[i]!.draft.counterpartIds.length : 0), 0);
  return talks > 1 ? together : undefined;
}
