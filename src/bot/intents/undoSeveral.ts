// 撤销刚才那两条 · 刚才那几条都撤回 · 全部撤销 after a receipt of several records (round 34a F10: 没看懂): the latest
// report's records withdrawn together, as 撤销 withdraws one, said the same way.
import { undoSeveralWords, type UndoSeveral } from '../../domain/report/undoSeveralWords.js';
import { defineIntent } from '../intent.js';
import { latestReportToUndo } from '../latestReportToUndo.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { undoActivity } from '../../store/activityLog.js';

/** Said after what was withdrawn, as a single 撤销 says it. */
const AUDIT_KEPT = '（撤销记录保留在审计日志中，不再计入完成情况。）';

/**
 * Withdraws every standing record of the member's latest report when the member asked for several (a number that
 * matches, or all of them). A number that does not match the report, a report already withdrawn in part past a newer
 * withdrawal, or a group chat: nothing is touched and the receipt is shown with a 撤销 per record, as 撤销 does.
 */
export const undoSeveral = defineIntent<UndoSeveral>({
  name: 'undo-several',
  // With a report or a change waiting, 撤销 means that (undo.ts); several stored records are meant only when nothing waits.
  match: (ctx) => (ctx.dialog === undefined || ctx.dialog.kind === 'duty' ? (undoSeveralWords(ctx.text) ?? null) : null),
  async handle(ctx, asked) {
    const report = await latestReportToUndo(ctx);
    if (!report) return;
    const me = ctx.update.senderOpenId;
    const standing = report.filter((a) => !a.deletedAt && a.reporter === me);
    if (asked.count !== undefined && asked.count !== standing.length) {
      ctx.notice(
        `您最近一次上报还有 ${standing.length} 项记录，和您说的 ${asked.count} 条对不上，没有撤销任何一项。请在要撤销的那一项下点「撤销」，或回复「全部撤销」撤销下面全部 ${standing.length} 项。`,
      );
      await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now));
      return;
    }
    const done: string[] = [];
    for (const a of standing) {
      const result = await undoActivity(ctx.deps.store, a.id, me, ctx.now);
      if (result.ok) done.push(describeActivity(ctx.deps, result.after, ctx.now));
    }
    if (done.length === 0) {
      await ctx.reply('这些记录已经撤销过了。');
      return;
    }
    if (done.length === 1) {
      await ctx.reply(`已撤销：${done[0]}\n${AUDIT_KEPT}`);
      return;
    }
    await ctx.reply(`已撤销 ${done.length} 项：\n${done.map((line, i) => `${i + 1}. ${line}`).join('\n')}\n${AUDIT_KEPT}`);
  },
});
