// 撤销: the member's own latest record is withdrawn (soft delete, audited); with nothing pending, 取消 lands here too.
import { CANCEL_WORDS } from '../continueDialog.js';
import { clearDialog, dialogKey } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { describeActivity, receiptFor } from '../recordReport.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { latestOwnActivity, newestOwnRecord, undoActivity } from '../../store/activityLog.js';
import { lastFound, withdrawnOn } from '../foundRecords.js';
import { undoFound } from '../undoFound.js';
import { latestWithdrawal, nounFitsType, type LatestWithdrawal } from '../../domain/report/latestWithdrawal.js';
import { activityTypeName } from '../../domain/activityTypes.js';

/** The latest record, pointed at: 上一条 · 刚才那条 · 刚才的 · 最后一条. */
const LATEST = '(?:上一条|上条|上一个|刚才那一?条|刚刚那一?条|刚才的|刚刚的|刚才|刚刚|最后一条|最近一条)(?:记录|上报)?';
/** Withdraw it, in either word order (撤销掉 · 撤销一下 alone too, round 51 fzdd: 没看懂 after a search card): 撤回上一条 · 上一条撤回 · 刚才那条撤销 · 上条作废 · 刚才那条不算 (round 14: only 撤回上一条 worked). */
const UNDO = new RegExp(
  `^(?:请|麻烦)?(?:(?:撤销|撤回|删除|删掉|作废)(?:${LATEST}|记录|上报)?(?:掉|吧|一下)*|${LATEST}(?:请|要|帮我)?(?:撤销|撤回|删除|删掉|作废|不算|不要了|不作数)(?:掉|了|吧|一下)*)[。.!！]*$`,
);

/** 确认撤销 (a search card's 撤销, confirmed in words): only with nothing waiting, where no 确认 card can claim the 确认. */
const CONFIRM_UNDO = /^(?:我)?确认(?:要)?撤销(?:吧|了)?[。.!！]*$/;

export const undo = defineIntent<'undo' | 'cancel' | LatestWithdrawal>({
  name: 'undo',
  // 刚才那条约谈撤销一下，是林晓约谈的不是我 · 刚才那条撤销，报错了 (round 53, fkb; t55b FB1: a new talk with 林晓, or 没看懂):
  // a withdrawal with the member's reason is the same 撤销; the reason is said back, never recorded.
  match: (ctx) =>
    UNDO.test(ctx.text) || (CONFIRM_UNDO.test(ctx.text) && !ctx.dialog)
      ? 'undo'
      : CANCEL_WORDS.test(ctx.text) && !ctx.dialog
        ? 'cancel'
        : latestWithdrawal(ctx.text),
  async handle(ctx, which) {
    const withReason = typeof which === 'object' ? which : undefined;
    // The reason's people or deed (是林晓约谈的) are no new record: said so, beside whatever the 撤销 did (报错了 needs no word).
    if (withReason && /是|和|跟|与|由/.test(withReason.reason)) ctx.notice(`您说的原因「${withReason.reason}」只作说明，没有另记成新的记录。`);
    if (which === 'cancel') {
      await ctx.reply('当前没有进行中的上报。如需撤销上一条记录，请发送「撤销」。');
      return;
    }
    // 撤销 while a report waits for an answer or for 确认 means that report: it is dropped, and nothing recorded is
    // touched (was: the latest record, an unrelated one, was withdrawn and the card stayed waiting).
    if (ctx.dialog?.kind === 'report' || ctx.dialog?.kind === 'confirm') {
      await clearDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), ctx.dialog.cardId);
      await ctx.reply('好的，这条待确认的上报已放弃，没有记录任何内容。如需撤销之前已记录的一条，请再发送「撤销」。');
      return;
    }
    if (ctx.dialog?.kind === 'change') {
      await clearDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), ctx.dialog.cardId);
      await ctx.reply('好的，待确认的修改已放弃，记录没有改动。如需撤销这条记录，请再发送「撤销」。');
      return;
    }
    // Right after a search card (撤销12月3日和李娟的廉政谈话 → 找到 1 条), 撤销 is the record it showed, in whichever chat it
    // was shown (t54a F3: the latest report was shown instead, which for an older record is the wrong one).
    if (!ctx.dialog || ctx.dialog.kind === 'duty') {
      const found = lastFound(ctx);
      if (found) {
        await undoFound(ctx, found, undefined);
        return;
      }
    }
    // A record does not know the chat it was reported in: in a group, 撤销 of "the latest" could withdraw (and announce
    // there) a record reported privately (found by newcomer n3). The receipt's own 撤销 button, or the private chat.
    if (ctx.update.chatType === 'group') {
      await ctx.reply('在群里不按「最近一条」撤销：请点该条回执上的「撤销」，或在与清风的私聊里发送「撤销」。');
      return;
    }
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (!latest) {
      // A second 撤销 of the only record said 「您还没有可以撤销的记录」 (t54a F9), as if nothing had ever been recorded.
      const newest = newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId);
      await ctx.reply(
        newest?.deletedAt
          ? `您最近的一条记录（${describeActivity(ctx.deps, newest, ctx.now)}）已于${withdrawnOn(newest.deletedAt)}撤销过了，没有其他可以撤销的记录。`
          : '您还没有可以撤销的记录。',
      );
      return;
    }
    // A second 撤销 right after one (sent twice, or a tap and a message) withdrew an older, unrelated record without a
    // word (newcomer n4). Past a record just withdrawn, which older one is meant only the member knows: shown, not touched.
    // A record of the same report as the one withdrawn is not "older": the receipt showed them together (newcomer n3).
    // 刚才那条约谈撤销 when the latest record is a 党课: which record is meant is unsure, so none is touched.
    if (withReason?.noun !== undefined && !nounFitsType(withReason.noun, latest.type)) {
      await ctx.reply(
        `您最近的一条记录是${activityTypeName(latest.type)}（${describeActivity(ctx.deps, latest, ctx.now)}），不是「${withReason.noun}」，没有撤销任何记录。请在要撤销的那条回执上点「撤销」，或写明日期和对象，如「撤销11月27日和何平的廉政谈话」。`,
      );
      return;
    }
    const report = siblingsOf(ctx.deps, latest);
    const newest = newestOwnRecord(ctx.deps.store, ctx.update.senderOpenId);
    if (newest?.deletedAt && !report.some((a) => a.id === newest.id)) {
      ctx.notice(
        `您最近的一条（${describeActivity(ctx.deps, newest, ctx.now)}）已经撤销过了，没有再撤销其他记录。如还要撤销下面这条更早的记录，请点它下面的「撤销」。`,
      );
      await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now));
      return;
    }
    // One report, several records (两项责任书): 撤销 withdrew only the newest, and a second 撤销 the other, then an older
    // one (a newcomer's finding). Which of them is meant only the member knows: the receipt again, a 撤销 per record.
    const standing = report.filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId);
    if (standing.length > 1) {
      ctx.notice(`您最近一次上报记录了 ${standing.length} 项，还没有撤销任何一项。请在要撤销的那一项下点「撤销」，可逐项撤销。`);
      await ctx.replyCard(receiptFor(ctx.deps, report, ctx.now));
      return;
    }
    const result = await undoActivity(ctx.deps.store, latest.id, ctx.update.senderOpenId, ctx.now);
    if (!result.ok) {
      await ctx.reply('这条记录已经撤销过了。');
      return;
    }
    await ctx.reply(`已撤销：${describeActivity(ctx.deps, result.after, ctx.now)}\n（撤销记录保留在审计日志中，不再计入完成情况。）`);
  },
});
