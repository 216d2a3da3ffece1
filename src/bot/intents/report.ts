// A member reports completed activities in plain Chinese: record a clear report, show a less sure one for 确认, or ask one precise question.
import { ownItemReasons } from '../../domain/report/reasonsAfterDrop.js';
import { reportSought } from '../../domain/report/superiorAfterAnswer.js';
import { reportWeek } from '../../domain/report/reportWeek.js';
import { reportMonth } from '../../domain/report/reportMonth.js';
import { confirmReasons } from '../../domain/report/confirmReasons.js';
import { parseReport } from '../../domain/report/parseReport.js';
import { meetingPlacesSaid } from '../../domain/report/meetingPlacesSaid.js';
import { talkContentNote } from '../../domain/report/talkContentLeftOut.js';
import type { ParsedReport, ReportProblem } from '../../domain/report/draft.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import type { BotContext } from '../botContext.js';
import type { BotDeps } from '../botDeps.js';
import { describePending } from '../describeActivity.js';
import { dialogKey, isParkedCard, saveDialog, waitingCardIds, type DialogData } from '../dialogStore.js';
import { earlierCardsLine } from '../waitingCardsNote.js';
import { defineIntent } from '../intent.js';
import { settleReport } from '../settleReport.js';
import { withRecentPeopleOffered } from '../recentPeopleOffered.js';
import { withPhotos } from '../withPhotos.js';
import { deniedRecordsNote } from '../deniedRecordsNote.js';

// Read once per message: the query, dialog-answer and report intents all ask (issue 14: the parse is a good part of the
// bot's CPU at 50 events/s, and the second reading found nothing new). Keyed by the context, which lives as long as it.
const readings = new WeakMap<BotContext, ParsedReport[] | null>();

/**
 * The message read as a report, or null (also used to tell a new complete report from an answer to a question). The
 * same array for the same context: callers must not change it.
 */
export function reportIn(ctx: BotContext): ParsedReport[] | null {
  if (readings.has(ctx)) return readings.get(ctx)!;
  const read = (directory: BotDeps['directory']) =>
    parseReport(ctx.lines, { now: ctx.now, directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions });
  let parsed = ctx.sender ? read(ctx.deps.directory) : null;
  const then = parsed ? leaverDay(ctx, parsed) : undefined;
  if (then !== undefined) parsed = read(ctx.deps.directory.asOf(then));
  // A report sent as a photo post: its photos go with the records it makes (round 18u, fault 1).
  if (parsed) parsed = withPhotos(parsed, ctx.update, ctx.now);
  readings.set(ctx, parsed);
  return parsed;
}

/**
 * The day to read the report against when it names, as someone the directory does not know today, a person employed
 * on the report's one past day: a 补录 of a talk with a head who has since left (「11月20日和孙丽进行了廉政谈话」 after
 * 孙丽's `until: 2026-11-30`) was asked 「通讯录里找不到「孙丽」…请纪检管理员把对方加入名单」, which nobody could do
 * (newcomer n4). Undefined when nothing like that is named.
 */
function leaverDay(ctx: BotContext, parsed: readonly ParsedReport[]): string | undefined {
  const unknown = parsed.flatMap((p) => p.problems.flatMap((q) => (q.code === 'unknown_counterpart' ? [q.text] : [])));
  if (unknown.length === 0) return undefined;
  const days = new Set(parsed.map((p) => p.draft.date));
  const [day] = days;
  if (days.size !== 1 || day === undefined || day >= shanghaiDate(ctx.now)) return undefined;
  const then = ctx.deps.directory.asOf(day);
  return unknown.some((name) => then.org.people.some((p) => p.name === name && ctx.deps.directory.byOpenId(p.openId ?? '') === undefined)) ? day : undefined;
}

/** What is said of a pending report that a new one replaces: nothing the member wrote is dropped silently. */
export function supersededNote(deps: BotDeps, dialog: DialogData | undefined, now: Date): string | undefined {
  // A 确认 card with an id keeps waiting beside the new report's (see dialogStore): nothing of it is dropped.
  if (!dialog || dialog.kind === 'duty' || isParkedCard(dialog)) return undefined;
  if (dialog.kind === 'change') return '上一条待确认的修改没有执行，那条记录保持原样。';
  const today = shanghaiDate(now);
  // Every item, not only the first: a list of several waited together and is dropped together.
  const shown = dialog.items.slice(0, 5).map((i) => describePending(deps.directory, deps.duties, i.draft, today));
  const more = dialog.items.length > shown.length ? `等 ${dialog.items.length} 项` : '';
  const what = shown.length > 0 ? `（${shown.join('；')}${more}）` : '';
  const count = dialog.items.length > 1 ? ` ${dialog.items.length} 条` : '';
  const state = dialog.kind === 'confirm' ? '待确认' : '还在等回答';
  // What the dropped report still lacked (m25, t24): said, so the member knows what to add when sending it again.
  const lacks = dialog.kind === 'report' ? [...new Set(dialog.items.flatMap((i) => (i.problems[0] ? [LACKED[i.problems[0].code]] : [])))] : [];
  if (lacks.length > 0) return `上一条${state}的${count}上报${what}还缺${lacks.join('、')}，没有记录，已放弃；如仍需记录，请补上${lacks.join('、')}后重新发送。`;
  return `上一条${state}的${count}上报${what}没有记录，已放弃；如仍需记录，请重新发送。`;
}

