// settleReport for the member's message in hand: the same six fields every intent that settles a report filled in by hand.
import type { BotContext } from './botContext.js';
import { dialogKey } from './dialogStore.js';
import { settleReport, type Settlement } from './settleReport.js';

/** What an intent decides; the rest of a Settlement comes from the message (sender, chat, event, message, now). */
export type SettlementOfMessage = Pick<Settlement, 'items' | 'remarks' | 'reasons'> &
  Partial<Pick<Settlement, 'key' | 'relatedMessageIds' | 'replacing' | 'topUp' | 'text'>>;

/**
 * Settles `s` as the report of the message in `ctx` (recorded at once with its receipt, or a 确认 card; settleReport's
 * rules): the sender reports it, from its event and message (recalling the message withdraws the records), in the dialog
 * of its chat and sender unless `s.key` says another. Resolves to the card or receipt to send. Requires `ctx.sender`.
 */
export function settleFromMessage(ctx: BotContext, s: SettlementOfMessage): Promise<object> {
  return settleReport(ctx.deps, {
    who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
    key: dialogKey(ctx.update.chatId, ctx.update.senderOpenId),
    sourceEventId: ctx.update.eventId,
    sourceMessageId: ctx.update.messageId,
    now: ctx.now,
    ...s,
  });
}
