// 「不对，是和李娟谈的」 while 「是哪一天？」 waits (round 21 leftover): the waiting report takes the person or kind said,
// and the question keeps being asked; was: the same question again, the correction dropped without a word.
import { isAboveInChain } from '../../domain/report/superiorInChain.js';
import { seniorityIn } from '../../domain/report/seniority.js';
import { cardCorrection, namesRecordByPerson, type CardCorrection } from '../../domain/report/cardCorrection.js';
import type { ConfirmReason } from '../../domain/report/draft.js';
import { type PendingItem } from '../../domain/report/followUp.js';
import { problemsOf } from '../../domain/report/problemsOf.js';
import { cardCorrections, severalChanges } from '../../domain/report/cardCorrections.js';
import { settleFromMessage } from '../settleFromMessage.js';
import { continueDialog } from '../continueDialog.js';
import { PLAN_OR_NOT_DONE, spokenCardEdit } from '../../domain/report/spokenCardEdit.js';
import { answerAndDrop, answerThenNumbered } from '../../domain/report/answerAndDrop.js';
import { withNotice } from '../withNotice.js';
import { parseDay } from '../../domain/report/parseDay.js';
import { looseFieldWords } from '../../domain/report/looseFieldWords.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { slipSaidJustNow, waitingSlip } from '../../domain/report/waitingSlip.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { followUpCard } from '../askFollowUp.js';
import type { BotContext } from '../botContext.js';
import { dialogKey, saveDialog } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { personInWords } from '../personInWords.js';
import { departmentInWords, departmentNameOf } from '../departmentInWords.js';

/** What 「没看懂改成什么」 says when a slip is owned and nothing after it reads as a change. */
const UNREAD = '没能读出要改成什么，这条上报没有改动。请一次改一项，如「不对，是和李娟谈的」「不对，是谈心谈话」。';

/** Whether a correction changed something besides the day (a day said is the answer, the dialog's own reading). */
function changesMoreThanDay(before: PendingItem[], after: PendingItem[]): boolean {
  return after.some((item, i) => {
    const b = before[i]?.draft;
    const a = item.draft;
    return !b || a.type !== b.type || a.actorId !== b.actorId || a.counterpartIds.join(',') !== b.counterpartIds.join(',');
  });
}

/**
 * A change of the person or kind of a report waiting for an answer, typed in words. Only a change that names no
 * day: 「不对，是前天」 to 是哪一天 is the answer itself.
 */
