// Keeps the activity index current: one full build, then the records the store says changed are overlaid, until the overlay grows large; and the completion parts it remembers, forgotten record by record.
import { indexActivities, type ActivityIndex } from '../domain/completion/computeCompletion.js';
import { overlayIndex } from '../domain/completion/overlayIndex.js';
import { createPartMemo, type PartMemo } from '../domain/completion/partMemo.js';
import type { Activity } from '../domain/activity.js';
import type { DbData } from './dbSchema.js';
import type { Store } from './openStore.js';

export interface LedgerIndex {
  /**
   * The index of the ledger as it is now. Call it inside `store.read` with the live
   * document, and let nothing it returns escape that callback. It carries a PartMemo
   * (see src/domain/completion/partMemo.ts), so computeCompletion recounts only the
   * duty periods a change since the last question touched.
   */
  index(db: Pick<DbData, 'activities'>): ActivityIndex;
  /** Parts the index remembers now (tests, the benchmark). */
  rememberedParts(): number;
}

/** Past this many changed records a full rebuild (~150-200 ms at 100,000) beats filtering every lookup. */
export const REBUILD_AFTER = 2000;

interface Built {
  base: ActivityIndex;
  activities: readonly Activity[];
  length: number;
  /** How many of the store's changedIds the base already holds. */
  changes: number;
  /** Every record the base holds, as it held it: the old version of a record changed since. */
  byId: Map<string, Activity>;
}

/** What the index needs of the store: its revision, what changed since open, and lookups by id. */
export type LedgerSource = Pick<Store, 'revision' | 'changedIds' | 'ledger'>;

/**
 * Relies on the store's invariant (src/store/openStore.ts): records are only appended or
 * replaced, and every created or changed id is listed by `changedIds`; a rolled-back
 * update puts the old objects back (or truncates), which the version check below notices.
 * An update costs O(records changed since the base was built), never a pass over the ledger.
 */
export function createLedgerIndex(source: LedgerSource): LedgerIndex {
  let built: Built | undefined;
  let cached: { revision: number; index: ActivityIndex } | undefined;
  const memo: PartMemo = createPartMemo();
  /** The version of each record changed since the base that the memo's parts were counted with (undefined: none). */
  const seen = new Map<string, Activity | undefined>();
  /** How many of the store's changedIds `seen` has taken in. */
  let seenChanges = 0;

  function build(db: Pick<DbData, 'activities'>): ActivityIndex {
    const byId = new Map<string, Activity>();
    for (const a of db.activities) byId.set(a.id, a);
    built = { base: indexActivities(db.activities), activities: db.activities, length: db.activities.length, changes: source.changedIds().length, byId };
    return built.base;
  }

  /**
   * Forgets the parts of every record whose current version is not the one the memo
   * counted: new and changed records, and records a failed write put back.
   */
  function forgetChanged(previous: Built | undefined): void {
    const changes = source.changedIds();
    for (let i = seenChanges; i < changes.length; i++) if (!seen.has(changes[i]!)) seen.set(changes[i]!, previous?.byId.get(changes[i]!));
    seenChanges = changes.length;
    const versions: Activity[] = [];
    for (const [id, was] of seen) {
      const now = source.ledger.byId(id);
      if (now === was) continue;
      if (was) versions.push(was);
      if (now) versions.push(now);
      seen.set(id, now);
    }
    memo.forget(versions);
  }

  function current(db: Pick<DbData, 'activities'>): ActivityIndex {
    const changes = source.changedIds();
    const previous = built;
    // Without a base nothing was counted: there is nothing to forget, only to start from.
    if (previous) forgetChanged(previous);
    // A rolled-back update shrinks the array below what the base saw: start over.
    if (!built || built.activities !== db.activities || db.activities.length < built.length) return rebuilt(db);
    const touched = new Set<string>();
    for (let i = built.changes; i < changes.length; i++) touched.add(changes[i]!);
    if (touched.size === 0) return built.base;
    if (touched.size > REBUILD_AFTER) return rebuilt(db);
    const fresh: Activity[] = [];
    // Only a record the base holds can stand in it under an old date or type (or withdrawn): a record created since is
    // no part of any base list, and with none of those the overlay passes the base's lists on unfiltered (a quarter
    // question's lookups each filtered a whole type's records for the reports of the day: round 48, ftg).
    const stale = new Set<string>();
    for (const id of touched) {
      const a = source.ledger.byId(id);
      if (a && !a.deletedAt) fresh.push(a);
      if (built.byId.has(id)) stale.add(id);
    }
    return overlayIndex(built.base, fresh, stale);
  }

  /** A full build; what the memo counted stays valid, `seen` starts over from the new base. */
  function rebuilt(db: Pick<DbData, 'activities'>): ActivityIndex {
    const index = build(db);
    seen.clear();
    seenChanges = source.changedIds().length;
    return index;
  }

  return {
    index(db) {
      const now = source.revision;
      if (!cached || cached.revision !== now) cached = { revision: now, index: withMemo(current(db), memo) };
      return cached.index;
    },
    rememberedParts: () => memo.size(),
  };
}

/** The same lookups, carrying the memo to computeCompletion. */
function withMemo(index: ActivityIndex, memo: PartMemo): ActivityIndex {
  return { ofType: index.ofType, byActor: index.byActor, byParticipant: index.byParticipant, columns: index.columns, memo };
}
