// 「王强，昨天」「11月20日和王强谈的」 to 是哪一天 for a talk that also lacks whom it was with (round 29 q: the day taken, the
// name dropped and 和谁谈的 asked next, as if the member had not said it).
import { answerFollowUp, type PendingItem } from './followUp.js';
import type { ParseContext } from './draft.js';

/**
 * After `answered` (the items once `answer` filled the day of item `askedIndex`), the same answer applied to that item's
 * next question when it is whom the talk was with and the answer names them: the items with both filled, or undefined
 * (the next question is another's or of another kind, the answer names nobody, or it split the item into several days).
 */
export function whomWithDay(answered: PendingItem[], askedIndex: number, answer: string, ctx: ParseContext, before: number): PendingItem[] | undefined {
  if (answered.length !== before) return undefined;
  const next = answered.findIndex((i) => i.problems.length > 0);
  if (next !== askedIndex || answered[next]!.problems[0]?.code !== 'missing_counterpart') return undefined;
  const again = answerFollowUp(answered, answer, ctx);
  if (!again.ok || again.items[next]?.draft.counterpartIds.length === 0) return undefined;
  return again.items;
}

/**
 * The other way round (round 58, fdb; t60b F11: 「胡军，12月5日谈的」 to 和谁谈的 took the name and asked 是哪一天 next):
 * after `answered` (the items once `answer` named whom item `askedIndex` was with), the same answer applied to that item's
 * next question when it is its day and the answer says one: the items with both filled, or undefined (the next question
 * is another's or of another kind, or the answer gives no day that fits).
 */
export function dayWithWhom(answered: PendingItem[], askedIndex: number, answer: string, ctx: ParseContext, before: number): PendingItem[] | undefined {
  if (answered.length !== before) return undefined;
  const next = answered.findIndex((i) => i.problems.length > 0);
  if (next !== askedIndex || answered[next]!.problems[0]?.code !== 'missing_date') return undefined;
  const again = answerFollowUp(answered, answer, ctx);
  if (!again.ok || again.items.length !== before || again.items[next]?.draft.date === undefined) return undefined;
  return again.items;
}
