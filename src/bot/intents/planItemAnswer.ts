// 「第三条是计划，还没做」「那个是计划」 while a report waits for an answer: that item is left out with a word, the rest
// recorded (or shown for 确认) or asked on (round 14 F6: the answer went to the query engine, the question came back).
import { MANY_RECORDS } from '../../domain/report/confirmReasons.js';
import { plannedItemSaid, pointsByNumber, saysPlan } from '../../domain/report/plannedItem.js';
import { messageEntryItems } from '../../domain/report/messageEntryItems.js';
import { leftOutWord } from '../../domain/report/leftOutWord.js';
import { dayPointedUnfit } from '../../domain/report/dayPointedUnfit.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { besidePlan } from '../../domain/report/besidePlan.js';
import { inReportWeek } from '../../domain/report/inReportWeek.js';
import { inReportMonth } from '../../domain/report/reportMonth.js';
import { answerFollowUp, type PendingItem } from '../../domain/report/followUp.js';
import { followUpCard, type MonthFrame } from '../askFollowUp.js';
import { describePending } from '../describeActivity.js';
import { clearDialog, dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { confirmCardFor } from '../settleReport.js';
import { settleFromMessage } from '../settleFromMessage.js';
import { remarksStillTrue } from '../../domain/report/remarksStillTrue.js';
import type { BotContext } from '../botContext.js';
import { CANCEL_WORDS } from '../continueDialog.js';
import { numberOrDayDrop } from '../../domain/report/numberOrDayDrop.js';
import { button } from '../../feishu/cards/cardParts.js';
import { withButtonsFirst } from '../withButtonsFirst.js';
import type { DialogData } from '../dialogStore.js';

/** match's answer for a record pointed at by a day no waiting item holds (2号那条不用记). */
const UNFIT_DAY = -2;

export const planItemAnswer = defineIntent<number>({
  name: 'plan-item-answer',
  match(ctx) {
    // 取消 / 不记了 always gets out of the whole report (continueDialog), never only one item.
    if (!ctx.sender || CANCEL_WORDS.test(ctx.text.trim())) return null;
    // On a 确认 card (the plan already left out, or one of the card's records meant): -1 when no record is pointed at.
    // 「这个先不记」 points at no record and says no plan: the card's own answer (这条不要), never 「计划安排不会记录」.
    if (ctx.dialog?.kind === 'confirm') {
      if (!saysPlan(ctx.text)) return null;
      return plannedItemSaid(ctx.text, ctx.dialog.items, shanghaiDate(ctx.now)) ?? (/计划|打算|安排/.test(ctx.text) ? -1 : null);
    }
    if (ctx.dialog?.kind !== 'report') return null;
    // 2号那条不用记 while no item is of the 2nd (round 65, gec): said, nothing taken off (was: the item asked about left out).
    if (saysPlan(ctx.text) && dayPointedUnfit(ctx.text, ctx.dialog.items, shanghaiDate(ctx.now)) !== undefined) return UNFIT_DAY;
    return plannedItemSaid(ctx.text, ctx.dialog.items, shanghaiDate(ctx.now), true);
  },
  async handle(ctx, index) {
    if (ctx.dialog?.kind === 'confirm') {
      await onCard(ctx, ctx.dialog, index);
      return;
    }
    const dialog = ctx.dialog as Extract<typeof ctx.dialog, { kind: 'report' }>;
    const today = shanghaiDate(ctx.now);
    if (index === UNFIT_DAY) {
      const day = dayPointedUnfit(ctx.text, dialog.items, today)!;
      const days = [...new Set(dialog.items.flatMap((i) => (i.draft.date ? [`${Number(i.draft.date.slice(5, 7))}月${Number(i.draft.date.slice(8, 10))}日`] : [])))];
      const theirs = days.length > 0 ? `（这条消息里的是${days.join('、')}）` : '';
      const month = dialog.week === undefined ? dialog.month : undefined;
      const card = followUpCard(ctx.deps, dialog.items, today, dialog.week, month !== undefined ? { month } : undefined, ctx.sender!.id);
      // 2号那条不用记 with items numbered 1 and 2 (round 66, gfd; t68b): the day none of them is, but record 2 may be meant —
      // asked, with a one-tap 「第2条不用记」; nothing taken before it.
      const asked = numberOrDayDrop(ctx.text, dialog.items);
      if (asked?.kind === 'asked') {
        const what = describePending(ctx.deps.directory, ctx.deps.duties, dialog.items[asked.index]!.draft, today, ctx.sender!.id);
        const drop = `第${asked.index + 1}条不用记`;
        const question = `您说的「${asked.day}号」是指第${asked.index + 1}条（${what}）吗？卡片上没有${day}的记录${theirs}，没有去掉任何一条。是的话请回复「${drop}」或点下面的按钮。`;
        await ctx.replyCard(withButtonsFirst(card, question, [button(drop, { action: 'answer', text: drop }, 'primary')]));
        return;
      }
      ctx.notice(`卡片上没有${day}的记录${theirs}，没有去掉任何一条。`);
      await ctx.replyCard(card);
      return;
    }
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    const dropped = dialog.items[index]!;
    // 第1条是计划 on a numbered message: every record its entry gave leaves with it, named by the member's own number.
    const byEntry = pointsByNumber(ctx.text) && dialog.items.every((i) => i.entry !== undefined);
    const gone = byEntry ? messageEntryItems(dialog.items, dropped.entry!) : [index];
    const what = gone.map((k) => `「${describePending(ctx.deps.directory, ctx.deps.duties, dialog.items[k]!.draft, today)}」`).join('');
    const label = dialog.items.length > 1 ? `第${byEntry ? dropped.entry! : index + 1}条${what}` : what;
    const said = `${label}${leftOutWord(ctx.text, dropped.draft, today)}`;
    const left = dialog.items.filter((_, i) => !gone.includes(i));
    if (left.length === 0) {
      await clearDialog(ctx.deps.store, key, dialog.cardId);
      await ctx.reply(`好的，${said}。这条消息没有其他要记录的活动。`);
      return;
    }
    const { items, frame } = answeredBeside(ctx, left, dialog);
    const messageIds = [...(dialog.messageIds ?? []), ctx.update.messageId];
    if (items.some((i) => i.problems.length > 0)) {
      await saveDialog(ctx.deps.store, key, { ...dialog, items, remarks: [...dialog.remarks, said], messageIds }, ctx.now);
      ctx.notice(`好的，${said}。`);
      await ctx.replyCard(followUpCard(ctx.deps, items, today, dialog.week, frame));
      return;
    }
    // What made the message need a tap as a whole (several items, many records) is weighed again without the plan.
    const reasons = (dialog.reasons ?? []).filter((r) => (r !== 'many' || items.length > MANY_RECORDS) && (r !== 'items' || items.length > 1));
    const card = await settleFromMessage(ctx, {
      items,
      remarks: [...dialog.remarks, said],
      reasons,
      relatedMessageIds: dialog.messageIds ?? [],
      ...(dialog.cardId !== undefined ? { replacing: dialog.cardId } : {}),
    });
    await ctx.replyCard(card);
  },
});

const POINTED = /第\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*(?:条|项|个|行|件|点)|最后(?:一|那)?(?:条|项|个|行|件)/;

/**
 * The items left once the plan is out, with what the rest of the message answers (「周四，第二条是计划」: 周四 is the
 * day asked, in the week the report named); the items as they were when the rest answers nothing. `frame`: the month the
 * report named (上个月, 10月份) for the question asked again, with the days a bare weekday of the rest could be in it.
 */
function answeredBeside(ctx: BotContext, items: PendingItem[], dialog: { week?: '上' | '本'; month?: string }): { items: PendingItem[]; frame?: MonthFrame } {
  const month = dialog.week === undefined ? dialog.month : undefined;
  const frame = month !== undefined ? { month } : undefined;
  // Only when the plan is pointed at by its place (第二条, 最后一条): in 「周四，那个是计划」 the day may point at the plan.
  const rest = POINTED.test(ctx.text) ? besidePlan(ctx.text) : '';
  if (rest === '' || !items.some((i) => i.problems.length > 0)) return { items, ...(frame ? { frame } : {}) };
  // 「10月份…」 → 「星期五，第一条是计划」 (h24: stored on a November Friday): the report's month frames the weekday as in
  // the plain answer; a weekday the month has several of is asked among them, nothing answered.
  const framed = month !== undefined ? inReportMonth(rest, month, shanghaiDate(ctx.now)) : { answer: inReportWeek(rest, dialog.week) };
  if ('days' in framed) return { items, frame: { month: month!, ...framed } };
  const answered = answerFollowUp(items, framed.answer, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: [] });
  return { items: answered.ok ? answered.items : items, ...(frame ? { frame } : {}) };
}

