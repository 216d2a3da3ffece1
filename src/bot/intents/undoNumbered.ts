// 撤销第3条 after the latest report's records were listed (round 34b §3b: 没看懂): that record withdrawn, as its 撤销
// button would, said as 撤销 says it.
import { correctionRemark } from '../../domain/report/correctionRemark.js';
import { undoNumberedWords } from '../../domain/report/undoNumberedWords.js';
import { cardItemChoice } from '../../domain/report/cardItemChoice.js';
import { defineIntent } from '../intent.js';
import { latestReportToUndo } from '../latestReportToUndo.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { undoActivity } from '../../store/activityLog.js';
import { lastFound, withdrawnOn } from '../foundRecords.js';
import { undoFound } from '../undoFound.js';

/** The record number `text` withdraws, alone or with a reason beside it (that never changes which one). */
function numberedOf(text: string): number | undefined {
  const n = undoNumberedWords(text);
  if (n !== undefined) return n;
  const remarked = correctionRemark(text);
  const said = remarked !== undefined && !remarked.fact ? undoNumberedWords(remarked.change) : undefined;
  if (said !== undefined) return said;
  // 第2条不要了 李娟也在 (round 53, t53a F4's near-miss): a fact said beside it (someone else was there too) may be what the
  // member wants changed instead; nothing is withdrawn on it (the merge of round 58: fdc's reading below took it as a reason).
  if (remarked?.fact) return undefined;
  // 第3条不要，重复了 · 第2条多了，那次没谈成 (round 58, fdc: 「您说的「第3条」没有对应的列表」 right after the receipt, though
  // 第3条不要了 withdrew it): one record left out with its reason, read as a waiting card reads it; several are not withdrawn here.
  const choice = cardItemChoice(text);
  return choice?.kind === 'drop' && choice.also === undefined && /^(?:请|麻烦)?(?:把)?第/.test(text.trim()) ? choice.index + 1 : undefined;
}

/**
 * Withdraws record N (1-based, as the receipt numbers the latest report's records, withdrawn ones included) of the
 * member's latest report. A number beyond the list, a record already withdrawn, another's record, a report older than
 * one just withdrawn, or a group chat: nothing is touched, said so, with the list again where it helps.
 */
export const undoNumbered = defineIntent<number>({
  name: 'undo-numbered',
  // With a card or question waiting, 撤销第3条 is that card's 第3条 (waitingCardItem) or the waiting report (undo.ts).
  // 刚才那条第2条不要了 吴静那次谈心还没谈 (t53a F4: read as a 未完成 query, nothing withdrawn): the member's reason is set aside.
  match: (ctx) => (ctx.dialog === undefined || ctx.dialog.kind === 'duty' ? (numberedOf(ctx.text) ?? null) : null),
  async handle(ctx, n) {
    // Right after a search card listing several records, 撤销第2条 is its 第2条 (t54a F3), not the latest report's.
    const found = lastFound(ctx);
    if (found) {
      await undoFound(ctx, found, n);
      return;
    }
    const report = await latestReportToUndo(ctx);
    if (!report) return;
    const me = ctx.update.senderOpenId;
    const target = report[n - 1];
    if (!target) {
      ctx.notice(`您最近一次上报只有 ${report.length} 项，没有第${n}条，没有撤销任何一项。请在要撤销的那一项下点「撤销」。`);
      await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now));
      return;
    }
    if (target.reporter !== me) {
      await ctx.reply(`第${n}条（${describeActivity(ctx.deps, target, ctx.now)}）不是您上报的，只能撤销自己上报的记录。`);
      return;
    }
    const result = await undoActivity(ctx.deps.store, target.id, me, ctx.now);
    if (!result.ok) {
      const on = target.deletedAt ? `已于${withdrawnOn(target.deletedAt)}` : '已经';
      await ctx.reply(`第${n}条（${describeActivity(ctx.deps, target, ctx.now)}）${on}撤销过了。`);
      return;
    }
    await ctx.reply(`已撤销第${n}条：${describeActivity(ctx.deps, result.after, ctx.now)}\n（撤销记录保留在审计日志中，不再计入完成情况。）`);
  },
});
