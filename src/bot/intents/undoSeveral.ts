// 撤销刚才那两条 · 刚才那几条都撤回 · 全部撤销 after a receipt of several records (round 34a F10: 没看懂): the latest
// report's records withdrawn together, as 撤销 withdraws one, said the same way.
import { undoSeveralWords, type UndoSeveral } from '../../domain/report/undoSeveralWords.js';
import { defineIntent } from '../intent.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { latestOwnActivity, newestOwnRecord, undoActivity } from '../../store/activityLog.js';

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
    // As undo.ts: a record does not know its chat, so "the latest" is not withdrawn from a group.
    if (ctx.update.chatType === 'group') {
      await ctx.reply('在群里不按「最近一次上报」撤销：请点该条回执上的「撤销」，或在与清风的私聊里发送。');
      return;
    }
    const me = ctx.update.senderOpenId;
    const latest = latestOwnActivity(ctx.deps.store, me);
    if (!latest) {
      await ctx.reply('您还没有可以撤销的记录。');
      return;
    }
    const report = siblingsOf(ctx.deps, latest);
    // A record just withdrawn that is not of this report: which older report is meant only the member knows (undo.ts).
    const newest = newestOwnRecord(ctx.deps.store, me);
    if (newest?.deletedAt && !report.some((a) => a.id === newest.id)) {
      ctx.notice(`您最近一次上报的记录（${describeActivity(ctx.deps, newest, ctx.now)}）已经撤销过了，没有再撤销其他记录。如还要撤销下面这些更早的记录，请点它们下面的「撤销」。`);
      await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now));
      return;
    }
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