export const correctWaitingQuestion = defineIntent<CardCorrection & { answer?: string }>({
  name: 'correct-waiting-question',
  match(ctx) {
    if (!ctx.sender || ctx.dialog?.kind !== 'report') return null;
    // One reading of names, days and ranks for every correction shape below.
    const reading = {
      today: shanghaiDate(ctx.now),
      personId: (w: string) => personInWords(ctx, w),
      personName: (id: string) => ctx.deps.directory.person(id)?.name ?? id,
      senderId: ctx.sender.id,
      // Anyone above the member in the chain, as a first reading turns a talk round (superiorHolds, round 35).
      superiorOf: (upper: string, lower: string) => isAboveInChain(ctx.deps.directory, upper, lower),
      departmentOf: (id: string) => ctx.deps.directory.person(id)?.departmentId,
      supervised: (id: string) => ctx.deps.directory.supervisedBy(id).map((d) => d.id),
      seniority: (id: string) => seniorityIn(ctx.deps.directory, id),
      departmentId: (w: string) => departmentInWords(ctx.deps.directory, w),
      departmentName: (id: string) => departmentNameOf(ctx.deps.directory, id),
      byEntry: true,
    };
    // 「第2条活动人是赵敏，对象是何平」 · 「修改，第2条是我和何平谈的」 to 和谁谈的 (round 37 fjf, t36c F9: read as the answer,
    // 赵敏 made the one talked to; or 「这条消息没有记录」): words naming a record by its number correct that record, whatever
    // question waits; one that fits nothing is said with the question again. A day alone for the item whose day is asked
    // is the answer, the dialog's own reading.
    // 作风纪律检查，第2条是11月21日 (round 56, fgc; t58a F8: read as a new report, the waiting one dropped): the answer and
    // an edit of another item in one reply — the edit made here, the answer then read as the answer (handle).
    const parted = answerThenNumbered(ctx.text);
    // 周四，第二条是计划 (planItemAnswer's: the plan taken off, the day the answer) is no edit.
    if (parted !== undefined && answerAndDrop(ctx.text) === undefined && !PLAN_OR_NOT_DONE.test(parted.rest)) {
      const edit = cardCorrections(parted.rest, ctx.dialog.items, reading) ?? spokenCardEdit(parted.rest, ctx.dialog.items, reading, [cardCorrections]);
      if (edit?.kind === 'changed') return { ...edit, items: stillAsked(edit.items, reading.today), answer: parted.answer };
      return { kind: 'unfit', text: `没看懂「${parted.rest}」要改什么，没有改动；「${parted.answer}」已按回答采用。`, answer: parted.answer };
    }
    if (NAMES_RECORD.test(ctx.text.trim())) {
      const numbered = cardCorrections(ctx.text, ctx.dialog.items, reading);
      if (numbered?.kind === 'changed') {
        const dayOnly = (waitingCode(ctx.dialog.items) === 'missing_date' || waitingCode(ctx.dialog.items) === 'future_date') && !changesMoreThanDay(ctx.dialog.items, numbered.items);
        if (!dayOnly) return { ...numbered, items: stillAsked(numbered.items, reading.today) };
      } else if (numbered) return numbered;
    }
    // 「不是昨天是前天，而且是谈心谈话」 to any question (issue 10 part C): two fields changed, said as changes; an answer
    // with a detail beside it (「王强，昨天」) is the answer's own.
    if (CHANGE_SAID.test(ctx.text)) {
      const several = severalChanges(ctx.text, ctx.dialog.items, reading);
      if (several?.kind === 'changed') return { ...several, items: stillAsked(several.items, shanghaiDate(ctx.now)) };
    }
    // 日期改成11月25日 · 人数改为5人 to 是哪类活动 (round 33a, C1 step 3: 「没能把这条回复读成下面问题的答案」, while the same
    // words on the card worked): a field said changed applies to the waiting report as on a card, the question kept.
    // To 是哪一天 a day said is the answer itself, read below.
    const waiting = ctx.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
    // 刚才那个会议题不对，应该是… (round 67, gga; t69b Part B: 「没能把这条回复读成…」): loose words of a field are a change too.
    const loose = looseFieldWords(normalizeText(ctx.text)) !== undefined;
    if ((FIELD_CHANGED.test(ctx.text) || loose) && waiting !== 'missing_date' && waiting !== 'future_date' && waiting !== 'ambiguous_year') {
      const field = cardCorrection(ctx.text.trim(), ctx.dialog.items, reading);
      if (field?.kind === 'changed') return { ...field, items: stillAsked(field.items, shanghaiDate(ctx.now)) };
    }
    // 不对，和冯雪是上周四 · 日期错了，冯雪那条是上周四 to 是哪类活动 (round 32a F5: the same question again, the day left as it
    // was and nothing said): the item named by its person takes the change, whatever the question asks.
    if (namesRecordByPerson(ctx.text, reading)) {
      const named = cardCorrection(ctx.text, ctx.dialog.items, reading);
      // To 和谁谈的, 「和冯雪是昨天谈的」 naming someone not yet in the report is the answer itself, left to the dialog.
      const whom = /counterpart/.test(ctx.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code ?? '');
      if (named && (named.kind === 'changed' || !whom)) return named.kind === 'changed' ? { ...named, items: stillAsked(named.items, reading.today) } : named;
    }
    // Only while the day is asked: to 和谁谈的 or 哪类活动, 「是和李娟谈的」 is the answer itself.
    const asked = ctx.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
    if (asked !== 'missing_date' && asked !== 'future_date' && asked !== 'ambiguous_year') return null;
    const today = shanghaiDate(ctx.now);
    // 说错了 · 刚才那条不对 · 等等，说错了: the slip owned, read as 「不对,…」; a day is looked for only after it (刚才 is
    // when the member spoke: read as today it answered the question and the correction was lost, round 27d F1).
    const slip = waitingSlip(ctx.text);
    const spoken = slip === undefined && slipSaidJustNow(ctx.text);
    if (parseDay(slip ? slip.slice('不对,'.length) : spoken ? ctx.text.replace(/刚才|刚刚/g, '') : ctx.text, today).date !== undefined) return null;
    const c = cardCorrection(slip ?? ctx.text.trim(), ctx.dialog.items, reading);
    // A slip owned and nothing read after it: said, the question asked again; never left to the answer reader, which
    // would take its 刚才 as today.
    if (!c) return slip || spoken ? { kind: 'unfit', text: UNREAD } : null;
    return c.kind !== 'changed' || changesMoreThanDay(ctx.dialog.items, c.items) ? c : null;
  },
  async handle(ctx, c) {
    const d = ctx.dialog as Extract<typeof ctx.dialog, { kind: 'report' }>;
    const today = shanghaiDate(ctx.now);
    if (c.answer !== undefined) {
      // The answer read on the report as edited, the edit (or what was not read of it) said on what comes back.
      const said = c.kind === 'changed' ? `已按您的回复修改（${c.what}）` : c.kind === 'unfit' ? c.text : `有几项都可能是您要改的（${c.what}），没有改动`;
      const edited = c.kind === 'changed' ? { ...d, items: c.items, remarks: [...d.remarks, said], reasons: (d.reasons ?? []).includes('corrected_day') ? d.reasons! : [...(d.reasons ?? []), 'corrected_day' as const] } : d;
      const answered = await continueDialog(ctx.deps, {
        who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
        chatId: ctx.update.chatId,
        dialog: edited,
        text: c.answer,
        sourceEventId: ctx.update.eventId,
        sourceMessageId: ctx.update.messageId,
        now: ctx.now,
      });
      const out = c.kind === 'changed' ? answered : (withNotice(answered, [said]) ?? answered);
      if (out.kind === 'card') await ctx.replyCard(out.card);
      else if (out.kind === 'text') await ctx.reply(out.kind === answered.kind && c.kind !== 'changed' && out === answered ? `${said}\n${out.text}` : out.text);
      return;
    }
    if (c.kind !== 'changed') {
      // Read as a correction that fits nothing waiting: said, and the question asked again; nothing else changed.
      ctx.notice(c.kind === 'which' ? `有几项都可能是您要改的（${c.what}），请说是哪一项，如「第2条是和李娟谈的」。` : c.text);
      await ctx.replyCard(followUpCard(ctx.deps, d.items, today, d.week));
      return;
    }
    // The corrected report ends on the 确认 card after its last answer: a change in words is never stored unseen.
    const reasons: ConfirmReason[] = (d.reasons ?? []).includes('corrected_day') ? d.reasons! : [...(d.reasons ?? []), 'corrected_day'];
    const messageIds = [...(d.messageIds ?? []), ctx.update.messageId];
    // Every question answered by the change (a day among the fields changed): the 确认 card, as after a last answer.
    if (c.items.every((i) => i.problems.length === 0)) {
      const card = await settleFromMessage(ctx, {
        items: c.items,
        remarks: d.remarks,
        reasons,
        relatedMessageIds: messageIds.filter((id) => id !== ctx.update.messageId),
        ...(d.cardId !== undefined ? { replacing: d.cardId } : {}),
      });
      const carried = withNotice({ kind: 'card', card }, [`已按您的更正修改（${c.what}），请核对后确认。`]);
      await ctx.replyCard(carried?.kind === 'card' ? carried.card : card);
      return;
    }
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), { ...d, items: c.items, reasons, messageIds }, ctx.now);
    ctx.notice(`已按您的更正修改（${c.what}）。`);
    await ctx.replyCard(followUpCard(ctx.deps, c.items, today, d.week));
  },
});

