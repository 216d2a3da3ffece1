// The guards every "withdraw by text from the latest report" intent shares (undoNumbered: 撤销第3条; undoSeveral:
// 撤销刚才那两条), said the same way as undo.ts says them.
import type { Activity } from '../domain/activity.js';
import { latestOwnActivity, newestOwnRecord } from '../store/activityLog.js';
import type { BotContext } from './botContext.js';
import { siblingsOf } from './cardActions/receiptHelpers.js';
import { describeActivity, receiptFor } from './recordReport.js';
import { withdrawnOn } from './foundRecords.js';

/**
 * The records of the sender's latest report (receipt order, withdrawn ones included), or undefined when the member has
 * already been answered: in a group chat (a record does not know its chat, so "the latest" is not withdrawn there), with
 * no record at all, or when the sender's newest record was withdrawn and is not of that report (which older report is
 * meant only the member knows: the receipt is shown again with a 撤销 per record).
 */
export async function latestReportToUndo(ctx: BotContext): Promise<Activity[] | undefined> {
  if (ctx.update.chatType === 'group') {
    await ctx.reply('在群里不按「最近一次上报」撤销：请点该条回执上的「撤销」，或在与清风的私聊里发送。');
    return undefined;
  }
  const me = ctx.update.senderOpenId;
  const latest = latestOwnActivity(ctx.deps.store, me);
  const newest = newestOwnRecord(ctx.deps.store, me);
  if (!latest) {
    // Every record withdrawn already: said with the newest one and its day (t54a F9: 「还没有可以撤销的记录」 read as never recorded).
    await ctx.reply(
      newest?.deletedAt
        ? `您最近的一条记录（${describeActivity(ctx.deps, newest, ctx.now)}）已于${withdrawnOn(newest.deletedAt)}撤销过了，没有其他可以撤销的记录。`
        : '您还没有可以撤销的记录。',
    );
    return undefined;
  }
  const report = siblingsOf(ctx.deps, latest);
  if (newest?.deletedAt && !report.some((a) => a.id === newest.id)) {
    ctx.notice(`您最近一次上报的记录（${describeActivity(ctx.deps, newest, ctx.now)}）已经撤销过了，没有再撤销其他记录。如还要撤销下面这些更早的记录，请点它们下面的「撤销」。`);
    await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now));
    return undefined;
  }
  return report;
}
