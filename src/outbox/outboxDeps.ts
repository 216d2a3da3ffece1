// What createOutbox needs and what it reports; defaults suit Feishu's published limits.
import type { FeishuClient } from '../feishu/feishuTypes.js';
import type { Store } from '../store/openStore.js';
import type { SendLimiter, SendLimits } from './createSendLimiter.js';
import type { OutboxFailure } from './failedSince.js';

export interface OutboxDeps {
  store: Store;
  feishu: Pick<FeishuClient, 'send'>;
  /** Business time: notBefore, the times written to the store, the one-hour uuid window. Tests may freeze it. */
  now: () => Date;
  log: (line: string) => void;
  /** Monotonic milliseconds (default performance.now): rate limits and backoffs are measured with it, never with `now`. */
  clock?: () => number;
  /** Default Feishu's: 50/s and 1000/min for the app, 5/s per receiver (FEISHU_LIMITS). Replies sent outside the outbox count too, and go first. */
  limits?: Partial<SendLimits>;
  /** A limiter shared with the bot's replies (src/outbox/createLimitedSender.ts); default: the outbox's own, from `limits`. */
  limiter?: SendLimiter;
  /** Tries per message before a retryable failure is recorded as permanent (default 8). */
  maxAttempts?: number;
  /** Called once per message given up on (after it is recorded `failed`). */
  onPermanentFailure?: (failure: OutboxFailure) => void;
  /** Sends under way at once, across receivers (default 32): one round trip to Feishu takes longer than 1/50 s. */
  concurrency?: number;
  /** Backoff for retries Feishu announced no wait for: base doubling per attempt with jitter, capped (default 1 s, 60 s). */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Minimum time between two state writes (default 100 ms): db.json is rewritten whole each time. */
  flushMs?: number;
  random?: () => number;
}

export interface OutboxStats {
  sent: number;
  failed: number;
  retries: number;
  /** Per-app rate-limit answers (429) received. */
  appLimited: number;
  queued: number;
  scheduled: number;
  storeWrites: number;
}
