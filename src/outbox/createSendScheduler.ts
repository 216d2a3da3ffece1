// Who sends next under Feishu's limits: replies to waiting members before the outbox, no window ever overshot, nobody starved.
import { type SendWindow, createSendWindow } from './createSendWindow.js';
import type { MessageApi, SendLimits, SendPriority } from './sendLimits.js';

/** One send waiting for its turn. */
export interface SendTicket {
  readonly receiver: string;
  readonly priority: SendPriority;
  /** The Open API it leaves by: its app windows are that API's (频控策略: per API). */
  readonly api: MessageApi;
  /** When it is due (monotonic ms): when it began waiting, plus `outboxYieldMs` for an outbox send. */
  readonly due: number;
  /**
   * A reply in a p2p chat that may leave by 发送消息 instead when 回复消息's app windows have no slot now (see
   * `spillRoom`): the grant then names 'send'. Never set for a group's reply (src/outbox/createLimitedSender.ts).
   */
  readonly spill: boolean;
}

export interface SendScheduler {
  /**
   * Joins the line; `grant` is called once, from dispatch(), when the send may leave (it then counts as in flight in
   * the app windows of the API it names). `api` (default 'send', 发送消息) names the app windows it waits for; the
   * receiver's window is one for both APIs. `spill` (a reply only): it may be granted 'send' instead (SendTicket.spill).
   */
  wait(receiver: string, priority: SendPriority, grant: (api: MessageApi) => void, api?: MessageApi, spill?: boolean): SendTicket;
  /** Leaves the line without sending; false if it was granted already (then the send must be made, or end() called). */
  cancel(ticket: SendTicket): boolean;
  /**
   * Grants every waiting send that may leave now, most due first, skipping one whose receiver is at its own limit.
   * Returns the ms until another may leave (undefined: nobody waits); an end() or pauseApp() can change that.
   */
  dispatch(): number | undefined;
  /** The answer (any answer) to a granted send of `api` (default 'send') came back. */
  end(receiver: string, api?: MessageApi): void;
  /** Feishu said the app is over its limit for `api`: nothing of that API is granted before `ms` from now (no api: both). */
  pauseApp(ms: number, api?: MessageApi): void;
  /**
   * Feishu refused a send with HTTP 429 and announced the limit it applied (`x-ogw-ratelimit-limit`) and the seconds
   * until that window admits one more (`x-ogw-ratelimit-reset`, in ms here). When that limit is lower than the one
   * kept for its window, the window keeps Feishu's from now on (an app on a plan with lower limits; 频控策略: 自建应用根据所属
   * 企业的套餐不同，对应的频控等级有所不同). Which window: a reset over a second can only come from the minute's (a second's
   * window frees a slot within the second); otherwise the second's. Returns the window lowered, if any.
   */
  learnAppLimit(limit: number, resetMs: number | undefined, api?: MessageApi): AppLimit | undefined;
  /** The app's limits for sends (发送消息) as kept now (the configured ones, or lower ones Feishu announced). */
  readonly appLimits: { perSecond: number; perMinute: number };
  /** The same for one API. */
  appLimitsOf(api: MessageApi): { perSecond: number; perMinute: number };
  readonly waiting: number;
}

/** One of the app's two windows and the limit it keeps from now on. */
export interface AppLimit {
  window: 'second' | 'minute';
  limit: number;
  api: MessageApi;
}

interface Ticket extends SendTicket {
  grant: (api: MessageApi) => void;
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
  /** One API's app windows (50/s and 1000/min each: 频控策略 counts per API), its pause, spacing and the room left to replies. */
  interface AppBudget {
    second: SendWindow;
    minute: SendWindow;
    pausedUntil: number;
    nextAt: number;
    // The room left to replies, in proportion when Feishu announced a lower limit (so the outbox never starves).
    reserveSecond: number;
    reserveMinute: number;
  }
  const budget = (): AppBudget => ({
    second: createSendWindow(limits.perAppPerSecond, second),
    minute: createSendWindow(limits.perAppPerMinute, 60_000 + limits.marginMs),
    pausedUntil: -Infinity,
    nextAt: -Infinity,
    reserveSecond: limits.replyReservePerSecond,
    reserveMinute: limits.replyReservePerMinute,
  });
  const apps: Record<MessageApi, AppBudget> = { send: budget(), reply: budget() };
  const receivers = new Map<string, SendWindow>();
  // Sorted by due, earliest first; equal dues keep their arrival order.
  const line: Ticket[] = [];
  let begun = 0;

  function receiver(key: string): SendWindow {
    let w = receivers.get(key);
    if (!w) receivers.set(key, (w = createSendWindow(limits.perReceiverPerSecond, second)));
    return w;
  }

  function begin(t: Ticket, api: MessageApi): void {
    apps[api].second.begin();
    apps[api].minute.begin();
    receiver(t.receiver).begin();
    if (++begun % SWEEP_EVERY === 0) {
      const now = clock();
      for (const [key, w] of receivers) if (w.empty(now)) receivers.delete(key);
    }
  }

