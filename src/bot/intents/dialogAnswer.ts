// The next message of a member the bot asked something: unless it is a report of its own, it answers the question.
import { answerFollowUp } from '../../domain/report/followUp.js';
import type { BotContext } from '../botContext.js';
import { CANCEL_WORDS, CONFIRM_WORDS, EDIT_WORDS, continueDialog } from '../continueDialog.js';
import { defineIntent } from '../intent.js';
import { reportIn } from './report.js';

/**
 * A pending question never eats a message that is a report by itself: a
 * complete one, or (for a question about a report) one naming a type that
 * does not answer the question asked.
 */
function answersDialog(ctx: BotContext): boolean {
  const dialog = ctx.dialog!;
  const text = ctx.text.trim();
  if (CANCEL_WORDS.test(text)) return true;
  if (dialog.kind === 'confirm' && (CONFIRM_WORDS.test(text) || EDIT_WORDS.test(text))) return true;
  const fresh = reportIn(ctx);
  if (!fresh) return true;
  if (fresh.every((p) => p.problems.length === 0)) return false;
  if (dialog.kind === 'confirm') return false;
  if (dialog.kind !== 'report' || !fresh.some((p) => p.draft.type !== undefined)) return true;
  const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
  return answerFollowUp(dialog.items, ctx.text, pctx).ok;
}

export const dialogAnswer = defineIntent<true>({
  name: 'dialog-answer',
  match(ctx) {
    if (!ctx.dialog || !ctx.sender) return null;
    return answersDialog(ctx) ? true : null;
  },
  async handle(ctx) {
    const out = await continueDialog(ctx.deps, {
      who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
      chatId: ctx.update.chatId,
      dialog: ctx.dialog!,
      text: ctx.text,
      sourceEventId: ctx.update.eventId,
      now: ctx.now,
    });
    if (out.kind === 'card') await ctx.replyCard(out.card);
    else if (out.kind === 'text') await ctx.reply(out.text);
  },
});
