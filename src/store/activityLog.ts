// Writing activities to the ledger, with an audit entry for every change (one appended line each, see openStore). Redelivered events never record twice.
import { randomBytes } from 'node:crypto';
import type { Activity } from '../domain/activity.js';
import type { Store } from './openStore.js';

export type NewActivity = Omit<Activity, 'id' | 'createdAt'>;

export function newActivityId(): string {
  return `a${randomBytes(6).toString('hex')}`;
}

/**
 * Records activities created by one event. If that event already recorded some
 * (it was redelivered, or reprocessed after a crash), returns those instead.
 */
export async function recordActivities(store: Store, items: NewActivity[], by: string, at: Date): Promise<Activity[]> {
  const createdAt = at.toISOString();
  return store.update((db, ledger) => {
    const source = items[0]?.sourceEventId;
    if (source) {
      const existing = ledger.bySource(source);
      if (existing.length > 0) return structuredClone(existing);
    }
    const created = items.map((item) => ({ ...item, id: newActivityId(), createdAt }));
    db.activities.push(...created);
    for (const a of created) db.audit.push({ at: createdAt, by, action: 'create', activityId: a.id, after: a });
    return structuredClone(created);
  });
}

export type ChangeRefusal = 'not_found' | 'not_yours' | 'deleted';

export type ChangeResult = { ok: true; before: Activity; after: Activity } | { ok: false; reason: ChangeRefusal };

/**
 * Changes one activity on behalf of its reporter: members change only their own
 * records (leaders see others' but do not edit them); a deleted record stays deleted.
 */
export async function changeActivity(
  store: Store,
  id: string,
  by: string,
  at: Date,
  change: (a: Activity) => void,
  action: 'update' | 'delete' = 'update',
  opts: { anyReporter?: boolean } = {},
): Promise<ChangeResult> {
  return store.update((db, ledger): ChangeResult => {
    const a = ledger.byId(id);
    if (!a) return { ok: false, reason: 'not_found' };
    // anyReporter (round 63, gca): a relayed correction the member 确认ed on its card; the reporter stays, the audit says by whom.
    if (a.reporter !== by && opts.anyReporter !== true) return { ok: false, reason: 'not_yours' };
    if (a.deletedAt) return { ok: false, reason: 'deleted' };
    // Changed on a copy and put in its place: a compaction may be writing the stored object out.
    const before = structuredClone(a);
    const next = structuredClone(a);
    change(next);
    ledger.replace(next);
    const after = structuredClone(next);
    db.audit.push({ at: at.toISOString(), by, action, activityId: id, before, after });
    return { ok: true, before, after };
  });
}

/** Soft delete: the record stays in the ledger with who and when, and stops counting. */
export function undoActivity(store: Store, id: string, by: string, at: Date, opts: { anyReporter?: boolean } = {}): Promise<ChangeResult> {
  return changeActivity(
    store,
    id,
    by,
    at,
    (a) => {
      a.deletedAt = at.toISOString();
      a.deletedBy = by;
    },
    'delete',
    opts,
  );
}

/** The reporter's most recent record still standing, if any. */
/** The member's newest record (reporter = open_id), withdrawn or not: 撤销 asks before reaching past one just withdrawn. */
export function newestOwnRecord(store: Store, reporter: string): Activity | undefined {
  return store.read((db) => {
    for (let i = db.activities.length - 1; i >= 0; i--) {
      const a = db.activities[i]!;
      if (a.reporter === reporter) return a;
    }
    return undefined;
  });
}

export function latestOwnActivity(store: Store, reporter: string): Activity | undefined {
  return store.read((db) => {
    for (let i = db.activities.length - 1; i >= 0; i--) {
      const a = db.activities[i]!;
      if (a.reporter === reporter && !a.deletedAt) return a;
    }
    return undefined;
  });
}
