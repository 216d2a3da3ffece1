// Keeps the activity index current: one full build, then the records the store says changed are overlaid, until the overlay grows large.
import { indexActivities, type ActivityIndex } from '../domain/completion/computeCompletion.js';
import { overlayIndex } from '../domain/completion/overlayIndex.js';
import type { Activity } from '../domain/activity.js';
import type { DbData } from './dbSchema.js';
import type { Store } from './openStore.js';

export interface LedgerIndex {
  /**
   * The index of the ledger as it is now. Call it inside `store.read` with the live
   * document, and let nothing it returns escape that callback.
   */
  index(db: Pick<DbData, 'activities'>): ActivityIndex;
}

/** Past this many changed records a full rebuild (~150-200 ms at 100,000) beats filtering every lookup. */
export const REBUILD_AFTER = 2000;

interface Built {
  base: ActivityIndex;
  activities: readonly Activity[];
  length: number;
  /** How many of the store's changedIds the base already holds. */
  changes: number;
}

/** What the index needs of the store: its revision, what changed since open, and lookups by id. */
export type LedgerSource = Pick<Store, 'revision' | 'changedIds' | 'ledger'>;

/**
 * Relies on the store's invariant (src/store/openStore.ts): records are only appended or
 * replaced, and every created or changed id is listed by `changedIds`. An update costs
 * O(changed records), never a pass over the ledger.
 */
export function createLedgerIndex(source: LedgerSource): LedgerIndex {
  let built: Built | undefined;
  let cached: { revision: number; index: ActivityIndex } | undefined;

  function build(db: Pick<DbData, 'activities'>): ActivityIndex {
    built = { base: indexActivities(db.activities), activities: db.activities, length: db.activities.length, changes: source.changedIds().length };
    return built.base;
  }

  function current(db: Pick<DbData, 'activities'>): ActivityIndex {
    const changes = source.changedIds();
    // A rolled-back update shrinks the array below what the base saw: start over.
    if (!built || built.activities !== db.activities || db.activities.length < built.length) return build(db);
    const touched = new Set<string>();
    for (let i = built.changes; i < changes.length; i++) touched.add(changes[i]!);
    if (touched.size === 0) return built.base;
    if (touched.size > REBUILD_AFTER) return build(db);
    const fresh: Activity[] = [];
    for (const id of touched) {
      const a = source.ledger.byId(id);
      if (a && !a.deletedAt) fresh.push(a);
    }
    return overlayIndex(built.base, fresh, touched);
  }

  return {
    index(db) {
      const now = source.revision;
      if (!cached || cached.revision !== now) cached = { revision: now, index: current(db) };
      return cached.index;
    },
  };
}
