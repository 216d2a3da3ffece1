// Accept durably, acknowledge fast, work after, tolerate redelivery: the event journal between the webhook and the bot.
import type { Store } from '../store/openStore.js';

export interface InboxDeps {
  store: Store;
  /** Does the work for one event; its own errors are its own business, a throw marks the event failed. */
  process: (payload: Record<string, unknown>, eventId: string) => Promise<void>;
  /** Events with the same key are processed one after another (a chat's messages in order); others in parallel. */
  keyOf: (payload: Record<string, unknown>) => string;
  now: () => Date;
  log: (line: string) => void;
  /** How long a processed event id is remembered. Feishu redelivers for about 7 h. */
  retentionMs?: number;
}

export interface Inbox {
  /** Persists a new event and schedules it; a known id is a duplicate and is not scheduled again. Resolves once on disk. */
  accept(eventId: string, type: string, payload: Record<string, unknown>): Promise<'accepted' | 'duplicate'>;
  /** Records an event that is handled synchronously (card callbacks); false if it was seen before. */
  claim(eventId: string, type: string): Promise<boolean>;
  /** Schedules every event accepted but not finished before the last stop. */
  recover(): number;
  /** Resolves when all scheduled work is done (tests, graceful shutdown). */
  drain(): Promise<void>;
}

const DAY_MS = 24 * 3600 * 1000;
const PRUNE_EVERY_MS = 3600 * 1000;

export function createInbox(deps: InboxDeps): Inbox {
  const retention = deps.retentionMs ?? DAY_MS;
  // Mirrors the ids in the store, so the duplicate check is O(1) and happens before any await.
  const known = new Set(deps.store.read((db) => db.events.map((e) => e.id)));
  const chains = new Map<string, Promise<void>>();
  const running = new Set<Promise<void>>();
  let lastPrune = 0;

  async function finish(eventId: string, error?: unknown): Promise<void> {
    const at = deps.now().toISOString();
    await deps.store.update((db) => {
      const e = db.events.find((x) => x.id === eventId);
      if (!e) return;
      e.attempts += 1;
      e.status = error ? 'failed' : 'done';
      e.doneAt = at;
      if (error) e.error = String((error as Error)?.message ?? error).slice(0, 300);
      // Drop the body: a processed message may be a confidential talk and is not ours to keep.
      delete e.payload;
    });
  }

  function schedule(eventId: string, payload: Record<string, unknown>): void {
    const key = deps.keyOf(payload);
    const previous = chains.get(key) ?? Promise.resolve();
    const job = previous
      .then(() => deps.process(payload, eventId))
      .then(
        () => finish(eventId),
        (error: unknown) => {
          deps.log(`event ${eventId} failed: ${String((error as Error)?.stack ?? error)}`);
          return finish(eventId, error);
        },
      )
      .catch((error: unknown) => deps.log(`event ${eventId}: could not record completion: ${String(error)}`));
    chains.set(key, job);
    running.add(job);
    void job.finally(() => {
      running.delete(job);
      if (chains.get(key) === job) chains.delete(key);
    });
  }

  async function maybePrune(now: Date): Promise<void> {
    if (now.getTime() - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now.getTime();
    const cutoff = new Date(now.getTime() - retention).toISOString();
    const stale = deps.store.read((db) => db.events.filter((e) => e.status !== 'pending' && e.receivedAt < cutoff).map((e) => e.id));
    if (stale.length === 0) return;
    const drop = new Set(stale);
    await deps.store.update((db) => {
      db.events = db.events.filter((e) => !drop.has(e.id));
    });
    for (const id of stale) known.delete(id);
  }

  async function record(eventId: string, type: string, payload?: Record<string, unknown>): Promise<boolean> {
    if (known.has(eventId)) return false;
    known.add(eventId);
    const now = deps.now();
    try {
      await deps.store.update((db) => {
        db.events.push({
          id: eventId,
          type,
          receivedAt: now.toISOString(),
          status: payload ? 'pending' : 'done',
          attempts: 0,
          ...(payload ? { payload } : { doneAt: now.toISOString() }),
        });
      });
    } catch (error) {
      // Not on disk, so not accepted: let Feishu redeliver.
      known.delete(eventId);
      throw error;
    }
    void maybePrune(now).catch((error: unknown) => deps.log(`inbox prune failed: ${String(error)}`));
    return true;
  }

  return {
    async accept(eventId, type, payload) {
      if (!(await record(eventId, type, payload))) return 'duplicate';
      schedule(eventId, payload);
      return 'accepted';
    },
    claim: (eventId, type) => record(eventId, type),
    recover() {
      const pending = deps.store.read((db) => db.events.filter((e) => e.status === 'pending'));
      for (const e of pending) schedule(e.id, e.payload as Record<string, unknown>);
      return pending.length;
    },
    async drain() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
