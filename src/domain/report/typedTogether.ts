// 「今天分别和王强、李娟谈了话」 or a clerk's table of three 谈话 with no kind: the kind is asked once for all the talks
// of the message, and one answer types them all (n25; round 20u's e20 did it only for an answer starting 都是…).
import type { PendingItem } from './followUp.js';

/** An item still asked its kind that can only be a talk or a signing: someone named, no title, no head count, no check. */
const untypedTalk = (i: PendingItem) => {
  const first = i.problems[0];
  return first?.code === 'missing_type' && first.among === undefined && i.draft.counterpartIds.length > 0 && i.draft.title === undefined && i.draft.attendees === undefined;
};

/**
 * An item asked whether it was a signing (missing_type among 签订责任书 alone) with someone named: 孙科长今天和王强签了，我也签了
 * (round 67, ggc) — two such signings of one doer are asked once, not once each.
 */
export const untypedSigning = (i: PendingItem): boolean => {
  const first = i.problems[0];
  return first?.code === 'missing_type' && first.among?.length === 1 && first.among[0] === 'pledge_sign' && i.draft.counterpartIds.length > 0;
};

/**
 * The indexes of the items whose kind is asked together with the one at `index`: it and every later item of the same
 * doer that is an untyped talk too (untypedTalk) — or, for an untyped signing, a signing too (untypedSigning) — in order.
 * Only `index` itself when that item is neither or is alone. Items before `index` are answered already (questions go in
 * order).
 */
export function typedTogether(items: readonly PendingItem[], index: number): number[] {
  const first = items[index];
  const alike = first && untypedTalk(first) ? untypedTalk : first && untypedSigning(first) ? untypedSigning : undefined;
  if (!first || !alike) return [index];
  const together = [index];
  for (let k = index + 1; k < items.length; k++) if (alike(items[k]!) && items[k]!.draft.actorId === first.draft.actorId) together.push(k);
  return together;
}

/**
 * typedTogether's indexes when the kind is asked of several talks (or signings) at once (two items or more, or one talk with two
 * people or more: 「分别和王强、李娟谈了话」), else undefined: one talk with one person is asked as any item is.
 */
export function talksAskedAsOne(items: readonly PendingItem[], index: number): number[] | undefined {
  const together = typedTogether(items, index);
  const talks = together.reduce((n, i) => n + (untypedTalk(items[i]!) || untypedSigning(items[i]!) ? items[i]!.draft.counterpartIds.length : 0), 0);
  return talks > 1 ? together : undefined;
}