  /**
   * Whether a spillable reply may take a 发送消息 slot now: only within the share of that API's windows the outbox leaves
   * to replies (`replyReserve*`: 10 of each second's 50, 100 of each minute's 1,000), so a spilled reply never takes a
   * slot the outbox could use, and the outbox's reminders keep their 40/s and 900/min. Returns the ms until it may
   * (0: now).
   */
  function spillRoom(a: AppBudget, now: number): number {
    if (now < a.pausedUntil) return a.pausedUntil - now;
    return Math.max(
      a.second.wait(now, a.second.limit - a.reserveSecond),
      a.minute.wait(now, a.minute.limit - a.reserveMinute),
      a.nextAt - now,
    );
  }

  return {
    wait(key, priority, grant, api = 'send', spill = false) {
      const due = clock() + (priority === 'outbox' ? limits.outboxYieldMs : 0);
      const t: Ticket = { receiver: key, priority, api, due, grant, spill: spill && priority === 'reply' && api === 'reply' };
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
      let next = Infinity;
      // An API whose app windows (or pause, or spacing) hold its sends now: its later tickets are skipped (a spillable
      // reply then looks at 发送消息's room for replies). replyFull: 回复消息 held by its windows or a pause, not its spacing.
      const held = { send: false, reply: false };
      let replyFull = false;
      // Granted after the loop, so a grant that calls back into the scheduler finds the line consistent.
      const granted: [Ticket, MessageApi][] = [];
      /** A spillable reply at `at` goes by 发送消息 if that API and the chat have room for it now; true if granted. */
      const trySpill = (t: Ticket, now: number, at: number): boolean => {
        const room = Math.max(spillRoom(apps.send, now), receiver(t.receiver).wait(now));
        if (room > 0) {
          next = Math.min(next, room);
          return false;
        }
        line.splice(at, 1);
        begin(t, 'send');
        if (limits.spacingMs > 0) apps.send.nextAt = now + limits.spacingMs;
        granted.push([t, 'send']);
        return true;
      };
      for (let i = 0; i < line.length; ) {
        const t = line[i]!;
        if (held[t.api]) {
          if (t.spill && replyFull && !held.send && trySpill(t, now, i)) continue;
          i += 1;
          continue;
        }
        const a = apps[t.api];
        const windows = now < a.pausedUntil ? a.pausedUntil - now : Math.max(a.second.wait(now), a.minute.wait(now));
        const app = Math.max(windows, a.nextAt - now);
        if (app > 0) {
          next = Math.min(next, app);
          held[t.api] = true;
          if (t.api === 'reply' && windows > 0) replyFull = true;
          if (t.spill && replyFull && !held.send && trySpill(t, now, i)) continue;
          if (held.send && held.reply) break;
          i += 1;
          continue;
        }
        // An outbox send leaves replies their room in each minute, and in each second until it is due (after that it
        // would never go while replies keep the app at its limit).
        const inSecond = t.priority === 'outbox' && now < t.due ? a.second.wait(now, a.reserveSecond) : 0;
        const reserved = t.priority === 'outbox' ? Math.max(inSecond, a.minute.wait(now, a.reserveMinute)) : 0;
        const own = Math.max(receiver(t.receiver).wait(now), reserved);
        if (own > 0) {
          next = Math.min(next, own);
          i += 1;
          continue;
        }
        line.splice(i, 1);
        begin(t, t.api);
        if (limits.spacingMs > 0) a.nextAt = now + limits.spacingMs;
        granted.push([t, t.api]);
      }
      for (const [t, api] of granted) t.grant(api);
      return line.length > 0 ? next : undefined;
    },
    end(key, api = 'send') {
      const now = clock();
      apps[api].second.end(now);
      apps[api].minute.end(now);
      receiver(key).end(now);
    },
    pauseApp(ms, api) {
      const until = clock() + ms;
      for (const which of api ? [api] : (['send', 'reply'] as const)) apps[which].pausedUntil = Math.max(apps[which].pausedUntil, until);
    },
    learnAppLimit(limit, resetMs, api = 'send') {
      if (!Number.isInteger(limit) || limit < 1) return undefined;
      const a = apps[api];
      const [window, w, configured] =
        resetMs !== undefined && resetMs > 1000
          ? (['minute', a.minute, limits.perAppPerMinute] as const)
          : (['second', a.second, limits.perAppPerSecond] as const);
      if (limit >= w.limit) return undefined;
      w.lower(limit);
      const share = (reserve: number) => Math.floor((reserve * limit) / configured);
      if (window === 'second') a.reserveSecond = share(limits.replyReservePerSecond);
      else a.reserveMinute = share(limits.replyReservePerMinute);
      return { window, limit, api };
    },
    get appLimits() {
      return { perSecond: apps.send.second.limit, perMinute: apps.send.minute.limit };
    },
    appLimitsOf: (api) => ({ perSecond: apps[api].second.limit, perMinute: apps[api].minute.limit }),
    get waiting() {
      return line.length;
    },
  };
}
