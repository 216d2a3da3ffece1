// Feishu's send limits on our side of the wire, shared by replies and the outbox: a send waits for its turn, replies first.
import { performance } from 'node:perf_hooks';
import { createSendScheduler } from './createSendScheduler.js';
import type { AppLimit } from './createSendScheduler.js';
import type { MessageApi, SendLimits, SendPriority } from './sendLimits.js';

export { FEISHU_LIMITS, type MessageApi, type SendLimits, type SendPriority } from './sendLimits.js';

export interface SendLimiter {
  /**
   * Waits until one send to `receiver` may leave under every limit, then counts it as leaving: the caller sends at
   * once and calls end() on its answer. Resolves false, counting nothing, if `signal` aborts first (the outbox stops).
   * `api` (default 'send', 发送消息; 'reply' 回复消息) names the app windows it counts in.
   */
  acquire(receiver: string, priority: SendPriority, signal?: AbortSignal, api?: MessageApi): Promise<boolean>;
  /**
   * A p2p chat's reply: waits for a 回复消息 slot, or takes a 发送消息 one when 回复消息's app windows have none now and
   * 发送消息 has room within replies' share (SendScheduler's spill). Resolves to the API it counts in: the caller sends by
   * that API at once and calls end() with it.
   */
  acquireSpilling(receiver: string): Promise<MessageApi>;
  /** The answer (any answer) to an acquired send of `api` (default 'send') came back. */
  end(receiver: string, api?: MessageApi): void;
  /** Feishu said the app is over its limit for `api`: nothing of that API leaves before `ms` from now (no api: both). */
  pauseApp(ms: number, api?: MessageApi): void;
  /** Feishu's 429 on `api` announced a lower limit than the one kept: keep Feishu's (see SendScheduler.learnAppLimit). */
  learnAppLimit(limit: number, resetMs: number | undefined, api?: MessageApi): AppLimit | undefined;
}

/**
 * One per app (main.ts): replies and the outbox draw on the app's budgets as Feishu counts them, per API. The order is the
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

  // The sends waiting on each signal, with one 'abort' listener per signal: the outbox passes its one stop signal
  // to every send it has in flight (up to its concurrency, 32), and a listener per waiting send made Node warn of a
  // leak (MaxListenersExceededWarning, 11 abort listeners on one AbortSignal) in every burst of over ten sends.
  const waitingOn = new Map<AbortSignal, { waiters: Set<() => void>; onAbort: () => void }>();

  /** Adds `giveUp` to the sends waiting on `signal`; returns how to take it off again (on grant). */
  function waitOn(signal: AbortSignal, giveUp: () => void): () => void {
    let entry = waitingOn.get(signal);
    if (!entry) {
      const waiters = new Set<() => void>();
      const onAbort = (): void => {
        waitingOn.delete(signal);
        for (const w of waiters) w();
      };
      entry = { waiters, onAbort };
      waitingOn.set(signal, entry);
      signal.addEventListener('abort', onAbort, { once: true });
    }
    const mine = entry;
    mine.waiters.add(giveUp);
    // Granted: the send no longer waits on the signal; the last one takes the signal's listener with it.
    return () => {
      mine.waiters.delete(giveUp);
      if (mine.waiters.size > 0 || waitingOn.get(signal) !== mine) return;
      waitingOn.delete(signal);
      signal.removeEventListener('abort', mine.onAbort);
    };
  }

  return {
    acquire(receiver, priority, signal, api) {
      if (signal?.aborted) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        let leave: (() => void) | undefined;
        const ticket = scheduler.wait(
          receiver,
          priority,
          () => {
            leave?.();
            resolve(true);
          },
          api,
        );
        if (signal) {
          leave = waitOn(signal, () => {
            if (!scheduler.cancel(ticket)) return;
            resolve(false);
            pump();
          });
        }
        pump();
      });
    },
    acquireSpilling(receiver) {
      return new Promise<MessageApi>((resolve) => {
        scheduler.wait(receiver, 'reply', resolve, 'reply', true);
        pump();
      });
    },
    end(receiver, api) {
      scheduler.end(receiver, api);
      pump();
    },
    pauseApp(ms, api) {
      scheduler.pauseApp(ms, api);
      pump();
    },
    learnAppLimit(limit, resetMs, api) {
      const learned = scheduler.learnAppLimit(limit, resetMs, api);
      pump();
      return learned;
    },
  };
}
