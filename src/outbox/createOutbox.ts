// The durable outbox: each decided send is on disk before it is sent, drained under Feishu's limits, delivered once across crashes.
import { performance } from 'node:perf_hooks';
import { retryDelayMs } from '../feishu/withRetry.js';
import type { OutboxItem } from '../store/dbSchema.js';
import { type SendFailure, type StoredError, classifySendFailure } from './classifySendFailure.js';
import { createOutboxJournal } from './createOutboxJournal.js';
import { type PendingItem, createReceiverQueues } from './createReceiverQueues.js';
import { FEISHU_LIMITS, createSendLimiter } from './createSendLimiter.js';
import { loadPending, toPending } from './loadPending.js';
import { newOutboxItem } from './newOutboxItem.js';
import type { OutboxDeps, OutboxStats } from './outboxDeps.js';
import type { Outbox, OutboxRequest } from './outboxTypes.js';
import { announcedLimitLine } from './sendLimits.js';

export type { OutboxDeps, OutboxStats } from './outboxDeps.js';

const UUID_WINDOW_MS = 3600_000;
// Feishu de-duplicates a uuid for one hour. After that a resend of an item that Feishu may already have delivered could
// arrive twice, so such an item is recorded as failed (OUTBOX_IN_DOUBT) for the inspectors' digest instead: at most once.
const IN_DOUBT_LIMIT_MS = UUID_WINDOW_MS - 5 * 60_000;
// How often items waiting for a business time are looked at: the business clock may be moved by a test, not only tick.
const POLL_MS = 1000;

