// Timestamps of one message's way through the bot (processing started, on the bot thread, reply handed over, send slot, sent), for the benchmarks.
import { channel } from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';

/**
 * One step of a message: `id` is the Feishu message id (`om_…`), `at` is
 * performance.timeOrigin-relative ms (performance.now()). Steps, in order:
 * `start` the inbox began processing it (after any earlier message of the same chat),
 * `received` the bot thread took it from the acknowledging thread (its own clock: performance.now() of that thread),
 * `handed` the bot handed its reply to the limited sender, `slot` the limiter let it go,
 * `sent` Feishu (or the emulator) answered.
 */
export interface TraceStep {
  id: string;
  step: 'start' | 'received' | 'handed' | 'slot' | 'sent';
  at: number;
}

/**
 * node:diagnostics_channel, so the bot pays one `hasSubscribers` check per step when
 * nobody listens (production) and the benchmark subscribes without any hook in main.ts.
 */
export const messageTrace = channel('qingfeng:message');

/** Publishes a step when someone listens; ids that are not message ids (`message:om_…` from the inbox) are normalised. */
export function traceStep(id: string, step: TraceStep['step']): void {
  if (!messageTrace.hasSubscribers) return;
  const bare = id.startsWith('message:') ? id.slice('message:'.length) : id;
  messageTrace.publish({ id: bare, step, at: performance.now() } satisfies TraceStep);
}
