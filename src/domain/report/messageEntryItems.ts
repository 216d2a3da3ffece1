// 第3条不用记 while a question waits on a numbered message (round 31f X4): the 3 is the member's own number, not the place in
// the bot's list, where 「1. 李明主任与王芳、胡军开展谈心谈话」 had become two talks and put the 信息报送 third.
import type { PendingItem } from './followUp.js';

/**
 * The indexes (0-based, in `items` order) of the waiting items 第`n`条 (1-based) points at: when every item carries the
 * member's own number of its message entry (PendingItem.entry), those read from entry `n` (one entry may have given
 * several records: all of them); otherwise the `n`-th item. [] when none is (a number beyond the list: the caller says so).
 */
export function messageEntryItems(items: readonly PendingItem[], n: number): number[] {
  if (items.length > 0 && items.every((i) => i.entry !== undefined)) return items.flatMap((i, k) => (i.entry === n ? [k] : []));
  return n >= 1 && n <= items.length ? [n - 1] : [];
}

/** The numbers the member can point at with 第N条: their own entry numbers when every item has one, else 1…length. */
export function entryNumbers(items: readonly PendingItem[]): number[] {
  if (items.length > 0 && items.every((i) => i.entry !== undefined)) return [...new Set(items.map((i) => i.entry!))];
  return items.map((_, k) => k + 1);
}
