// 「撤回上一条，重新报：昨天和郑华进行了谈心谈话」 (round 21u #10: 没看懂, the wrong record left standing): the latest
// record and the report that replaces it, on one 确认 card (before → after); nothing changes until the tap.
import type { Activity } from '../../domain/activity.js';
import type { ReportDraft } from '../../domain/report/draft.js';
import { parseReport } from '../../domain/report/parseReport.js';
import { replacementReport } from '../../domain/report/replacementReport.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { receiptFor } from '../recordReport.js';
import { latestOwnActivity } from '../../store/activityLog.js';

const LATEST = '(?:上一条|上条|上一个|刚才那一?条|刚刚那一?条|刚才的|刚刚的|最后一条|最近一条)(?:记录|上报)?';
/** 撤回上一条，重新报： · 刚才那条作废，重新上报： · 上一条删掉，改报：, then the report. */
const UNDO_THEN_REPORT = new RegExp(
  `^(?:请|麻烦)?(?:(?:撤销|撤回|删除|删掉|作废)${LATEST}|${LATEST}(?:请|要|帮我)?(?:撤销|撤回|删除|删掉|作废|不算|不要了|不作数)(?:掉|了|吧|一下)*)[,，;；。\\s]*(?:重新报|重报|重新上报|重新登记|重新记|改报|更正为|改为)[:：,，\\s]*(.+)$`,
);

const SEPARATELY = '没有撤回、也没有记录任何内容。请先发送「撤销」撤回上一条，再把改正后的内容单独发送一遍。';

/** The report after the undo words, or null when the message is no such thing (or something else waits). */
function reportAfterUndo(ctx: BotContext): string | null {
  if (!ctx.sender || ctx.dialog) return null;
  const said = UNDO_THEN_REPORT.exec(ctx.text.trim())?.[1]?.trim();
  if (said) return said;
  // 刚才那条撤销，应该是前天观看了…《…》，参加23人: a whole record after 应该是 replaces it; one value (应该是昨天) is correctLatest's.
  const rest = replacementReport(ctx.text);
  return rest !== undefined && wholeRecord(ctx, rest) !== undefined ? rest : null;
}

/** The one complete draft (type and day, nothing asked) `rest` reads as, or undefined. */
function wholeRecord(ctx: BotContext, rest: string): ReportDraft | undefined {
  const parsed = parseReport(rest, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions });
  const one = parsed?.length === 1 ? parsed[0]! : undefined;
  return one && one.problems.length === 0 && one.draft.type !== undefined && one.draft.date !== undefined ? one.draft : undefined;
}

export const undoThenReport = defineIntent<string>({
  name: 'undo-then-report',
  match: reportAfterUndo,
  async handle(ctx, rest) {
    // As for 撤销: a record does not know its chat, and 「上一条」 may be a private one.
    if (ctx.update.chatType === 'group') {
      await ctx.reply('在群里不按「上一条」撤回：请点该条回执上的「修改」或「撤销」，或在与清风的私聊里再说一遍。');
      return;
    }
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    if (!latest) {
      await ctx.reply(`您还没有可以撤回的记录，「${rest}」也没有记录。如需上报，请单独发送这条内容。`);
      return;
    }
    const records = siblingsOf(ctx.deps, latest).filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId);
    if (records.length > 1) {
      ctx.notice(`您最近一次上报记录了 ${records.length} 项，不知道要用「${rest}」替换哪一项，${SEPARATELY}`);
      await ctx.replyCard(receiptFor(ctx.deps, records, ctx.now));
      return;
    }
    const draft = wholeRecord(ctx, rest);
    if (!draft) {
      await ctx.reply(`您要撤回上一条并重新上报，但「${rest}」没能读成一条完整的记录（类型、日期、对象），${SEPARATELY}`);
      return;
    }
    // The title and head-count the new report gives go with it (they were dropped: the record kept the old ones).
    const after: RecordFields = {
      type: draft.type!,
      date: draft.date!,
      actorId: draft.actorId ?? ctx.sender!.id,
      counterpartIds: draft.counterpartIds,
      ...(draft.title !== undefined ? { title: draft.title } : {}),
      ...(draft.attendees !== undefined ? { attendees: draft.attendees } : {}),
    };
    if (sameFields(latest, after)) {
      await ctx.reply('重新上报的内容和上一条记录一样，记录没有改动。');
      return;
    }
    const change = { kind: 'change' as const, activityId: latest.id, what: '按重新上报的内容修改上一条', after };
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, latest, change, ctx.now));
  },
});

function sameFields(a: Activity, b: RecordFields): boolean {
  const given = (b.title === undefined || b.title === a.title) && (b.attendees === undefined || b.attendees === a.attendees);
  return given && a.type === b.type && a.date === b.date && a.actorId === b.actorId && a.counterpartIds.join(',') === b.counterpartIds.join(',');
}
