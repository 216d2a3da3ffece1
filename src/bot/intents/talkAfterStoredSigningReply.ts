// 「补一下，签完责任书后还和她们分别谈了话」 right after the signings were recorded (round 59, fca; t61a F2: read as a query,
// or as a signing of no one on the stored day, the talks never added): the talk told as held after the signing just
// recorded is added alone, on that signing's day, with the people signed with — its kind asked when the words name none,
// else shown on a 确认 card. Nothing is stored before the member answers.
import type { Activity } from '../../domain/activity.js';
import type { PendingItem } from '../../domain/report/followUp.js';
import { talkAfterStoredSigning, type TalkAfterStoredSigning } from '../../domain/report/talkAfterStoredSigning.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { newestOwnRecord } from '../../store/activityLog.js';
import { followUpCard } from '../askFollowUp.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { settleReport } from '../settleReport.js';

interface AfterSigning {
  words: TalkAfterStoredSigning;
  /** The member's standing signings of the latest report: one day, one doer, each with its one person. */
  signings: Activity[];
}

/** The signings of the member's latest report when they are all it holds, of one day and doer, each with someone. */
function latestSignings(ctx: BotContext): Activity[] | undefined {
  const newest = newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId);
  if (!newest) return undefined;
  const all = siblingsOf(ctx.deps, newest).filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId);
  const ok = all.length > 0 && all.every((a) => a.type === 'pledge_sign' && a.counterpartIds.length > 0 && a.date === all[0]!.date && a.actorId === all[0]!.actorId);
  return ok ? all : undefined;
}

export const talkAfterStoredSigningReply = defineIntent<AfterSigning>({
  name: 'talkAfterStoredSigning',
  match(ctx) {
    // A waiting card or question takes its own words; this is only of what is stored.
    if (!ctx.sender || ctx.dialog) return null;
    const words = talkAfterStoredSigning(ctx.text);
    if (!words) return null;
    const signings = latestSignings(ctx);
    if (!signings) return null;
    const people = new Set(signings.flatMap((a) => a.counterpartIds));
    // 和他 after signings with two (or 和两位 after one): whom is not sure; the report reads it and asks.
    if (words.count !== undefined ? words.count !== people.size : people.size < 2) return null;
    return { words, signings };
  },
  async handle(ctx, { words, signings }) {
    const first = signings[0]!;
    const people = [...new Set(signings.flatMap((a) => a.counterpartIds))];
    const doer = first.actorId !== ctx.sender!.id ? { actorId: first.actorId } : {};
    const base = { date: first.date, late: first.late, ...doer };
    const placeOf = (id: string) => {
      const d = ctx.deps.directory.person(id)?.departmentId;
      return d !== undefined ? { departmentId: d } : {};
    };
    const names = people.map((id) => ctx.deps.directory.person(id)?.name ?? id).join('、');
    const remark = `按您刚才记录的与${names}签订责任书（${first.date}）补记谈话，日期和对象沿用那条记录`;
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    // Untyped: one item with everyone, its kind asked once for all (as 「…签了责任书，还谈了话」 in one message is).
    if (words.type === undefined) {
      const items: PendingItem[] = [{ draft: { ...base, counterpartIds: people, ...placeOf(people[0]!) }, problems: [{ code: 'missing_type' }] }];
      await saveDialog(ctx.deps.store, key, { kind: 'report', items, remarks: [remark], reasons: ['after_stored'], messageIds: [ctx.update.messageId] }, ctx.now);
      await ctx.replyCard(followUpCard(ctx.deps, items, shanghaiDate(ctx.now), undefined, undefined, ctx.sender!.id));
      return;
    }
    const items: PendingItem[] = people.map((id) => ({ draft: { ...base, type: words.type!, counterpartIds: [id], ...placeOf(id) }, problems: [] }));
    const card = await settleReport(ctx.deps, {
      items,
      remarks: [remark],
      reasons: ['after_stored'],
      who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
      key,
      sourceEventId: ctx.update.eventId,
      sourceMessageId: ctx.update.messageId,
      now: ctx.now,
    });
    await ctx.replyCard(card);
  },
});
