// Forgets delivered (or given-up) messages once no reminder decision could ever make them again, so db.json stops growing.
import type { Store } from '../store/openStore.js';

/**
 * A key must outlive every moment its decision could be made again: a festival reminder
 * is decided only before its holiday, a due-soon warning before its period ends, an
 * escalation a few working days after. The longest cadence is a year; a year and a
 * month covers it with room to spare.
 */
export const KEEP_DAYS = 400;

/** Removes sent and failed items older than `keepDays`; returns how many. Writes only when something goes. */
export async function pruneOutbox(store: Store, now: Date, keepDays = KEEP_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - keepDays * 24 * 3600 * 1000).toISOString();
  const old = (i: { status: string; sentAt?: string; failedAt?: string; createdAt: string }) =>
    (i.status === 'sent' || i.status === 'failed') && (i.sentAt ?? i.failedAt ?? i.createdAt) < cutoff;
  const count = store.read((db) => db.outbox.filter(old).length);
  if (count === 0) return 0;
  await store.update((db) => {
    db.outbox = db.outbox.filter((i) => !old(i));
  });
  return count;
}
