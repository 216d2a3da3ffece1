// Feishu's send limits as the bot keeps them, and which of its sends are first in line when they bind.

/**
 * Who waits for a send. `reply`: a member waiting for an answer to something they just did (a receipt, a card answer,
 * an export; src/outbox/createLimitedSender.ts). `outbox`: what the bot decides to send on its own (reminders,
 * digests, notices; src/outbox/createOutbox.ts), which can wait a little.
 */
export type SendPriority = 'reply' | 'outbox';

/**
 * Which Open API a send leaves by: 'send' 发送消息 (`POST /im/v1/messages`: the outbox, notices, files) or 'reply' 回复消息
 * (`POST /im/v1/messages/:message_id/reply`). Each has its own app windows (perAppPerSecond, perAppPerMinute).
 */
export type MessageApi = 'send' | 'reply';

export interface SendLimits {
  /**
   * Feishu: 50 requests/s for the app, per API. Each of 发送消息 and 回复消息 names its own 接口频率限制 「1000 次/分钟、50
   * 次/秒」, and 频控策略 says 「通常情况下，频控策略等级都是应用于每个 API、每个应用、每个租户的基础上」: two budgets, kept
   * apart (src/outbox/createSendScheduler.ts), so a broadcast's sends do not take replies' room. A 429 pauses and lowers
   * only the API it answered. (Before round 56 both were counted together; the emulator now counts them as Feishu does.)
   */
  perAppPerSecond: number;
  /** Feishu: 1000 requests/min for the app, per API (as perAppPerSecond). */
  perAppPerMinute: number;
  /** Feishu: 5 messages/s to one user or one group (shared by every bot in the group). */
  perReceiverPerSecond: number;
  /**
   * Added to every window, against millisecond rounding and timers firing a little early. At exactly the limit each
   * millisecond here is added to every reply's wait once a second (the backlog grows by round trip + margin a second:
   * `npm run bench limiter`, 5 → 1 ms takes 36 ms off the p99 after 10 s at 50/s). Kept at 5: with 1,
   * test/outbox/announcedLimit.test.ts saw 429s after the app had resumed at a lowered limit (3 runs of 3; why not traced).
   */
  marginMs: number;
  /**
   * Least time between two sends of the app (ms; 0: none). Feishu's windows allow a burst, but a queue released all at
   * once comes back all at once a second later, and a burst lengthens every round trip, which the windows count. 10 ms
   * (half of 1/50 s) lets a backlog drain at twice the average rate, so a moment nobody used is made up soon after;
   * the 20.1 ms this used to be could never catch up. Measured: bench/scaleBench.ts, README "Tests and benchmarks".
   */
  spacingMs: number;
  /**
   * How long an outbox send yields to replies (ms): replies that began waiting up to this long after it go first, later
   * ones after it. A reminder is never starved, however busy the members are: it waits at most this much longer than
   * it would in arrival order.
   */
  outboxYieldMs: number;
  /**
   * Sends of each minute's budget the outbox leaves to replies: it waits while the app's minute window holds
   * `perAppPerMinute - replyReservePerMinute`, so a broadcast of a thousand reminders does not make members wait for
   * the minute to roll.
   */
  replyReservePerMinute: number;
  /**
   * Likewise for each second: the outbox sends at most `perAppPerSecond - replyReservePerSecond` a second, so replies
   * arriving together find room at once instead of waiting for a window the outbox filled; a send that has waited
   * `outboxYieldMs` no longer leaves this room (else replies at the app's limit would starve it).
   */
  replyReservePerSecond: number;
}

/** Source: open.feishu.cn 发送消息 / 回复消息 › 频率限制 and 频控策略 (1000次/分 & 50次/秒, either one triggers 429). */
export const FEISHU_LIMITS: SendLimits = {
  perAppPerSecond: 50,
  perAppPerMinute: 1000,
  perReceiverPerSecond: 5,
  marginMs: 5,
  spacingMs: 10,
  outboxYieldMs: 10_000,
  replyReservePerMinute: 100,
  replyReservePerSecond: 10,
};

/** The log line when Feishu's 429 announced a lower limit than the one kept, which the app keeps from then on. */
export function announcedLimitLine(learned: { window: 'second' | 'minute'; limit: number; api?: MessageApi }): string {
  const per = learned.window === 'second' ? '/s' : '/min';
  const api = learned.api === 'reply' ? ' 回复消息' : learned.api === 'send' ? ' 发送消息' : '';
  return `send limit: Feishu announced ${learned.limit}${per} for this app${api} (x-ogw-ratelimit-limit on a 429); keeping ${learned.limit}${per} until the bot restarts`;
}