/** A field named and said changed (日期改成… · 人数应为… · 对象写错了…) or 改成/改为 alone: never an answer to a question. */
const FIELD_CHANGED = /(?:日期|时间|人数|参加人数|对象|谈话对象|题目|活动人|谈话人)[^,，。;；]{0,4}?(?:改成|改为|改到|应该是|应为|错了|写错了|不对)|改成|改为|改到/;

/** 第2条… · 修改，第二条…: a record of the waiting report named by its number at the head of the reply. */
const NAMES_RECORD = /^(?:(?:修改|更正|改一下|不对|错了)[,，:：;；\s]*)?第(?:[1-9]\d?|[一二三四五六七八九十])条/;

/** The code of the question waiting (the first open problem), if any. */
function waitingCode(items: PendingItem[]): string | undefined {
  return items.find((i) => i.problems.length > 0)?.problems[0]?.code;
}

/** Words that say a change is meant (不是… · 改成 · 对象是 · 而且是), not an answer with a detail beside it. */
const CHANGE_SAID = /不是|改成|改为|改到|应该是|应为|对象|类型|日期|人数|参加|而且|并且/;

/** The problems still open once fields changed: a day, kind or person now given is no longer asked. */
function stillAsked(items: PendingItem[], today: string): PendingItem[] {
  const basic = new Set(['missing_type', 'missing_date', 'future_date', 'missing_counterpart']);
  return items.map((item) => {
    const open = new Set(problemsOf(item.draft, today).map((p) => p.code));
    return { ...item, problems: item.problems.filter((p) => !basic.has(p.code) || open.has(p.code)) };
  });
}
