// Feishu's send limits on our side of the wire, shared by replies and the outbox: a send waits for its turn, replies first.
import { performance } from 'node:perf_hooks';
import { createSendScheduler } from './createSendScheduler.js';
import type { AppLimit } from './createSendScheduler.js';
import type { SendLimits, SendPriority } from './sendLimits.js';

export { FEISHU_LIMITS, type SendLimits, type SendPriority } from './sendLimits.js';

export interface SendLimiter {
  /**
   * Waits until one send to `receiver` may leave under every limit, then counts it as leaving: the caller sends at
   * once and calls end() on its answer. Resolves false, counting nothing, if `signal` aborts first (the outbox stops).
   */
  acquire(receiver: string, priority: SendPriority, signal?: AbortSignal): Promise<boolean>;
  /** The answer (any answer) to an acquired send came back. */
  end(receiver: string): void;
  /** Feishu said the app is over its limit: nothing leaves before `ms` from now. */
  pauseApp(ms: number): void;
  /** Feishu's 429 announced a lower limit than the one kept: keep Feishu's (see SendScheduler.learnAppLimit). */
  learnAppLimit(limit: number, resetMs: number | undefined): AppLimit | undefined;
}

/**
 * One per app (main.ts): replies and the outbox draw on the same budget, as Feishu counts them. The order is the
 * scheduler's (src/outbox/createSendScheduler.ts); this wakes it with one timer when a window opens. `clock` is
 * monotonic ms (default performance.now), the timer real time.
 */
export function createSendLimiter(limits: SendLimits, clock: () => number = () => performance.now()): SendLimiter {
  const scheduler = createSendScheduler(limits, clock);
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;

  function pump(): void {
    const next = scheduler.dispatch();
    if (next === undefined) {
      clearTimeout(timer);
      timer = undefined;
      timerAt = Infinity;
      return;
    }
    const at = clock() + next;
    if (timer !== undefined && timerAt <= at) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      timerAt = Infinity;
      pump();
    }, Math.max(1, Math.ceil(next)));
  }

  return {
    acquire(receiver, priority, signal) {
      if (signal?.aborted) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        const onAbort = (): void => {
          if (!scheduler.cancel(ticket)) return;
          resolve(false);
          pump();
        };
        const ticket = scheduler.wait(receiver, priority, () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(true);
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        pump();
      });
    },
    end(receiver) {
      scheduler.end(receiver);
      pump();
    },
    pauseApp(ms) {
      scheduler.pauseApp(ms);
      pump();
    },
    learnAppLimit(limit, resetMs) {
      const learned = scheduler.learnAppLimit(limit, resetMs);
      pump();
      return learned;
    },
  };
}
