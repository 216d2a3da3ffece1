// 「11月10号。另外11月24号我还和张颖谈了心」 to 「是哪一天？」: the first clause answers, the rest is a new report; one card.
import { isTalkType, type ActivityTypeCode } from '../../domain/activityTypes.js';
import type { Directory } from '../../domain/organization.js';
import { answerFollowUp, type PendingItem } from '../../domain/report/followUp.js';
import { parseReport } from '../../domain/report/parseReport.js';
import { inReportWeek } from '../../domain/report/inReportWeek.js';
import { withSuperiorAfterAnswer } from '../../domain/report/superiorAfterAnswer.js';
import { withSigningAlongside } from '../../domain/report/signedAlongside.js';
import { inReportMonth } from '../../domain/report/reportMonth.js';
import type { ConfirmReason, ParsedReport } from '../../domain/report/draft.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import type { BotContext } from '../botContext.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { settleFromMessage } from '../settleFromMessage.js';
import { withWaitingDoer } from '../../domain/report/waitingDoerKept.js';

/** The answer, a joining word (另外 · 还有 · 此外 · 同时), then a report of its own. */
// 「上周五，顺便签了承诺书」 (round 22u A2): 顺便/顺带/还 join a deed done alongside the one asked about.
const ANSWER_THEN_MORE = /^(.{1,24}?)[。.,，;；!！\s]*(?:另外|还有|此外|另|同时|顺便|顺带|顺手|还)[,，:：\s]*(?:还|我还)?(.+)$/;

interface Split {
  /** The pending items with the answer applied, then the new report's. */
  items: PendingItem[];
  remarks: string[];
  reasons: ConfirmReason[];
  messageIds: string[];
  /** The week the waiting report named (上周…), kept while something still waits. */
  week?: '上' | '本';
  /** The waiting report said the sender sought the talk (kept while something still waits). */
  sought?: boolean;
}

/** The answer read in the week or month the waiting report named, or undefined when the month leaves the day open. */
function framedAnswer(answer: string, dialog: { week?: '上' | '本'; month?: string }, today: string): string | undefined {
  if (dialog.week !== undefined) return inReportWeek(answer, dialog.week);
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
  // 「周三，另外周五还和郑华谈了」 to a 上周 report: both weekdays are that week's (was: this week's Tuesday on the card); the
  // month a report named frames a bare weekday too (round 22u A1); several in the month: asked, not split.
  const framed = framedAnswer(m[1]!, dialog, shanghaiDate(ctx.now));
  if (framed === undefined) return null;
  const first = answerFollowUp(dialog.items, framed, pctx);
  if (!first.ok) return null;
  // 「王建国，另外…」 to 和谁谈的: the talk with the sender's superior is his, as in continueDialog.
  const held = withSuperiorAfterAnswer(first.items, m[1]!, pctx, { ...(dialog.sought ? { sought: true } : {}), reasons: dialog.reasons ?? [] });
  const answered = { ...first, items: held.items };
  const rest = inReportWeek(m[2]!, dialog.week);
  const told = TALKED.test(rest) ? withTalkOf(parseReport(rest, pctx), answered.items, ctx.deps.directory) : parseReport(rest, pctx);
  const dated = ALSO.test(rest) ? onAnsweredDay(told, answered.items) : told;
  // 「上周四，还有吴静也谈了」 to the day of 王副理事长's talk (round 60, fbe; t62b G1): the deed added is his, not the clerk's.
  // The doer the message gave it, before the answer: 「王建国，另外前天还和王芳谈心了」 to 和谁 (round 28o) turns the talk to the
  // sender's superior, yet the deed added is still the sender's own (the merge: fbe's reading took the turned doer).
  const doer = dialog.items.find((i) => i.problems.length > 0)?.draft.actorId;
  const fresh = dated && withWaitingDoer(dated, doer, ctx.sender.id, (/我$/.test(m[1]!) ? '我' : '') + rest, (doer && ctx.deps.directory.person(doer)?.name) ?? '');
  if (!fresh || fresh.length === 0 || fresh.some((p) => p.draft.type === undefined)) return null;
  const remarks = [...dialog.remarks, ...(answered.remark ? [answered.remark] : []), ...held.remarks, ...fresh.flatMap((p) => p.remarks)];
  // Two reports in one message: shown together for a tap, so a wrong split shows there before anything is stored.
  const reasons: ConfirmReason[] = [...new Set<ConfirmReason>([...(dialog.reasons ?? []), ...fresh.flatMap((p) => p.reasons ?? []), ...(held.turned ? ['third_person' as const] : []), 'items'])];
  return {
    // A signing added with no one named was with those just talked to, on the day answered.
    items: [...answered.items, ...withSigningAlongside(fresh.map((p) => ({ draft: p.draft, problems: p.problems, ...(p.counted ? { counted: p.counted } : {}) })), answered.items)],
    remarks,
    reasons,
    messageIds: [...(dialog.messageIds ?? []), ctx.update.messageId],
    ...(dialog.week ? { week: dialog.week } : {}),
    ...(dialog.sought ? { sought: true } : {}),
  };
}

