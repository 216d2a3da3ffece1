// Accept durably, acknowledge fast, work after, tolerate redelivery: between the webhook and the bot, over the event journal.
import type { Journal } from '../store/openJournal.js';
import type { JournalCounts } from '../store/journalState.js';
import { payloadOf, type EventBody } from './eventBody.js';
import { messageDedupKey } from './messageDedupKey.js';
import { traceStep } from '../trace/messageTrace.js';

export interface InboxDeps {
  /** Remembers ids (24 h after processing) and the payloads of unfinished events; see src/store/openJournal.ts. */
  journal: Journal;
  /**
   * Does the work for one event; its own errors are its own business, a throw marks the event failed. The body is the
   * payload's JSON text when the event was accepted with it in this run (see Inbox.accept), else the payload.
   * `replay` is true when the event may have been processed before, in part or whole: recovered from the journal at
   * start (the last run stopped, or was killed, before its done mark) or tried again after a transient failure. Its
   * replies may have reached Feishu already, each by the API it took then; only that API de-duplicates their uuids.
   */
  process: (body: EventBody, eventId: string, replay: boolean) => Promise<void>;
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
   * payload's JSON text as received, which the journal writes as it is (see Journal.append). What is accepted here is
   * processed as new (`replay` false): a delivery seen before, by event id or message id, never reaches processing.
   */
  accept(eventId: string, type: string, payload: Record<string, unknown>, json?: string): Promise<'accepted' | 'duplicate'>;
  /** Records an event that is handled synchronously (card callbacks); false if it was seen before. */
  claim(eventId: string, type: string): Promise<boolean>;
  /** Schedules every event accepted but not finished before the last stop, each as a replay (InboxDeps.process); returns how many. */
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
 * One accepted event on its way through the inbox: what it came with (its text, else its payload) when it starts at once,
 * nothing when it has to wait its turn: the journal holds it on disk and gives its text back when it starts
 * (Journal.payloadText). Under a flood thousands wait, and each text held here was promoted and then marked by the
 * acknowledging thread's garbage collector.
 */
interface Job {
  eventId: string;
  body: EventBody | undefined;
  key: string;
  /** Processed before, perhaps (InboxDeps.process). */
  replay: boolean;
}

/**
 * The inbox over the event journal: accepts (journals) each event once, then works it off in the background, each
 * chat's events in arrival order and at most `maxInFlight` at once, recording each one's completion in the journal.
 */
export function createInbox(deps: InboxDeps): Inbox {
  const { journal } = deps;
  const maxInFlight = deps.maxInFlight ?? DEFAULT_IN_FLIGHT;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new RangeError(`inbox: maxInFlight must be a positive integer, got ${maxInFlight}`);
  // Ids whose append is in flight: with journal.has, the duplicate check stays synchronous, before any await.
  const arriving = new Set<string>();
  // Plain queues drained by one loop, rather than a chain of promises per event: under saturation thousands of events
  // wait here, and each chain (a turn, a slot, the work, its completion) was a dozen promises and closures held per
  // waiting event on the acknowledging thread.
  // Events free to start, in the order they became free; a moving head, since shift() on a long array is linear.
  let ready: Job[] = [];
  let head = 0;
  // Per key with an event in hand (started, or waiting in `ready`): the same key's later events, in arrival order
  // (a moving head too: one busy group chat may hold thousands).
  const behind = new Map<string, { jobs: Job[]; head: number }>();
  let inFlight = 0;
  // Events scheduled and not yet finished (their completion recorded, or parked for a retry), and drain()'s waiters.
  let unfinished = 0;
  let idle: Array<() => void> = [];
  let drainQueued = false;
  const retries = new Map<string, { timer: NodeJS.Timeout; delay: number }>();
  let closed = false;

  function park(eventId: string, body: EventBody, error: unknown): void {
    const delay = Math.min((retries.get(eventId)?.delay ?? 0) * 2 || (deps.retryAfterMs ?? 60_000), MAX_RETRY_MS);
    deps.log(`event ${eventId} left not done, retrying in ${Math.round(delay / 1000)} s and at the next start: ${String((error as Error)?.message ?? error)}`);
    if (closed) return;
    // Tried again as a replay: the failed attempt may have replied before its write failed (or told the member so).
    const timer = setTimeout(() => {
      if (!closed) schedule(eventId, body, true);
    }, delay);
    timer.unref();
    retries.set(eventId, { timer, delay });
  }

  function finish(eventId: string, error?: unknown): Promise<void> {
    const at = deps.now().toISOString();
    if (!error) return journal.append({ t: 'done', id: eventId, at });
    return journal.append({ t: 'done', id: eventId, at, error: String((error as Error)?.message ?? error).slice(0, 300) });
  }

  function schedule(eventId: string, body: EventBody, replay: boolean, payload: Record<string, unknown> = payloadOf(body)): void {
    const key = deps.keyOf(payload);
    unfinished += 1;
    const waiting = behind.get(key);
    if (waiting) {
      waiting.jobs.push({ eventId, body: undefined, key, replay });
      return;
    }
    behind.set(key, { jobs: [], head: 0 });
    // Starts in this turn's check phase unless the in-flight limit holds it back: then it waits without its body too.
    ready.push({ eventId, body: inFlight + ready.length - head < maxInFlight ? body : undefined, key, replay });
    queueDrain();
  }

  // In the event loop's check phase, once per turn: work started in a promise continuation would run before the
  // acknowledgements of the requests read in this turn are written; setImmediate lets the poll phase answer them first.
  function queueDrain(): void {
    if (drainQueued) return;
    drainQueued = true;
    setImmediate(drainReady);
  }

  function drainReady(): void {
    drainQueued = false;
    while (inFlight < maxInFlight && head < ready.length) {
      const job = ready[head]!;
      ready[head] = undefined as never;
      head += 1;
      start(job);
    }
    if (head === ready.length) {
      ready = [];
      head = 0;
    } else if (head > 1024 && head * 2 > ready.length) {
      ready = ready.slice(head);
      head = 0;
    }
  }

  function start(job: Job): void {
    let body = job.body;
    // A job that waited holds nothing: its text is read back from the journal now.
    if (body === undefined) {
      try {
        const json = journal.payloadText(job.eventId);
        if (json === undefined) throw new Error('not pending in the journal');
        body = { json };
      } catch (error) {
        // Nothing marks it done: still pending on disk, it is processed after the next start. The chat goes on.
        deps.log(`event ${job.eventId}: could not read it back from the journal, left not done until the next start: ${String((error as Error)?.message ?? error)}`);
        next(job.key);
        return;
      }
    }
    const started = body;
    inFlight += 1;
    traceStep(job.eventId, 'start');
    let work: Promise<void>;
    try {
      work = deps.process(body, job.eventId, job.replay);
    } catch (error) {
      work = Promise.reject(error);
    }
    work
      .then(
        () => {
          // The slot is free once the bot is done with it: recording completion is this side's work.
          release();
          retries.delete(job.eventId);
          return finish(job.eventId);
        },
        (error: unknown) => {
          release();
          // A retry is rare: it keeps the body it was given, not its place in the journal.
          if (deps.isTransient?.(error)) return park(job.eventId, started, error);
          retries.delete(job.eventId);
          deps.log(`event ${job.eventId} failed: ${String((error as Error)?.stack ?? error)}`);
          return finish(job.eventId, error);
        },
      )
      // Still pending on disk, so it is processed again after the next start (the bot tolerates that).
      .catch((error: unknown) => deps.log(`event ${job.eventId}: could not record completion: ${String(error)}`))
      // The chat's next event starts once this one's completion is on disk (or it is parked), as it always has.
      .then(() => next(job.key));
  }

  function release(): void {
    inFlight -= 1;
    if (head < ready.length) queueDrain();
  }

  function next(key: string): void {
    const waiting = behind.get(key);
    if (waiting && waiting.head < waiting.jobs.length) {
      ready.push(waiting.jobs[waiting.head]!);
      waiting.jobs[waiting.head] = undefined as never;
      waiting.head += 1;
      if (waiting.head === waiting.jobs.length) {
        waiting.jobs = [];
        waiting.head = 0;
      } else if (waiting.head > 1024 && waiting.head * 2 > waiting.jobs.length) {
        waiting.jobs = waiting.jobs.slice(waiting.head);
        waiting.head = 0;
      }
      queueDrain();
    } else {
      behind.delete(key);
    }
    unfinished -= 1;
    if (unfinished === 0 && idle.length > 0) {
      const waiters = idle;
      idle = [];
      for (const resolve of waiters) resolve();
    }
  }

  function record(eventId: string, type: string, payload?: Record<string, unknown>, json?: string): Promise<boolean> {
    if (arriving.has(eventId) || journal.has(eventId)) return Promise.resolve(false);
    arriving.add(eventId);
    const at = deps.now().toISOString();
    // A card callback is handled in the HTTP response, so it is finished the moment it is recorded.
    return journal.append(payload ? { t: 'accepted', id: eventId, type, at, payload } : { t: 'done', id: eventId, at }, json).then(
      () => {
        // journal.has now answers for it.
        arriving.delete(eventId);
        return true;
      },
      (error: unknown) => {
        // Not accepted: Feishu redelivers.
        arriving.delete(eventId);
        throw error;
      },
    );
  }

  return {
    accept(eventId, type, payload, json) {
      const id = (deps.dedupKeyOf ?? messageDedupKey)(payload) ?? eventId;
      return record(id, type, payload, json).then((fresh) => {
        if (!fresh) return 'duplicate';
        // The parsed payload goes with this turn's garbage; the job keeps the text when there is one.
        schedule(id, json === undefined ? { payload } : { json }, false, payload);
        return 'accepted';
      });
    },
    claim: (eventId, type) => record(eventId, type),
    recover() {
      const pending = journal.pending();
      // Each may have been answered before the last run stopped: a replay (see InboxDeps.process).
      for (const e of pending) schedule(e.id, { payload: e.payload }, true);
      return pending.length;
    },
    drain() {
      if (unfinished === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    stats: () => journal.counts(),
    close() {
      closed = true;
      for (const r of retries.values()) clearTimeout(r.timer);
      retries.clear();
    },
  };
}
