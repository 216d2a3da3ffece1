// 「11月10号。另外11月24号我还和张颖谈了心」 to 「是哪一天？」: the first clause answers, the rest is a new report; one card.
import { answerFollowUp, type PendingItem } from '../../domain/report/followUp.js';
import { parseReport } from '../../domain/report/parseReport.js';
import { withSigningAlongside } from '../../domain/report/signedAlongside.js';
import { inNarrowedWeek, weekNamed } from '../../domain/report/narrowedWeek.js';
import { inReportMonth } from '../../domain/report/reportMonth.js';
import type { ConfirmReason } from '../../domain/report/draft.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import type { BotContext } from '../botContext.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { settleReport } from '../settleReport.js';

/** The answer, a joining word (另外 · 还有 · 此外 · 同时), then a report of its own. */
// 「上周五，顺便签了承诺书」 (round 22u A2): 顺便/顺带/还 join a deed done alongside the one asked about.
const ANSWER_THEN_MORE = /^(.{1,24}?)[。.,，;；!！\s]*(?:另外|还有|此外|另|同时|顺便|顺带|顺手|还)[,，:：\s]*(?:还|我还)?(.+)$/;

interface Split {
  /** The pending items with the answer applied, then the new report's. */
  items: PendingItem[];
  remarks: string[];
  reasons: ConfirmReason[];
  messageIds: string[];
}

/** The answer read in the week or month the waiting report named, or undefined when the month leaves the day open. */
function framedAnswer(answer: string, dialog: { week?: '上' | '本'; month?: string }, today: string): string | undefined {
  if (dialog.week !== undefined) return weekNamed(answer) === undefined ? inNarrowedWeek(answer, dialog.week) : answer;
  if (dialog.month === undefined) return answer;
  const inMonth = inReportMonth(answer, dialog.month, today);
  return 'answer' in inMonth ? inMonth.answer : undefined;
}

/** The pending report answered by the message's first clause and the new report of its rest, or null. */
function split(ctx: BotContext): Split | null {
  const dialog = ctx.dialog;
  if (!dialog || dialog.kind !== 'report' || !ctx.sender) return null;
  const m = ANSWER_THEN_MORE.exec(ctx.text);
  if (!m) return null;
  const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender.id, mentions: ctx.update.mentions };
  // The first clause is only an answer: a deed of its own there makes the whole message a report (the report intent's).
  if (parseReport(m[1]!, pctx)?.some((p) => p.draft.type !== undefined)) return null;
  // The week or month the report named frames a bare weekday here too (round 22u A1); several in the month: asked, not split.
  const framed = framedAnswer(m[1]!, dialog, shanghaiDate(ctx.now));
  if (framed === undefined) return null;
  const answered = answerFollowUp(dialog.items, framed, pctx);
  if (!answered.ok) return null;
  const fresh = parseReport(m[2]!, pctx);
  if (!fresh || fresh.length === 0 || fresh.some((p) => p.draft.type === undefined)) return null;
  const remarks = [...dialog.remarks, ...(answered.remark ? [answered.remark] : []), ...fresh.flatMap((p) => p.remarks)];
  // Two reports in one message: shown together for a tap, so a wrong split shows there before anything is stored.
  const reasons: ConfirmReason[] = [...new Set<ConfirmReason>([...(dialog.reasons ?? []), ...fresh.flatMap((p) => p.reasons ?? []), 'items'])];
  return {
    // A signing added with no one named was with those just talked to, on the day answered.
    items: [...answered.items, ...withSigningAlongside(fresh.map((p) => ({ draft: p.draft, problems: p.problems })), answered.items)],
    remarks,
    reasons,
    messageIds: [...(dialog.messageIds ?? []), ctx.update.messageId],
  };
}

export const answerAndReport = defineIntent<Split>({
  name: 'answer-and-report',
  match: split,
  async handle(ctx, s) {
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    const today = shanghaiDate(ctx.now);
    if (s.items.some((i) => i.problems.length > 0)) {
      await saveDialog(ctx.deps.store, key, { kind: 'report', items: s.items, remarks: s.remarks, reasons: s.reasons, messageIds: s.messageIds }, ctx.now);
      await ctx.replyCard(followUpCard(ctx.deps, s.items, today));
      return;
    }
    const who = { person: ctx.sender!, openId: ctx.update.senderOpenId };
    const related = s.messageIds.filter((id) => id !== ctx.update.messageId);
    await ctx.replyCard(
      await settleReport(ctx.deps, { items: s.items, remarks: s.remarks, reasons: s.reasons, who, key, sourceEventId: ctx.update.eventId, sourceMessageId: ctx.update.messageId, relatedMessageIds: related, now: ctx.now }),
    );
  },
});
