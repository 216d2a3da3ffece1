// 撤销刚才那两条 · 刚才那几条都撤回 · 全部撤销 after a receipt of several records (round 34a F10: 没看懂): the latest
// report's records withdrawn together, as 撤销 withdraws one, said the same way.
import { undoSeveralWords, type UndoSeveral } from '../../domain/report/undoSeveralWords.js';
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, isTalkType, type ActivityTypeCode } from '../../domain/activityTypes.js';
import type { BotContext } from '../botContext.js';
import { defineIntent } from '../intent.js';
import { latestReportToUndo } from '../latestReportToUndo.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { undoActivity } from '../../store/activityLog.js';

/** 谈话 for any talk, else the type's name. */
const kindName = (kind: ActivityTypeCode | 'talk') => (kind === 'talk' ? '谈话' : activityTypeName(kind));

/**
 * The member's `count` newest standing records of `kind` (all of them when no number was said), newest first.
 */
function latestOfKind(ctx: BotContext, kind: ActivityTypeCode | 'talk', count: number | undefined): Activity[] {
  const me = ctx.update.senderOpenId;
  const fits = (a: Activity) => (kind === 'talk' ? isTalkType(a.type) : a.type === kind);
  const own = ctx.deps.store.read((db) => db.activities.filter((a) => !a.deletedAt && a.reporter === me && fits(a)));
  const newest = [...own].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // Fewer than said are all returned, so the number that does not match is told (两条 when only one stands).
  return count === undefined ? newest : newest.slice(0, count);
}

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
    const me = ctx.update.senderOpenId;
    // 撤销刚才记的两条责任书 (round 59, fcc; t61a F7: 没看懂): the member's latest records of that kind, whichever reports.
    // A group chat is answered as for the latest report (a record does not know its chat).
    const report = asked.kind !== undefined && ctx.update.chatType !== 'group' ? latestOfKind(ctx, asked.kind, asked.count) : await latestReportToUndo(ctx);
    if (!report) return;
    if (report.length === 0) {
      await ctx.reply(`您没有可以撤销的${kindName(asked.kind!)}记录，没有撤销任何一项。`);
      return;
    }
    const standing = report.filter((a) => !a.deletedAt && a.reporter === me);
    if (asked.count !== undefined && asked.count !== standing.length) {
      ctx.notice(
        asked.kind !== undefined
          ? `您的${kindName(asked.kind)}记录只有 ${standing.length} 条，和您说的 ${asked.count} 条对不上，没有撤销任何一项。请在要撤销的那一项下点「撤销」。`
          : `您最近一次上报还有 ${standing.length} 项记录，和您说的 ${asked.count} 条对不上，没有撤销任何一项。请在要撤销的那一项下点「撤销」，或回复「全部撤销」撤销下面全部 ${standing.length} 项。`,
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
