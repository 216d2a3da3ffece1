// The next message of a member the bot asked something: unless it is a complete report of its own, it answers the question.
import { continueDialog } from '../continueDialog.js';
import { defineIntent } from '../intent.js';
import { reportIn } from './report.js';

export const dialogAnswer = defineIntent<true>({
  name: 'dialog-answer',
  match(ctx) {
    if (!ctx.dialog || !ctx.sender) return null;
    const fresh = reportIn(ctx);
    return fresh && fresh.every((p) => p.problems.length === 0) ? null : true;
  },
  async handle(ctx) {
    const out = await continueDialog(ctx.deps, {
      who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
      chatId: ctx.update.chatId,
      dialog: ctx.dialog!,
      text: ctx.text,
      sourceEventId: ctx.update.eventId,
      sourceMessageId: ctx.update.messageId,
      now: ctx.now,
    });
    if (out.kind === 'card') await ctx.replyCard(out.card);
    else if (out.kind === 'text') await ctx.reply(out.text);
  },
});
