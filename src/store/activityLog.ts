// Writing activities to the ledger, with an audit entry for every change. Redelivered events never record twice.
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
  return store.update((db) => {
    const source = items[0]?.sourceEventId;
    if (source) {
      const existing = db.activities.filter((a) => a.sourceEventId === source);
      if (existing.length > 0) return structuredClone(existing);
    }
    const created = items.map((item) => ({ ...item, id: newActivityId(), createdAt }));
    db.activities.push(...created);
    for (const a of created) db.audit.push({ at: createdAt, by, action: 'create', activityId: a.id, after: a });
    return structuredClone(created);
  });
}
