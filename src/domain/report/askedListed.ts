// 「后面8条不要了，只记前4条」 to the days question of a 13-item summary (round 69, gil; t72b F1): 后面 counts back over the
// items the question listed (the 12 talks), not over the whole message with the 警示教育 after them.
import type { PendingItem } from './followUp.js';

/**
 * How many items the waiting question lists: those sharing the first asked item's problem code; every item when none is
 * asked.
 */
export function askedListed(items: readonly PendingItem[]): number {
  const code = items.find((i) => i.problems.length > 0)?.problems[0]?.code;
  const listed = items.filter((i) => i.problems.some((p) => p.code === code)).length;
  return listed > 0 ? listed : items.length;
}
