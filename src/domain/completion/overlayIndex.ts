// An index plus what changed since it was built: answers as a fresh index would, without rebuilding 100,000 records per change.
import type { Activity } from '../activity.js';
import type { ActivityTypeCode } from '../activityTypes.js';
import { linearScanIndex, mergeTwo, type ActivityIndex, type DateRange } from './activityIndex.js';

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
  const both = (from: readonly Activity[], added: readonly Activity[]) => (added.length === 0 ? keep(from) : mergeTwo(keep(from), added));
  return {
    ofType: (types: readonly ActivityTypeCode[], range: DateRange) => both(base.ofType(types, range), extra.ofType(types, range)),
    byActor: (id, types, range) => both(base.byActor(id, types, range), extra.byActor(id, types, range)),
    byParticipant: (id, types, range) => both(base.byParticipant(id, types, range), extra.byParticipant(id, types, range)),
    // A list the overlay passes on untouched is the base's own: its columns still hold; any other is answered undefined.
    columns: base.columns,
  };
}