/**
 * 「第三条是计划」 typed on a 确认 card: a record of the card it points at is taken off and the card shown again; pointing
 * at none (the plan the card already names as not recorded), the card is shown again with a word.
 */
async function onCard(ctx: BotContext, dialog: DialogData & { kind: 'confirm' }, index: number): Promise<void> {
  const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
  const today = shanghaiDate(ctx.now);
  const who = ctx.sender!.id;
  if (index < 0) {
    ctx.notice('好的，计划安排不会记录。下面卡片上的是要记录的活动：请回复「确认」记录，或「取消」放弃。');
    await ctx.replyCard(confirmCardFor(ctx.deps, dialog.items, dialog.reasons, dialog.duplicates, dialog.remarks, ctx.now, who));
    return;
  }
  const said = `第${index + 1}条「${describePending(ctx.deps.directory, ctx.deps.duties, dialog.items[index]!.draft, today)}」${leftOutWord(ctx.text, dialog.items[index]!.draft, today)}`;
  const items = dialog.items.filter((_, i) => i !== index);
  if (items.length === 0) {
    await clearDialog(ctx.deps.store, key, dialog.cardId);
    await ctx.reply(`好的，${said}。卡片上没有其他要记录的活动。`);
    return;
  }
  // Duplicates are indexes into the items: those after the one taken off move up by one.
  const duplicates = dialog.duplicates.filter((d) => d !== index).map((d) => (d > index ? d - 1 : d));
  // 按冯雪的活动记录（代为上报） of the record taken off (round 34a, A18) goes with it: notes still true of what is left.
  const kept = remarksStillTrue(dialog.remarks, items.map((i) => i.draft), who, (id) => ctx.deps.directory.person(id)?.name, today);
  // 一次超过3条 said of a card left with three no longer holds (as reshownCard drops it).
  const reasons = dialog.reasons.filter((r) => r !== 'many' || items.length > MANY_RECORDS);
  const next = { ...dialog, items, duplicates, reasons, remarks: [...kept, said] };
  await saveDialog(ctx.deps.store, key, next, ctx.now);
  ctx.notice(`好的，${said}。`);
  await ctx.replyCard(confirmCardFor(ctx.deps, items, next.reasons, duplicates, next.remarks, ctx.now, who));
}
