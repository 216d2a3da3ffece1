// Accept durably, acknowledge fast, work after, tolerate redelivery: between the webhook and the bot, over the event journal.
import type { Journal } from '../store/openJournal.js';
import type { JournalCounts } from '../store/journalState.js';
import { createWorkSlots } from './createWorkSlots.js';
import { messageDedupKey } from './messageDedupKey.js';
import { traceStep } from '../trace/messageTrace.js';

export interface InboxDeps {
  /** Remembers ids (24 h after processing) and the payloads of unfinished events; see src/store/openJournal.ts. */
  journal: Journal;
  /**
   * Does the work for one event; its own errors are its own business, a throw marks the event failed. `json`: the
   * payload's JSON text when the event was accepted with it in this run (see Inbox.accept).
   */
  process: (payload: Record<string, unknown>, eventId: string, json?: string) => Promise<void>;
  /** Events with the same key are processed one after another (a chat's messages in order); others in parallel. */
  keyOf: (payload: Record<string, unknown>) => string;
  /**
   * The identity of what the event carries, when it has one (a message: `message:om_…`): the journal records the event
   * under it, so the same message pushed again under a new event_id is a duplicate. Feishu documents that a push may
   * repeat and that receivers should de-duplicate by message_id, not event_id (see messageDedupKey.ts, the default).
   */
  dedupKeyOf?: (payload: Record<string, unknown>) => string | undefined;
  /**
   * Failures after which the event stays not-done in the journal (nothing was recorded, e.g. the store could not
   * write): processed again after `retryAfterMs` (doubling, at most 30 min) and at the next start, never marked done.
   */
  isTransient?: (error: unknown) => boolean;
  /** First wait before a transient failure is tried again (default 60 s). */
  retryAfterMs?: number;
  /**
   * Events being processed at once, across chats (default DEFAULT_IN_FLIGHT); the rest wait here, already journalled,
   * each chat's in order.
   */
  maxInFlight?: number;
  now: () => Date;
  log: (line: string) => void;
}

export interface Inbox {
  /**
   * Persists a new event and schedules it; a known event id, or a message already accepted under another event id
   * (see dedupKeyOf), is a duplicate and is not scheduled again. Resolves once on disk. `json`, when given, is the
   * payload's JSON text as received, which the journal writes as it is (see Journal.append).
   */
  accept(eventId: string, type: string, payload: Record<string, unknown>, json?: string): Promise<'accepted' | 'duplicate'>;
  /** Records an event that is handled synchronously (card callbacks); false if it was seen before. */
  claim(eventId: string, type: string): Promise<boolean>;
  /** Schedules every event accepted but not finished before the last stop. */
  recover(): number;
  /** Resolves when all scheduled work is done (tests, graceful shutdown). */
  drain(): Promise<void>;
  /** What the journal holds on disk now (tests, the benchmark). */
  stats(): JournalCounts;
  /** Cancels pending retries of transient failures (they stay not-done in the journal for the next start). */
  close(): void;
}

const MAX_RETRY_MS = 30 * 60_000;

/**
 * Enough for 50 events/s whose replies wait up to a second for a send slot (Feishu's 50/s per app), few enough that a
 * burst of thousands does not become thousands of concurrent jobs on the bot thread, each holding its parsed update
 * and a ticket in the send limiter's line, which under saturation cost the acknowledging side more than half its rate
 * (measured: bench/scaleBench.ts, README "Tests and benchmarks").
 */
export const DEFAULT_IN_FLIGHT = 64;

/**
 * Resolves in the event loop's check phase. Work started in a promise continuation would run
 * before the acknowledgement that accepted it (and those of every other request already read)
 * are written; setImmediate lets the poll phase answer them first.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function createInbox(deps: InboxDeps): Inbox {
  const { journal } = deps;
  // Ids whose append is in flight: with journal.has, the duplicate check stays synchronous, before any await.
  const arriving = new Set<string>();
  const chains = new Map<string, Promise<void>>();
  const running = new Set<Promise<void>>();
  const retries = new Map<string, { timer: NodeJS.Timeout; delay: number }>();
  const slots = createWorkSlots(deps.maxInFlight ?? DEFAULT_IN_FLIGHT);
  let closed = false;

  function park(eventId: string, payload: Record<string, unknown>, error: unknown): void {
    const delay = Math.min((retries.get(eventId)?.delay ?? 0) * 2 || (deps.retryAfterMs ?? 60_000), MAX_RETRY_MS);
    deps.log(`event ${eventId} left not done, retrying in ${Math.round(delay / 1000)} s and at the next start: ${String((error as Error)?.message ?? error)}`);
    if (closed) return;
    const timer = setTimeout(() => {
      if (!closed) schedule(eventId, payload);
    }, delay);
    timer.unref();
    retries.set(eventId, { timer, delay });
  }

  function finish(eventId: string, error?: unknown): Promise<void> {
    const at = deps.now().toISOString();
    if (!error) return journal.append({ t: 'done', id: eventId, at });
    return journal.append({ t: 'done', id: eventId, at, error: String((error as Error)?.message ?? error).slice(0, 300) });
  }

  function schedule(eventId: string, payload: Record<string, unknown>, json?: string): void {
    const key = deps.keyOf(payload);
    const previous = chains.get(key) ?? Promise.resolve();
    const job = previous
      // A turn of the event loop first: the acknowledgement waiting on this accept is written before any work starts.
      .then(nextTurn)
      .then(() => slots.take())
      .then(async (release) => {
        traceStep(eventId, 'start');
        try {
          await deps.process(payload, eventId, json);
        } finally {
          // Free once the bot is done with it: recording completion is this side's work.
          release();
        }
      })
      .then(
        () => {
          retries.delete(eventId);
          return finish(eventId);
        },
        (error: unknown) => {
          if (deps.isTransient?.(error)) return park(eventId, payload, error);
          retries.delete(eventId);
          deps.log(`event ${eventId} failed: ${String((error as Error)?.stack ?? error)}`);
          return finish(eventId, error);
        },
      )
      // Still pending on disk, so it is processed again after the next start (the bot tolerates that).
      .catch((error: unknown) => deps.log(`event ${eventId}: could not record completion: ${String(error)}`));
    chains.set(key, job);
    running.add(job);
    void job.finally(() => {
      running.delete(job);
      if (chains.get(key) === job) chains.delete(key);
    });
  }

  async function record(eventId: string, type: string, payload?: Record<string, unknown>, json?: string): Promise<boolean> {
    if (arriving.has(eventId) || journal.has(eventId)) return false;
    arriving.add(eventId);
    const at = deps.now().toISOString();
    try {
      // A card callback is handled in the HTTP response, so it is finished the moment it is recorded.
      await journal.append(payload ? { t: 'accepted', id: eventId, type, at, payload } : { t: 'done', id: eventId, at }, json);
    } finally {
      // On success journal.has now answers for it; on failure it is not accepted and Feishu redelivers.
      arriving.delete(eventId);
    }
    return true;
  }

  return {
    async accept(eventId, type, payload, json) {
      const id = (deps.dedupKeyOf ?? messageDedupKey)(payload) ?? eventId;
      if (!(await record(id, type, payload, json))) return 'duplicate';
      schedule(id, payload, json);
      return 'accepted';
    },
    claim: (eventId, type) => record(eventId, type),
    recover() {
      const pending = journal.pending();
      for (const e of pending) schedule(e.id, e.payload);
      return pending.length;
    },
    async drain() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    stats: () => journal.counts(),
    close() {
      closed = true;
      for (const r of retries.values()) clearTimeout(r.timer);
      retries.clear();
    },
  };
}
