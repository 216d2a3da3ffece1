// Round 36 (issue 10): 「11月10日进行了集体廉政谈话，并签订了责任书」 with no one named asked 和谁谈的 and then 和谁签订的, and
// the member typed the same people twice. A talk and a signing (or several talks) of one doer on one day, each waiting
// for whom it was with, are one question: one answer is theirs all. Other questions stay one at a time.
import { isTalkType } from '../activityTypes.js';
import type { PendingItem } from './followUp.js';

const waitsForWhom = (i: PendingItem) => i.problems[0]?.code === 'missing_counterpart';
const paired = (i: PendingItem) => i.draft.type !== undefined && (isTalkType(i.draft.type) || i.draft.type === 'pledge_sign');

/**
 * The indexes of the items asked whom together with the one at `index` (0-based into `items`): every item whose first
 * question is 和谁 (missing_counterpart) too, a talk or a signing of the same doer (actorId, undefined for the sender) on
 * the same day (date, both unknown counts as the same). `[index]` alone when the item asks something else or nothing
 * is like it; the indexes are in the items' order, `index` first among them as the first waiting item.
 */
export function whomAskedTogether(items: readonly PendingItem[], index: number): number[] {
  const first = items[index];
  if (!first || !waitsForWhom(first) || !paired(first)) return [index];
  const alike = (i: PendingItem) => waitsForWhom(i) && paired(i) && i.draft.actorId === first.draft.actorId && i.draft.date === first.draft.date && i.draft.counterpartIds.length === 0;
  if (first.draft.counterpartIds.length !== 0) return [index];
  return items.flatMap((it, k) => (k === index || (k > index && alike(it)) ? [k] : []));
}
