// What a handler sees: the message, who sent it, the time, and a way to answer in the same chat (and thread), once per reply.
import { createHash } from 'node:crypto';
import type { Person } from '../domain/organization.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import type { BotDeps } from './botDeps.js';
import type { MessageUpdate } from './botUpdate.js';
import { dialogKey, findDialog, type DialogData } from './dialogStore.js';
import { stampCardId } from '../feishu/cards/stampCardId.js';
import { withNotice } from './withNotice.js';
import { createButtonMemory } from './createButtonMemory.js';

export interface BotContext {
  update: MessageUpdate;
  /** The sender in the organisation directory; undefined for someone not registered. */
  sender: Person | undefined;
  /** The message text, trimmed, with the bot's own @mention removed and all white space folded to one space. */
  text: string;
  /**
   * The same text with its line breaks kept: a report's entries are its lines, and folding them into one line merged a
   * numbered list into one record (issue 10). White space inside a line is kept too (tabs, runs of spaces): a pasted
   * table's empty cell is two tabs, and folding them shifted its columns (round 37, t36c F9).
   */
  lines: string;
  now: Date;
  deps: BotDeps;
  /** The conversation waiting for this sender's answer in this chat, if any (expired ones are already gone). */
  dialog: DialogData | undefined;
  reply(text: string): Promise<void>;
  replyCard(card: object): Promise<void>;
  /**
   * A line the member must read with this message's answer (a pending report dropped, a question expired). It goes at
   * the top of the next reply, in the same message (src/bot/withNotice.ts): one message in, one message out, as
   * Feishu counts each send against its 50/s per app and 5/s per chat. What no reply carried, takeNotice() returns.
   */
  notice(line: string): void;
  /** The notice lines no reply has carried yet (then forgotten): the caller says them, so nothing is dropped silently. */
  takeNotice(): string[];
}

/**
 * A reply that could not be delivered even after the retries of deps.feishu (see src/outbox/createLimitedSender.ts).
 * The bot then does not send 「出错了」: whatever the handler recorded is recorded, and another reply would fail too.
 */
export class ReplyFailedError extends Error {
  constructor(override readonly cause: unknown) {
    super(`reply could not be delivered: ${String((cause as Error)?.message ?? cause)}`);
    this.name = 'ReplyFailedError';
  }
}

/**
 * Feishu's idempotency key for the n-th reply to a message (≤ 50 characters). Derived from the message id, not the
 * event id: the same message pushed again under a new event id, or processed again after a crash, gets the same
 * uuids, and Feishu delivers each reply once (uuid de-duplication holds for one hour). `kind` keeps a different
 * sort of reply (e.g. 「还没有记录」) from taking a receipt's key when the message is processed again.
 */
export function replyUuid(messageId: string, n: number, kind: 'r' | 'f' = 'r'): string {
  const id = messageId.length > 42 ? createHash('sha256').update(messageId).digest('hex').slice(0, 42) : messageId;
  return `${kind}-${id}-${n}`.slice(0, 50);
}

/**
 * Where a reply to `update` lands, for the limiter: its chat (the 5/s per chat), and in a p2p chat the same chat as the
 * place it may go as a 发送消息 when 回复消息's window is full (SendOptions.spillTo). A group's reply stays a reply: it is
 * tied to the member's message, which a busy group reads it beside. A replayed message's (MessageUpdate.replay) carries
 * `replay`: it goes by 发送消息 only if it did before (the spill journal), else by 回复消息 (SendOptions.replay).
 */
export function replyRoute(update: Pick<MessageUpdate, 'chatId' | 'chatType' | 'replay'>): { receiver: string; spillTo?: string; replay?: true } {
  if (update.chatType !== 'p2p') return { receiver: update.chatId };
  return update.replay === true ? { receiver: update.chatId, spillTo: update.chatId, replay: true } : { receiver: update.chatId, spillTo: update.chatId };
}

/**
 * A card sent in answer to a message, with answer buttons, is the card of the member's newest dialog (typed words act on
 * the newest, and a handler saves what waits before it replies): its buttons carry that dialog's card id.
 */
async function withCardId(deps: BotDeps, update: MessageUpdate, msg: OutgoingMessage): Promise<OutgoingMessage> {
  if (msg.kind !== 'card') return msg;
  const key = dialogKey(update.chatId, update.senderOpenId);
  const lookup = findDialog(deps.store, key, deps.now());
  const id = lookup.state === 'active' ? lookup.data.cardId : undefined;
  if (id === undefined) return msg;
  // Its buttons' labels are kept with its dialog, so a label typed back answers as the tap, after a restart too (round 66,
  // gfi; t69a F4: typedButtonLabel; round 67, ggd: createButtonMemory).
  await createButtonMemory(deps).remember(key, id, msg.card);
  return { kind: 'card', card: stampCardId(msg.card, id) };
}

export function createContext(update: MessageUpdate, text: string, deps: BotDeps, dialog?: DialogData, lines: string = text): BotContext {
  let sent = 0;
  let pending: string[] = [];
  const deliver = async (raw: OutgoingMessage): Promise<void> => {
    const msg = await withCardId(deps, update, raw);
    try {
      await deps.feishu.reply(update.messageId, msg, { uuid: replyUuid(update.messageId, sent++), ...replyRoute(update) });
    } catch (error) {
      throw new ReplyFailedError(error);
    }
  };
  const send = async (msg: OutgoingMessage): Promise<void> => {
    const notice = pending;
    pending = [];
    const carried = notice.length > 0 ? withNotice(msg, notice) : msg;
    if (carried) return deliver(carried);
    await deliver({ kind: 'text', text: notice.join('\n') });
    await deliver(msg);
  };
  return {
    update,
    sender: deps.directory.byOpenId(update.senderOpenId),
    text,
    lines,
    now: deps.now(),
    deps,
    dialog,
    reply: (content) => send({ kind: 'text', text: content }),
    replyCard: (card) => send({ kind: 'card', card }),
    notice: (line) => {
      pending.push(line);
    },
    takeNotice: () => {
      const notice = pending;
      pending = [];
      return notice;
    },
  };
}