/** What a pending report lacks, by its first open question, in the words of the superseded note. */
const LACKED: Record<ReportProblem['code'], string> = {
  missing_date: '日期',
  future_date: '已完成的日期',
  weekday_conflict: '准确日期',
  ambiguous_year: '年份',
  missing_type: '活动类型',
  missing_counterpart: '谈话对象',
  unknown_counterpart: '对象（通讯录里的人）',
  ambiguous_counterpart: '对象是哪一位',
  ambiguous_actor: '活动人是哪一位',
  missing_actor: '活动人',
  ambiguous_department: '是哪个部门',
};

/**
 * 「昨天王建国…检查了…，明天刘芳…到组联部检查」: beside deeds done, an item dated after today is a plan, left out with a
 * word and never asked its type or day (round 14 F6: 「刘芳的这项活动是哪类活动？」 for tomorrow's visit; answering it
 * would have stored a record of tomorrow). A message of one item dated after today keeps its question: 「12月3日和王强
 * 进行了廉政谈话」 says it was done, and the day is more likely a slip.
 */
function withoutComingDays(deps: BotDeps, parsed: ParsedReport[], today: string): { parsed: ParsedReport[]; planned: string[] } {
  const coming = (p: ParsedReport) => p.draft.date !== undefined && p.draft.date > today;
  const kept = parsed.filter((p) => !coming(p));
  if (kept.length === parsed.length || kept.length === 0) return { parsed, planned: [] };
  const planned = parsed.filter(coming).map((p) => `「${describePending(deps.directory, deps.duties, p.draft, today)}」日期在今天之后，是计划安排，未记录；完成后再发给我即可`);
  return { parsed: kept, planned };
}

export const report = defineIntent<ParsedReport[]>({
  name: 'report',
  match: reportIn,
  async handle(ctx, all) {
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    const { parsed, planned } = withoutComingDays(ctx.deps, all, shanghaiDate(ctx.now));
    // t52a F8: what a talk was about is never stored (issue 10 G); the member is told so once, on the card or receipt.
    // A standing record the message denies (我没有和吴静谈话…, round 58, fdd; t60b F10) is named, with who may withdraw it.
    const remarks = [...parsed.flatMap((p) => p.remarks), ...planned, ...talkContentNote(parsed.map((p) => p.draft), ctx.text), ...deniedRecordsNote(ctx, parsed)];
    const reasons = confirmReasons(parsed, ctx.lines);
    // 还有，18号她跟王强谈了心 after a relayed report: whom 她 may be is offered from that report (m25).
    // A meeting with no department keeps the departments the message named, for a retype on the card (round 42).
    const places = (p: ParsedReport) => {
      const said = meetingPlacesSaid(p.draft, ctx.text, ctx.deps.directory, ctx.sender!.id);
      return said ? { placesSaid: said } : {};
    };
    const items = withRecentPeopleOffered(ctx, parsed.map((p) => ({ draft: p.draft, problems: p.problems, ...(p.entry !== undefined ? { entry: p.entry } : {}), ...(p.counted ? { counted: p.counted } : {}), ...ownItemReasons(p.reasons), ...places(p) })));
    const superseded = supersededNote(ctx.deps, ctx.dialog, ctx.now);
    if (superseded) ctx.notice(superseded);
    // The cards that waited before this report still wait beside it (said, with the count of those left after it).
    const earlier = waitingCardIds(ctx.deps.store, key, ctx.now);
    const stillWaiting = () => {
      const now = new Set(waitingCardIds(ctx.deps.store, key, ctx.now));
      const left = earlier.filter((id) => now.has(id)).length;
      if (left > 0) ctx.notice(earlierCardsLine(left));
    };
    if (parsed.some((p) => p.problems.length > 0)) {
      // Nothing is half-recorded: the whole message waits for the answer.
      // 「上周…」 with no day: the week governs a bare weekday answered next (round 21 K1: 周三 was stored as this week's).
      const week = reportWeek(ctx.text);
      // 「上个月…」 / 「10月份…」 likewise frames it in that month (round 22u A1: 周三 was stored as today).
      const month = week ? undefined : reportMonth(ctx.text, shanghaiDate(ctx.now));
      // 我主动找王建国谈了话: kept as a flag (the text is not kept), so the answer that completes it leaves the talk the sender's.
      const named = items.flatMap((i) => i.draft.counterpartIds.map((id) => ctx.deps.directory.person(id)?.name ?? ''));
      const sought = reportSought(ctx.text, named) ? { sought: true } : {};
      const frame = { ...(week ? { week } : {}), ...(month ? { month } : {}), ...sought };
      await saveDialog(ctx.deps.store, key, { kind: 'report', items, remarks, reasons, messageIds: [ctx.update.messageId], ...frame }, ctx.now);
      stillWaiting();
      await ctx.replyCard(followUpCard(ctx.deps, items, shanghaiDate(ctx.now), week, month ? { month } : undefined, ctx.sender?.id));
      return;
    }
    const who = { person: ctx.sender!, openId: ctx.update.senderOpenId };
    const settled = await settleReport(ctx.deps, { items, remarks, reasons, who, key, sourceEventId: ctx.update.eventId, sourceMessageId: ctx.update.messageId, now: ctx.now, text: ctx.text });
    stillWaiting();
    await ctx.replyCard(settled);
  },
});
