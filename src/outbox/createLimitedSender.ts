// Replies and other immediate sends under the outbox's rules: the same shared limiter (app 50/s and 1000/min per API, 5/s per chat), first in its line, and retry policy.
import type { FeishuClient, OutgoingMessage, Recipient, SendOptions } from '../feishu/feishuTypes.js';
import { withRetry } from '../feishu/withRetry.js';
import { traceStep } from '../trace/messageTrace.js';
import { classifySendFailure } from './classifySendFailure.js';
import type { MessageApi, SendLimiter } from './createSendLimiter.js';
import type { SpillJournal } from './createSpillJournal.js';
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
  /**
   * The spilled replies' uuids on disk (DATA_DIR/replies-spilled.jsonl, composeBot.ts): a reply processed again after a
   * crash goes by the API it went by, as Feishu de-duplicates a uuid per API. Read for every reply with `opts.spillTo`,
   * even with `spill` off (spills of a run before REPLY_SPILL=0). Without it (tests of the windows alone) a spill is
   * remembered only for the retries of one call.
   */
  spilled?: SpillJournal;
  /**
   * Whether a p2p reply (`opts.spillTo`) may newly spill at all (env REPLY_SPILL, on unless 0; absent here: false, every
   * reply by 回复消息). A replay's reply (`opts.replay`) never newly spills either way.
   */
  spill?: boolean;
}

export type LimitedSender = Pick<FeishuClient, 'reply' | 'send'>;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wraps `reply` and `send` so each attempt waits for a slot in the shared limiter, ahead of the outbox's sends (a
 * member is waiting for these: a receipt, a card's answer, an export), per receiver: `opts.receiver`, else
 * the chat or person, else the parent message), and retryable failures — HTTP 429 (honouring `x-ogw-ratelimit-reset`),
 * 230020 (5/s per chat), 5xx, timeouts — are tried again with the same `uuid`, which Feishu de-duplicates for one hour
 * (开发文档 › 消息 › 发送消息 / 回复消息: uuid; 频控策略). A 429 pauses every send of the app by the same API, as in the outbox.
 * A reply in a p2p chat (`opts.spillTo`) goes as a 发送消息 to that chat when 回复消息's app windows are full and
 * 发送消息 has room within replies' share: at exactly 50 replies a second 回复消息's window, which counts each reply
 * until a second after its answer, carries ~49 and falls behind by a round trip each second (README, issue 14 r65).
 * A replayed message's reply (`opts.replay`) never newly spills: by 发送消息 only if the spill journal says it went so.
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

  /**
   * `api`: the Open API the call goes to (回复消息 or 发送消息), whose app windows it counts in. `spill` (a p2p reply):
   * the first attempt may be granted 发送消息 instead (SendLimiter.acquireSpilling) and `call` is then made with 'send';
   * every later attempt keeps the API of the first, as Feishu de-duplicates a uuid per API (发送消息 and 回复消息 each
   * say 「持有相同 uuid 的请求 1 小时内至多成功…一条消息」 of their own calls): a retry by the other API could deliver twice.
   * `first`: the API every attempt must take, when the choice was made before this call (a replay, see `reply`).
   */
  async function limited<T>(
    api: MessageApi,
    receiver: string,
    call: (api: MessageApi) => Promise<T>,
    traced = '',
    spill = false,
    uuid?: string,
    first?: MessageApi,
  ): Promise<T> {
    if (traced) traceStep(traced, 'handed');
    let what: MessageApi | undefined = first;
    return withRetry(
      async () => {
        if (what === undefined && spill) {
          what = await deps.limiter.acquireSpilling(receiver);
          if (what === 'send' && uuid !== undefined && deps.spilled) {
            try {
              deps.spilled.record(uuid);
            } catch (error) {
              // Not written down, it must not leave by 发送消息 (a replay could send it again by 回复消息): wait for 回复消息.
              deps.limiter.end(receiver, 'send');
              deps.log(`reply to ${receiver}: could not note its spill (${(error as Error).message}); waiting for 回复消息 instead`);
              what = 'reply';
              await deps.limiter.acquire(receiver, 'reply', undefined, 'reply');
            }
          }
        } else await deps.limiter.acquire(receiver, 'reply', undefined, (what ??= api));
        const by = what;
        if (traced) traceStep(traced, 'slot');
        try {
          return await call(by);
        } finally {
          deps.limiter.end(receiver, by);
          if (traced) traceStep(traced, 'sent');
        }
      },
      {
        ...retry,
        onRetry: ({ attempt, delayMs, error }) => {
          const f = classifySendFailure(error);
          const by = what ?? api;
          if (f.retry && f.scope === 'app') {
            deps.limiter.pauseApp(delayMs, by);
            learnFrom(f.announced, by);
          }
          deps.log(`${by === api ? api : `${api} (by 发送消息)`} to ${receiver}: attempt ${attempt} failed (${f.error.code}: ${f.error.message}); retrying in ${delayMs} ms`);
        },
      },
    );
  }

  return {
    reply: (messageId: string, msg: OutgoingMessage, opts?: SendOptions) => {
      const chatId = opts?.replyInThread ? undefined : opts?.spillTo;
      const uuid = opts?.uuid;
      // A spilled reply is a plain message in the member's chat, with the reply's uuid (its own API's key, never tried on 回复消息).
      const call = (by: MessageApi) =>
        by === 'send' && chatId ? deps.feishu.send({ chatId }, msg, { uuid }) : deps.feishu.reply(messageId, msg, opts);
      // A reply that spilled before a crash is sent again by 发送消息: its uuid only de-duplicates there. A replay's
      // other replies may have gone by 回复消息 (nothing notes those): they stay there, however full its window.
      const spilledBefore = chatId !== undefined && uuid !== undefined && deps.spilled?.has(uuid) === true;
      const first: MessageApi | undefined = spilledBefore ? 'send' : chatId !== undefined && opts?.replay === true ? 'reply' : undefined;
      return limited('reply', opts?.receiver ?? chatId ?? messageId, call, messageId, deps.spill === true && chatId !== undefined, uuid, first);
    },
    send: (to: Recipient, msg: OutgoingMessage, opts?: SendOptions) =>
      limited('send', opts?.receiver ?? ('chatId' in to ? to.chatId : to.openId), () => deps.feishu.send(to, msg, opts)),
  };
}