export function createOutbox(deps: OutboxDeps): Outbox & { stats(): OutboxStats } {
  const clock = deps.clock ?? (() => performance.now());
  const limiter = deps.limiter ?? createSendLimiter({ ...FEISHU_LIMITS, ...deps.limits }, clock);
  const journal = createOutboxJournal({ store: deps.store, clock, flushMs: deps.flushMs });
  const queues = createReceiverQueues();
  const maxAttempts = deps.maxAttempts ?? 8;
  const concurrency = deps.concurrency ?? 32;
  const timing = { baseDelayMs: deps.backoff?.baseMs ?? 1000, maxDelayMs: deps.backoff?.maxMs ?? 60_000, random: deps.random ?? Math.random };
  const known = new Set(deps.store.read((db) => db.outbox.map((i) => i.key)));
  const running = new Set<Promise<void>>();
  const idleWaiters: (() => void)[] = [];
  const stats = { sent: 0, failed: 0, retries: 0, appLimited: 0 };
  let state: 'new' | 'running' | 'stopping' | 'stopped' = 'new';
  let timer: NodeJS.Timeout | undefined;
  let nextScheduled: number | undefined;
  // Aborted by stop(): sends still waiting for a slot give it up and stay queued for the next start.
  const stopping = new AbortController();
  const nowMs = (): number => deps.now().getTime();
  const iso = (): string => deps.now().toISOString();

  function place(item: PendingItem, at: number | undefined): void {
    if (at !== undefined && at > nowMs()) queues.schedule(item, at);
    else queues.add(item);
  }
  const recovered = loadPending(deps.store);
  for (const { item, at } of recovered) place(item, at);

  function persistSoon(): void {
    journal.save().catch((error: unknown) => deps.log(`outbox: could not save its state: ${String(error)}`));
  }

  function fail(item: PendingItem, error: StoredError): void {
    const failedAt = iso();
    journal.patch(item.key, { status: 'failed', failedAt, error, attempts: item.attempts, retryAt: undefined });
    queues.done(item);
    stats.failed += 1;
    persistSoon();
    deps.log(`outbox: gave up on ${item.key}: ${error.message}${error.hint ? ` — ${error.hint}` : ''}`);
    try {
      deps.onPermanentFailure?.({ key: item.key, to: item.to, failedAt, attempts: item.attempts, error });
    } catch (e) {
      deps.log(`outbox: onPermanentFailure threw: ${String(e)}`);
    }
  }

  const inDoubtTooLong = (item: PendingItem): boolean =>
    item.inDoubtSince !== undefined && nowMs() - Date.parse(item.inDoubtSince) > IN_DOUBT_LIMIT_MS;

  function settleFailure(item: PendingItem, f: SendFailure, attemptAt: string): void {
    if (!f.retry) return fail(item, f.error);
    if (f.inDoubt) item.inDoubtSince ??= attemptAt;
    if (item.attempts >= maxAttempts) return fail(item, { ...f.error, message: `${f.error.message} (gave up after ${item.attempts} attempts)` });
    const delay = retryDelayMs(item.attempts, f.cause, timing);
    if (f.scope === 'app') {
      limiter.pauseApp(delay, 'send');
      const learned = f.announced && limiter.learnAppLimit(f.announced.limit, f.announced.resetMs, 'send');
      if (learned) deps.log(announcedLimitLine(learned));
      stats.appLimited += 1;
    }
    stats.retries += 1;
    const retryAt = new Date(nowMs() + delay).toISOString();
    journal.patch(item.key, { status: 'queued', retryAt, error: f.error, ...(item.inDoubtSince ? { inDoubtSince: item.inDoubtSince } : {}) });
    deps.log(`outbox: ${item.key} attempt ${item.attempts} failed (${f.error.code}: ${f.error.message}); retrying in ${delay} ms`);
    queues.retry(item, clock() + delay);
  }

  async function attempt(item: PendingItem): Promise<void> {
    const attemptAt = iso();
    // On disk before the request leaves: a crash from here on leaves the item `sending`, resent with the same uuid.
    // inDoubtSince is carried over, so a second crash still measures Feishu's hour from the first uncertain attempt.
    journal.patch(item.key, { status: 'sending', attempts: item.attempts + 1, attemptAt, ...(item.inDoubtSince ? { inDoubtSince: item.inDoubtSince } : {}) });
    try {
      await journal.save();
    } catch (error) {
      deps.log(`outbox: could not record the attempt for ${item.key}, not sending it yet: ${String(error)}`);
      journal.patch(item.key, { status: 'queued', attempts: item.attempts });
      return queues.retry(item, clock() + timing.baseDelayMs);
    }
    if (state !== 'running' || !(await limiter.acquire(item.receiver, 'outbox', stopping.signal, 'send'))) {
      journal.patch(item.key, { status: 'queued', attempts: item.attempts });
      return queues.retry(item);
    }
    item.attempts += 1;
    try {
      const { messageId } = await deps.feishu.send(item.to, item.message, { uuid: item.uuid }).finally(() => limiter.end(item.receiver, 'send'));
      // The body goes once delivered: the key (and uuid) is what must be remembered, and the db stays small.
      journal.patch(item.key, { status: 'sent', messageId, sentAt: iso(), message: undefined, retryAt: undefined, error: undefined, inDoubtSince: undefined });
      stats.sent += 1;
      queues.done(item);
    } catch (error) {
      settleFailure(item, classifySendFailure(error), attemptAt);
    }
  }

  function arm(wake: number | undefined): void {
    clearTimeout(timer);
    timer = undefined;
    const waits: number[] = [];
    if (wake !== undefined) waits.push(wake - clock());
    if (nextScheduled !== undefined) waits.push(Math.min(nextScheduled - nowMs(), POLL_MS));
    if (waits.length > 0) timer = setTimeout(pump, Math.max(1, Math.min(...waits)));
  }

  function pump(): void {
    if (state !== 'running') return;
    nextScheduled = queues.releaseDue(nowMs());
    const wake = queues.wake(clock());
    while (running.size < concurrency) {
      const item = queues.take();
      if (!item) break;
      if (inDoubtTooLong(item)) {
        fail(item, {
          code: 'OUTBOX_IN_DOUBT',
          message: `an attempt's outcome is unknown (crash or timeout) and Feishu's one-hour uuid window has passed`,
          hint: 'Feishu may or may not have delivered it; ask the recipient before sending it again by hand.',
        });
        continue;
      }
      const job = attempt(item)
        .catch((error: unknown) => deps.log(`outbox: unexpected error sending ${item.key}: ${String(error)}`))
        .finally(() => {
          running.delete(job);
          persistSoon();
          pump();
        });
      running.add(job);
    }
    arm(wake);
    settle();
  }

  function settle(): void {
    const quiet = running.size === 0 && queues.queued === 0 && (nextScheduled ?? Infinity) > nowMs();
    if (idleWaiters.length === 0 || (!quiet && state === 'running')) return;
    const waiters = idleWaiters.splice(0);
    void journal.save().catch(() => undefined).finally(() => waiters.forEach((w) => w()));
  }

  return {
    async enqueue(requests: OutboxRequest[]) {
      const createdAt = iso();
      const fresh = new Map<string, OutboxItem>();
      for (const r of requests) if (!known.has(r.key) && !fresh.has(r.key)) fresh.set(r.key, newOutboxItem(r, createdAt));
      const items = [...fresh.values()];
      // Known before the first await, so a concurrent enqueue of the same key is skipped.
      for (const i of items) known.add(i.key);
      try {
        if (items.length > 0) await journal.append(items);
      } catch (error) {
        for (const i of items) known.delete(i.key);
        throw error;
      }
      for (const i of items) place(toPending(i), i.notBefore ? Date.parse(i.notBefore) : undefined);
      pump();
      return { queued: items.length, skipped: requests.length - items.length };
    },
    start() {
      if (state !== 'new') return;
      state = 'running';
      if (recovered.length > 0) deps.log(`outbox: resuming ${recovered.length} message(s) not delivered before the last stop`);
      pump();
    },
    async stop() {
      if (state === 'stopping' || state === 'stopped') return;
      state = 'stopping';
      clearTimeout(timer);
      stopping.abort();
      while (running.size > 0) await Promise.allSettled([...running]);
      await journal.save();
      state = 'stopped';
      settle();
    },
    // Before start() nothing drains, so it resolves at once rather than wait forever.
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        if (state === 'running') pump();
        else settle();
      });
    },
    stats: () => ({ ...stats, queued: queues.queued, scheduled: queues.scheduled, storeWrites: journal.writes }),
  };
}
