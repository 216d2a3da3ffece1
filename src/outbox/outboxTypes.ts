// The contract of the outbox: every message the bot decides to send on its own (reminders, warnings, digests) goes through it.
import type { OutgoingMessage, Recipient } from '../feishu/feishuTypes.js';

export interface OutboxRequest {
  /**
   * Idempotency key: kind, rule (duty or holiday), period, recipient, level — e.g.
   * `festival|2026-春节|2026|ou_xxx|` or `overdue|talk-leader-heads|2026H1|ou_xxx|yellow`.
   * A key is sent at most once, ever: enqueueing it again is a no-op.
   */
  key: string;
  to: Recipient;
  message: OutgoingMessage;
  /** Earliest send time (default: now). */
  notBefore?: Date;
}

export interface EnqueueResult {
  queued: number;
  /** Keys already known (queued, sent or failed before). */
  skipped: number;
}

export interface Outbox {
  /** Records every request durably (before any send) and wakes the sender. */
  enqueue(requests: OutboxRequest[]): Promise<EnqueueResult>;
  /** Starts draining (also what was queued before a restart). */
  start(): void;
  /** Stops taking new sends after the ones in flight, and resolves when they are done. */
  stop(): Promise<void>;
  /** Resolves when nothing is pending that is due now (tests, benchmarks). */
  idle(): Promise<void>;
}
