// A member reports completed activities in plain Chinese: record a complete report, or ask one precise question.
import { parseReport } from '../../domain/report/parseReport.js';
import type { ParsedReport } from '../../domain/report/draft.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import type { BotContext } from '../botContext.js';
import { dialogKey, saveDialog, clearDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { recordReport } from '../recordReport.js';

/** The message read as a report, or null (also used to tell a new complete report from an answer to a question). */
export function reportIn(ctx: BotContext): ParsedReport[] | null {
  return ctx.sender
    ? parseReport(ctx.text, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: ctx.update.mentions })
    : null;
}

export const report = defineIntent<ParsedReport[]>({
  name: 'report',
  match: reportIn,
  async handle(ctx, parsed) {
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    const remarks = parsed.flatMap((p) => p.remarks);
    if (parsed.some((p) => p.problems.length > 0)) {
      // Nothing is half-recorded: the whole message waits for the answer.
      const items = parsed.map((p) => ({ draft: p.draft, problems: p.problems }));
      await saveDialog(ctx.deps.store, key, { kind: 'report', items, remarks }, ctx.now);
      await ctx.replyCard(followUpCard(ctx.deps, items, shanghaiDate(ctx.now)));
      return;
    }
    const who = { person: ctx.sender!, openId: ctx.update.senderOpenId };
    const card = await recordReport(ctx.deps, parsed.map((p) => p.draft), who, ctx.update.eventId, ctx.now, remarks, ctx.text, ctx.update.messageId);
    // A complete new report supersedes whatever question was pending.
    if (ctx.dialog) await clearDialog(ctx.deps.store, key);
    await ctx.replyCard(card);
  },
});
