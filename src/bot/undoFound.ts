// 撤销 / 撤销第2条 typed right after a search card (撤销12月3日和李娟的廉政谈话 → 【找到 1 条记录】): the record that card
// showed is withdrawn, as its 撤销 button would (t54a F3, t54b B-F3: the latest report was acted on instead).
import type { Activity } from '../domain/activity.js';
import { undoActivity } from '../store/activityLog.js';
import type { BotContext } from './botContext.js';
import { withdrawnOn } from './foundRecords.js';
import { describeActivity, receiptFor } from './recordReport.js';

/**
 * Withdraws record `n` (1-based, card order) of `found`, the records the member's last search card showed, or with
 * `n` undefined the one record it showed. Several records and no number, a number past the list, a record already
 * withdrawn (said with its day) or another's: nothing is touched, said so, with the card again where it helps.
 */
export async function undoFound(ctx: BotContext, found: Activity[], n: number | undefined): Promise<void> {
  const heading = `找到 ${found.length} 条记录`;
  if (n === undefined && found.length > 1) {
    ctx.notice(`上面找到 ${found.length} 条，还没有撤销任何一条。请发送序号，如「撤销第2条」，或在要撤销的那一条下点「撤销」。`);
    await ctx.replyCard(receiptFor(ctx.deps, found, ctx.now, [], [], heading));
    return;
  }
  const target = found[(n ?? 1) - 1];
  const which = n === undefined ? '这条记录' : `第${n}条`;
  if (!target) {
    ctx.notice(`上面只找到 ${found.length} 条，没有第${n}条，没有撤销任何一条。请在要撤销的那一条下点「撤销」。`);
    await ctx.replyCard(receiptFor(ctx.deps, found, ctx.now, [], [], heading));
    return;
  }
  const me = ctx.update.senderOpenId;
  if (target.reporter !== me) {
    await ctx.reply(`${which}（${describeActivity(ctx.deps, target, ctx.now)}）不是您上报的，只能撤销自己上报的记录。`);
    return;
  }
  if (target.deletedAt) {
    await ctx.reply(`${which}（${describeActivity(ctx.deps, target, ctx.now)}）已于${withdrawnOn(target.deletedAt)}撤销过了，没有再撤销其他记录。`);
    return;
  }
  const result = await undoActivity(ctx.deps.store, target.id, me, ctx.now);
  if (!result.ok) {
    await ctx.reply(`${which}（${describeActivity(ctx.deps, target, ctx.now)}）已经撤销过了。`);
    return;
  }
  const label = n === undefined ? '' : `第${n}条`;
  await ctx.reply(`已撤销${label}：${describeActivity(ctx.deps, result.after, ctx.now)}\n（撤销记录保留在审计日志中，不再计入完成情况。）`);
}
