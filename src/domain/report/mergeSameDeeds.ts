// One deed read twice (a person named by an outdated title and by name: 办公室副主任胡军) is one record, not two.
import type { PendingItem } from './followUp.js';

function deedKey(item: PendingItem): string | undefined {
  const d = item.draft;
  // Only a deed done with named people on a named day is the same deed when read twice; two studies on one day may be two.
  if (d.type === undefined || d.date === undefined || d.counterpartIds.length === 0) return undefined;
  return JSON.stringify([d.type, d.date, d.actorId ?? '', [...d.counterpartIds].sort(), d.title ?? '', d.attendees ?? null]);
}

/**
 * `items` with every later copy of a complete deed done with someone (same type, day, actor, counterparts, title,
 * head count) left out, order kept. Items still missing something are all kept: their answers may still tell them apart.
 */
export function mergeSameDeeds(items: PendingItem[]): PendingItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.problems.length > 0) return true;
    const key = deedKey(item);
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
