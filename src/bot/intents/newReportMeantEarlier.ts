// 「不是新报的，是要改之前那条」 right after a correction was stored as a new record (round 61, gae; t63a Part B: 没看懂): the
// record just made is withdrawn, and what it said differently (kind, day, title, head-count) is offered as the change of
// the earlier record it meant — the member's own standing one with the same doer and a person in common (a talk, a
// signing) or the same day (anything else), the same day first — on the 「请确认修改」 card. Several earlier ones fit:
// listed, nothing withdrawn or changed; none: said, nothing withdrawn.
import type { Activity } from '../../domain/activity.js';
import { isTalkType } from '../../domain/activityTypes.js';
import { meantEarlierRecord } from '../../domain/report/meantEarlierRecord.js';
import { undoActivity, newestOwnRecord } from '../../store/activityLog.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { saveFound } from '../foundRecords.js';
import { defineIntent } from '../intent.js';
import { describeActivity, receiptFor } from '../recordReport.js';

/** As long as a card waits: a record older than this is no longer "just made". */
const JUST_MADE_MS = 30 * 60 * 1000;

interface Meant {
  made: Activity[];
  earlier: Activity[];
}

/** The member's standing records before `made` that it may have meant to change, the same day first. */
function earlierFits(ctx: BotContext, made: Activity): Activity[] {
  const pairs = (a: Activity) => isTalkType(a.type) || a.type === 'pledge_sign';
  const fits = ctx.deps.store.read((db) =>
    db.activities.filter(
      (a) =>
        !a.deletedAt &&
        a.id !== made.id &&
        a.reporter === ctx.update.senderOpenId &&
        a.createdAt <= made.createdAt &&
        a.actorId === made.actorId &&
        (pairs(made) && pairs(a) ? a.counterpartIds.some((id) => made.counterpartIds.includes(id)) : a.date === made.date),
    ),
  );
  const sameDay = fits.filter((a) => a.date === made.date);
  return sameDay.length > 0 ? sameDay : fits;
}

export const newReportMeantEarlier = defineIntent<Meant>({
  name: 'new-report-meant-earlier',
  match(ctx) {
    if (!ctx.sender || ctx.dialog || !meantEarlierRecord(ctx.text)) return null;
    const newest = newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId);
    if (!newest || newest.deletedAt || ctx.now.getTime() - Date.parse(newest.createdAt) > JUST_MADE_MS) return null;
    const made = siblingsOf(ctx.deps, newest).filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId);
    return { made, earlier: made.length === 1 ? earlierFits(ctx, made[0]!) : [] };
  },
  async handle(ctx, { made, earlier }) {
    if (made.length !== 1) {
      ctx.notice(`您刚才记了 ${made.length} 条，不知道是哪一条要改到之前的记录上，没有改动。请撤销不要的那条，再说「…那条改成…」。`);
      await ctx.replyCard(receiptFor(ctx.deps, made, ctx.now));
      return;
    }
    const fresh = made[0]!;
    if (earlier.length === 0) {
      await ctx.reply(`没有找到和刚才这条（${describeActivity(ctx.deps, fresh, ctx.now)}）对得上的之前的记录（同一对象或同一天），没有改动。刚才这条不要的话，请发送「撤销」。`);
      return;
    }
    if (earlier.length > 1) {
      ctx.notice(`之前有 ${earlier.length} 条对得上（见下），不知道要改哪一条，还没有改动任何记录。请先发送「撤销」撤掉刚才新记的那条，再在要改的那一条下点「修改」。`);
      await saveFound(ctx, earlier);
      await ctx.replyCard(receiptFor(ctx.deps, earlier, ctx.now, [], [], `找到 ${earlier.length} 条记录`));
      return;
    }
    const target = earlier.at(-1)!;
    const after: RecordFields = { type: target.type, date: target.date, actorId: target.actorId, counterpartIds: target.counterpartIds };
    const what: string[] = [];
    if (fresh.type !== target.type) {
      after.type = fresh.type;
      what.push('类型');
    }
    if (fresh.date !== target.date) {
      after.date = fresh.date;
      what.push('日期');
    }
    if (fresh.title !== undefined && fresh.title !== '' && fresh.title !== target.title) {
      after.title = fresh.title;
      what.push('题目');
    }
    if (fresh.attendees !== undefined && fresh.attendees !== target.attendees) {
      after.attendees = fresh.attendees;
      what.push('参加人数');
    }
    const undone = await undoActivity(ctx.deps.store, fresh.id, ctx.update.senderOpenId, ctx.now);
    const said = undone.ok ? `刚才新记的那条（${describeActivity(ctx.deps, fresh, ctx.now)}）已撤销。` : '';
    if (what.length === 0) {
      await ctx.reply(`${said}之前那条（${describeActivity(ctx.deps, target, ctx.now)}）和它一样，没有别的改动。`);
      return;
    }
    ctx.notice(`${said}按它改之前那条的${what.join('、')}：`);
    const change = { kind: 'change' as const, activityId: target.id, what: `${what.join('、')}按刚才那条改`, after };
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, target, change, ctx.now));
  },
});
