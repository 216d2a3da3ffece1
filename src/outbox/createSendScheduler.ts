// Who sends next under Feishu's limits: replies to waiting members before the outbox, no window ever overshot, nobody starved.
import { type SendWindow, createSendWindow } from './createSendWindow.js';
import type { SendLimits, SendPriority } from './sendLimits.js';

/** One send waiting for its turn. */
export interface SendTicket {
  readonly receiver: string;
  readonly priority: SendPriority;
  /** When it is due (monotonic ms): when it began waiting, plus `outboxYieldMs` for an outbox send. */
  readonly due: number;
}

export interface SendScheduler {
  /** Joins the line; `grant` is called once, from dispatch(), when the send may leave (it then counts as in flight). */
  wait(receiver: string, priority: SendPriority, grant: () => void): SendTicket;
  /** Leaves the line without sending; false if it was granted already (then the send must be made, or end() called). */
  cancel(ticket: SendTicket): boolean;
  /**
   * Grants every waiting send that may leave now, most due first, skipping one whose receiver is at its own limit.
   * Returns the ms until another may leave (undefined: nobody waits); an end() or pauseApp() can change that.
   */
  dispatch(): number | undefined;
  /** The answer (any answer) to a granted send came back. */
  end(receiver: string): void;
  /** Feishu said the app is over its limit: nothing is granted before `ms` from now. */
  pauseApp(ms: number): void;
  /**
   * Feishu refused a send with HTTP 429 and announced the limit it applied (`x-ogw-ratelimit-limit`) and the seconds
   * until that window admits one more (`x-ogw-ratelimit-reset`, in ms here). When that limit is lower than the one
   * kept for its window, the window keeps Feishu's from now on (an app on a plan with lower limits; 频控策略: 自建应用根据所属
   * 企业的套餐不同，对应的频控等级有所不同). Which window: a reset over a second can only come from the minute's (a second's
   * window frees a slot within the second); otherwise the second's. Returns the window lowered, if any.
   */
  learnAppLimit(limit: number, resetMs: number | undefined): AppLimit | undefined;
  /** The app's limits as kept now (the configured ones, or lower ones Feishu announced). */
  readonly appLimits: { perSecond: number; perMinute: number };
  readonly waiting: number;
}

/** One of the app's two windows and the limit it keeps from now on. */
export interface AppLimit {
  window: 'second' | 'minute';
  limit: number;
}

interface Ticket extends SendTicket {
  grant: () => void;
}

const SWEEP_EVERY = 1000;

/**
 * Counts every send of the app in one-second and one-minute windows, and each receiver's in a one-second window
 * (src/outbox/createSendWindow.ts). Feishu's limits are per window, so a queue that built up while nothing could leave
 * drains at the window's pace; the only spacing is `limits.spacingMs` between two grants (sendLimits.ts says why).
 * `clock` is monotonic ms.
 */
export function createSendScheduler(limits: SendLimits, clock: () => number): SendScheduler {
  const second = 1000 + limits.marginMs;
  const appSecond = createSendWindow(limits.perAppPerSecond, second);
  const appMinute = createSendWindow(limits.perAppPerMinute, 60_000 + limits.marginMs);
  const receivers = new Map<string, SendWindow>();
  // Sorted by due, earliest first; equal dues keep their arrival order.
  const line: Ticket[] = [];
  let pausedUntil = -Infinity;
  let nextAt = -Infinity;
  let begun = 0;
  // The room left to replies, in proportion when Feishu announced a lower limit (so the outbox never starves).
  let reserveSecond = limits.replyReservePerSecond;
  let reserveMinute = limits.replyReservePerMinute;

  function receiver(key: string): SendWindow {
    let w = receivers.get(key);
    if (!w) receivers.set(key, (w = createSendWindow(limits.perReceiverPerSecond, second)));
    return w;
  }

  function begin(t: Ticket): void {
    appSecond.begin();
    appMinute.begin();
    receiver(t.receiver).begin();
    if (++begun % SWEEP_EVERY === 0) {
      const now = clock();
      for (const [key, w] of receivers) if (w.empty(now)) receivers.delete(key);
    }
  }

  return {
    wait(key, priority, grant) {
      const due = clock() + (priority === 'outbox' ? limits.outboxYieldMs : 0);
      const t: Ticket = { receiver: key, priority, due, grant };
      let at = line.length;
      while (at > 0 && line[at - 1]!.due > due) at -= 1;
      line.splice(at, 0, t);
      return t;
    },
    cancel(ticket) {
      const at = line.indexOf(ticket as Ticket);
      if (at < 0) return false;
      line.splice(at, 1);
      return true;
    },
    dispatch() {
      if (line.length === 0) return undefined;
      const now = clock();
      if (now < pausedUntil) return pausedUntil - now;
      let next = Infinity;
      // Granted after the loop, so a grant that calls back into the scheduler finds the line consistent.
      const granted: Ticket[] = [];
      for (let i = 0; i < line.length; ) {
        const app = Math.max(appSecond.wait(now), appMinute.wait(now), nextAt - now);
        if (app > 0) {
          next = Math.min(next, app);
          break;
        }
        const t = line[i]!;
        // An outbox send leaves replies their room in each minute, and in each second until it is due (after that it
        // would never go while replies keep the app at its limit).
        const inSecond = t.priority === 'outbox' && now < t.due ? appSecond.wait(now, reserveSecond) : 0;
        const reserved = t.priority === 'outbox' ? Math.max(inSecond, appMinute.wait(now, reserveMinute)) : 0;
        const own = Math.max(receiver(t.receiver).wait(now), reserved);
        if (own > 0) {
          next = Math.min(next, own);
          i += 1;
          continue;
        }
        line.splice(i, 1);
        begin(t);
        if (limits.spacingMs > 0) nextAt = now + limits.spacingMs;
        granted.push(t);
      }
      for (const t of granted) t.grant();
      return line.length > 0 ? next : undefined;
    },
    end(key) {
      const now = clock();
      appSecond.end(now);
      appMinute.end(now);
      receiver(key).end(now);
    },
    pauseApp(ms) {
      pausedUntil = Math.max(pausedUntil, clock() + ms);
    },
    learnAppLimit(limit, resetMs) {
      if (!Number.isInteger(limit) || limit < 1) return undefined;
      const [window, w, configured] =
        resetMs !== undefined && resetMs > 1000
          ? (['minute', appMinute, limits.perAppPerMinute] as const)
          : (['second', appSecond, limits.perAppPerSecond] as const);
      if (limit >= w.limit) return undefined;
      w.lower(limit);
      const share = (reserve: number) => Math.floor((reserve * limit) / configured);
      if (window === 'second') reserveSecond = share(limits.replyReservePerSecond);
      else reserveMinute = share(limits.replyReservePerMinute);
      return { window, limit };
    },
    get appLimits() {
      return { perSecond: appSecond.limit, perMinute: appMinute.limit };
    },
    get waiting() {
      return line.length;
    },
  };
}