/** 「还有李明也谈了」: 也, the deed told as one more of the same occasion. */
const ALSO = /也/;

/**
 * 「11月20日，还有李明也谈了」 to 「是哪一天？」 (round 53, fkc: the 李明 talk was asked its day again): a deed said with 也 and
 * no day of its own is on the day just answered, when the answered items have one day; shown on the card with them.
 */
function onAnsweredDay(fresh: ParsedReport[] | null, answered: PendingItem[]): ParsedReport[] | null {
  const days = new Set(answered.map((i) => i.draft.date));
  const [day] = days;
  if (!fresh || days.size !== 1 || day === undefined) return fresh;
  return fresh.map((p) =>
    p.draft.date !== undefined || !p.problems.some((q) => q.code === 'missing_date')
      ? p
      : { ...p, draft: { ...p.draft, date: day }, problems: p.problems.filter((q) => q.code !== 'missing_date') },
  );
}

/** 「还和郑华谈了」: a talk that names no kind of its own. */
const TALKED = /谈(?:了|过)/;

/**
 * 「另外周五还和郑华谈了」 after a talk was asked its day: the talk names no kind of its own, it is one more of the
 * waiting kind (was: the whole message taken as the answer and the second talk dropped without a word). Only when every
 * waiting item is the same kind of talk; the two are shown on a card either way.
 */
function withTalkOf(fresh: ParsedReport[] | null, waiting: PendingItem[], directory: Directory): ParsedReport[] | null {
  const kinds = new Set(waiting.map((i) => i.draft.type));
  const [kind] = kinds;
  if (!fresh || kinds.size !== 1 || kind === undefined || !isTalkType(kind)) return fresh;
  return fresh.map((p) => (p.draft.type !== undefined ? p : asTalkOf(p, kind, directory)));
}

/**
 * `p` (no kind of its own) as a talk of `kind`, recomputed from what is now used (round 53, fkcc: 「11月20日，还有李明也谈了」
 * left the card saying 「消息里有日期、人名…没有对应到任何记录」 though both were used, and 李明's talk carried no department
 * where the first one's did): the one person talked with gives the department, as a talk read whole takes its counterpart's;
 * a 'leftover' that named nothing (no remark of its own) was the talk not yet read as one, and is dropped.
 */
function asTalkOf(p: ParsedReport, kind: ActivityTypeCode, directory: Directory): ParsedReport {
  const [only, ...others] = p.draft.counterpartIds;
  const departmentId = p.draft.departmentId ?? (only !== undefined && others.length === 0 ? directory.person(only)?.departmentId : undefined);
  const reasons = p.remarks.length === 0 ? (p.reasons ?? []).filter((r) => r !== 'leftover') : p.reasons;
  return {
    ...p,
    draft: { ...p.draft, type: kind, ...(departmentId !== undefined ? { departmentId } : {}) },
    problems: p.problems.filter((q) => q.code !== 'missing_type'),
    ...(reasons !== undefined ? { reasons } : {}),
  };
}

export const answerAndReport = defineIntent<Split>({
  name: 'answer-and-report',
  match: split,
  async handle(ctx, s) {
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    const today = shanghaiDate(ctx.now);
    if (s.items.some((i) => i.problems.length > 0)) {
      const week = s.week ? { week: s.week } : {};
      const sought = s.sought ? { sought: true } : {};
      await saveDialog(ctx.deps.store, key, { kind: 'report', items: s.items, remarks: s.remarks, reasons: s.reasons, messageIds: s.messageIds, ...week, ...sought }, ctx.now);
      await ctx.replyCard(followUpCard(ctx.deps, s.items, today, s.week, undefined, ctx.sender?.id));
      return;
    }
    const related = s.messageIds.filter((id) => id !== ctx.update.messageId);
    await ctx.replyCard(await settleFromMessage(ctx, { items: s.items, remarks: s.remarks, reasons: s.reasons, relatedMessageIds: related }));
  },
});
