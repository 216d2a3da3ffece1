// Keeps the activity index current: one full build, then what the audit log says changed is overlaid, until the overlay grows large.
import { indexActivities, type ActivityIndex } from '../domain/completion/computeCompletion.js';
import { overlayIndex } from '../domain/completion/overlayIndex.js';
import type { DbData } from './dbSchema.js';

export interface LedgerIndex {
  /**
   * The index of the ledger as it is now. Call it inside `store.read` with the live
   * document, and let nothing it returns escape that callback.
   */
  index(db: Pick<DbData, 'activities' | 'audit'>): ActivityIndex;
}

/** Past this many changed records a full rebuild (~150-200 ms at 100,000) beats filtering every lookup. */
export const REBUILD_AFTER = 2000;

interface Built {
  base: ActivityIndex;
  activities: number;
  audit: number;
}

/**
 * Relies on an invariant of src/store/activityLog.ts: records are only appended, and
 * every create, change and withdrawal appends an audit entry naming the record.
 */
export function createLedgerIndex(revision: () => number): LedgerIndex {
  let built: Built | undefined;
  let cached: { revision: number; index: ActivityIndex } | undefined;

  function build(db: Pick<DbData, 'activities' | 'audit'>): ActivityIndex {
    built = { base: indexActivities(db.activities), activities: db.activities.length, audit: db.audit.length };
    return built.base;
  }

  function current(db: Pick<DbData, 'activities' | 'audit'>): ActivityIndex {
    if (!built || db.activities.length < built.activities || db.audit.length < built.audit) return build(db);
    const touched = new Set<string>();
    for (let i = built.audit; i < db.audit.length; i++) touched.add(db.audit[i]!.activityId);
    if (touched.size === 0 && db.activities.length === built.activities) return built.base;
    if (touched.size > REBUILD_AFTER) return build(db);
    // One pass (about a millisecond at 100,000 records), once per change: the cache below keeps it.
    const fresh = db.activities.filter((a) => touched.has(a.id) && !a.deletedAt);
    return overlayIndex(built.base, fresh, touched);
  }

  return {
    index(db) {
      const now = revision();
      if (!cached || cached.revision !== now) cached = { revision: now, index: current(db) };
      return cached.index;
    },
  };
}
