// Replies and other immediate sends under the outbox's rules: the same shared limiter (app 50/s and 1000/min per API, 5/s per chat), first in its line, and retry policy.
import type { FeishuClient, OutgoingMessage, Recipient, SendOptions } from '../feishu/feishuTypes.js';
import { withRetry } from '../feishu/withRetry.js';
import { traceStep } from '../trace/messageTrace.js';
import { classifySendFailure } from './classifySendFailure.js';
import type { MessageApi, SendLimiter } from './createSendLimiter.js';
import { announcedLimitLine } from './sendLimits.js';

export interface LimitedSenderDeps {
  feishu: Pick<FeishuClient, 'reply' | 'send'>;
  /** Shared with the outbox (main.ts creates one), so replies and reminders together stay inside Feishu's limits; replies go first. */
  limiter: SendLimiter;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  /** Tries per message, the first included (default 10: enough to ride out several seconds of 429s). */
  attempts?: number;
  /** Backoff when Feishu announced no wait (default 500 ms doubling, at most 15 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

export type LimitedSender = Pick<FeishuClient, 'reply' | 'send'>;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wraps `reply` and `send` so each attempt waits for a slot in the shared limiter, ahead of the outbox's sends (a
 * member is waiting for these: a receipt, a card's answer, an export), per receiver: `opts.receiver`, else
 * the chat or person, else the parent message), and retryable failures — HTTP 429 (honouring `x-ogw-ratelimit-reset`),
 * 230020 (5/s per chat), 5xx, timeouts — are tried again with the same `uuid`, which Feishu de-duplicates for one hour
 * (开发文档 › 消息 › 发送消息 / 回复消息: uuid; 频控策略). A 429 pauses every send of the app by the same API, as in the outbox.
 * Throws the last FeishuError when the attempts run out or the failure is permanent.
 */
export function createLimitedSender(deps: LimitedSenderDeps): LimitedSender {
  const sleep = deps.sleep ?? defaultSleep;
  const retry = {
    attempts: deps.attempts ?? 10,
    baseDelayMs: deps.baseDelayMs ?? 500,
    maxDelayMs: deps.maxDelayMs ?? 15_000,
    random: deps.random,
    sleep,
  };

  function learnFrom(announced: { limit: number; resetMs: number | undefined } | undefined, api: MessageApi): void {
    const learned = announced && deps.limiter.learnAppLimit(announced.limit, announced.resetMs, api);
    if (learned) deps.log(announcedLimitLine(learned));
  }

  // `api`: the Open API the call goes to (回复消息 or 发送消息), whose app windows it counts in.
  async function limited<T>(what: MessageApi, receiver: string, call: () => Promise<T>, traced = ''): Promise<T> {
    if (traced) traceStep(traced, 'handed');
    return withRetry(
      async () => {
        await deps.limiter.acquire(receiver, 'reply', undefined, what);
        if (traced) traceStep(traced, 'slot');
        try {
          return await call();
        } finally {
          deps.limiter.end(receiver, what);
          if (traced) traceStep(traced, 'sent');
        }
      },
      {
        ...retry,
        onRetry: ({ attempt, delayMs, error }) => {
          const f = classifySendFailure(error);
          if (f.retry && f.scope === 'app') {
            deps.limiter.pauseApp(delayMs, what);
            learnFrom(f.announced, what);
          }
          deps.log(`${what} to ${receiver}: attempt ${attempt} failed (${f.error.code}: ${f.error.message}); retrying in ${delayMs} ms`);
        },
      },
    );
  }

  return {
    reply: (messageId: string, msg: OutgoingMessage, opts?: SendOptions) =>
      limited('reply', opts?.receiver ?? messageId, () => deps.feishu.reply(messageId, msg, opts), messageId),
    send: (to: Recipient, msg: OutgoingMessage, opts?: SendOptions) =>
      limited('send', opts?.receiver ?? ('chatId' in to ? to.chatId : to.openId), () => deps.feishu.send(to, msg, opts)),
  };
}
