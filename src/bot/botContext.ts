// What a handler sees: the message, who sent it, the time, and a way to answer in the same chat.
import type { Person } from '../domain/organization.js';
import type { BotDeps } from './botDeps.js';
import type { MessageUpdate } from './botUpdate.js';
import type { DialogData } from './dialogStore.js';

export interface BotContext {
  update: MessageUpdate;
  /** The sender in the organisation directory; undefined for someone not registered. */
  sender: Person | undefined;
  /** The message text, trimmed, with the bot's own @mention removed. */
  text: string;
  now: Date;
  deps: BotDeps;
  /** The conversation waiting for this sender's answer in this chat, if any (expired ones are already gone). */
  dialog: DialogData | undefined;
  reply(text: string): Promise<void>;
  replyCard(card: object): Promise<void>;
}

export function createContext(update: MessageUpdate, text: string, deps: BotDeps, dialog?: DialogData): BotContext {
  let sent = 0;
  // Derived from the event id, so a reprocessed event's replies are de-duplicated by Feishu (uuid holds for 1 h).
  const uuid = () => `r-${update.eventId}-${sent++}`.slice(0, 50);
  return {
    update,
    sender: deps.directory.byOpenId(update.senderOpenId),
    text,
    now: deps.now(),
    deps,
    dialog,
    async reply(content) {
      await deps.feishu.reply(update.messageId, { kind: 'text', text: content }, { uuid: uuid() });
    },
    async replyCard(card) {
      await deps.feishu.reply(update.messageId, { kind: 'card', card }, { uuid: uuid() });
    },
  };
}
