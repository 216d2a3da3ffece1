// Feishu's send limits on our side of the wire: sends spaced evenly, and per-second and per-minute windows that never overshoot.
import { type SendWindow, createSendWindow } from './createSendWindow.js';

export interface SendLimits {
  /** Feishu: 50 requests/s for the app. */
  perAppPerSecond: number;
  /** Feishu: 1000 requests/min for the app. */
  perAppPerMinute: number;
  /** Feishu: 5 messages/s to one user or one group (shared by every bot in the group). */
  perReceiverPerSecond: number;
  /** Added to every window and spacing, against millisecond rounding and timers firing a little early. */
  marginMs: number;
}

export const FEISHU_LIMITS: SendLimits = { perAppPerSecond: 50, perAppPerMinute: 1000, perReceiverPerSecond: 5, marginMs: 5 };

export interface SendLimiter {
  /** Books the next evenly spaced moment for a send to `receiver`; returns how long to wait for it (ms). */
  reserve(receiver: string): number;
  /** How long until every window allows one more send to `receiver` (0: now). */
  windowWait(receiver: string): number;
  /** A send leaves now: call right after windowWait() returned 0, with no await in between. */
  begin(receiver: string): void;
  /** Its answer (any answer) came back. */
  end(receiver: string): void;
  /** Feishu said the app is over its limit: nothing is booked before `ms` from now. */
  pauseApp(ms: number): void;
  /** True if the app was paused at or after `bookedAt` (a booking made before a 429 is made again). */
  pausedSince(bookedAt: number): boolean;
}

interface ReceiverState {
  next: number;
  window: SendWindow;
}

const SWEEP_EVERY = 1000;

export function createSendLimiter(limits: SendLimits, clock: () => number): SendLimiter {
  const second = 1000 + limits.marginMs;
  // Even spacing keeps Feishu from seeing bursts; the windows are what guarantee the limits.
  const appGap = second / limits.perAppPerSecond;
  const receiverGap = second / limits.perReceiverPerSecond;
  const appSecond = createSendWindow(limits.perAppPerSecond, second);
  const appMinute = createSendWindow(limits.perAppPerMinute, 60_000 + limits.marginMs);
  const receivers = new Map<string, ReceiverState>();
  let appNext = -Infinity;
  let pausedUntil = -Infinity;
  let pausedAt = -Infinity;
  let bookings = 0;

  function receiver(key: string): ReceiverState {
    let r = receivers.get(key);
    if (!r) {
      r = { next: -Infinity, window: createSendWindow(limits.perReceiverPerSecond, second) };
      receivers.set(key, r);
    }
    return r;
  }

  function sweep(now: number): void {
    for (const [key, r] of receivers) if (r.next <= now && r.window.empty(now)) receivers.delete(key);
  }

  return {
    reserve(key) {
      const now = clock();
      const r = receiver(key);
      const at = Math.max(now, appNext, pausedUntil, r.next);
      appNext = at + appGap;
      r.next = at + receiverGap;
      if (++bookings % SWEEP_EVERY === 0) sweep(now);
      return at - now;
    },
    windowWait(key) {
      const now = clock();
      return Math.max(appSecond.wait(now), appMinute.wait(now), receiver(key).window.wait(now));
    },
    begin(key) {
      appSecond.begin();
      appMinute.begin();
      receiver(key).window.begin();
    },
    end(key) {
      const now = clock();
      appSecond.end(now);
      appMinute.end(now);
      receiver(key).window.end(now);
    },
    pauseApp(ms) {
      const now = clock();
      pausedUntil = Math.max(pausedUntil, now + ms);
      pausedAt = now;
    },
    pausedSince: (bookedAt) => pausedAt >= bookedAt,
  };
}
