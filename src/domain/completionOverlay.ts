// An index plus what changed since it was built: answers as a fresh index would, without rebuilding 100,000 records per change.
import type { Activity } from './activity.js';
import type { ActivityTypeCode } from './activityTypes.js';
import { linearScanIndex, type ActivityIndex, type DateRange } from './completionIndex.js';

function byDate(a: Activity, b: Activity): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function merge(a: readonly Activity[], b: readonly Activity[]): readonly Activity[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: Activity[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byDate(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * `base` was built over an earlier state of the ledger. `stale` are ids whose record
 * changed or was withdrawn since (the base may hold them under an old date or type);
 * `fresh` are the current versions of records created or changed since. The base holds
 * live objects, so a withdrawn one may show `deletedAt` already: it is skipped either way.
 */
export function overlayIndex(base: ActivityIndex, fresh: readonly Activity[], stale: ReadonlySet<string>): ActivityIndex {
  if (fresh.length === 0 && stale.size === 0) return base;
  const extra = linearScanIndex(fresh);
  const keep = (list: readonly Activity[]) => (stale.size === 0 ? list : list.filter((a) => !stale.has(a.id) && !a.deletedAt));
  const both = (from: readonly Activity[], added: readonly Activity[]) => merge(keep(from), added);
  return {
    ofType: (types: readonly ActivityTypeCode[], range: DateRange) => both(base.ofType(types, range), extra.ofType(types, range)),
    byActor: (id, types, range) => both(base.byActor(id, types, range), extra.byActor(id, types, range)),
    byParticipant: (id, types, range) => both(base.byParticipant(id, types, range), extra.byParticipant(id, types, range)),
  };
}
