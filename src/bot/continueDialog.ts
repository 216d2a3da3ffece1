// The member's answer to a pending question (typed or tapped): fill it in, then ask the next question or record and confirm.
import { confirmationSaid } from '../domain/report/confirmationSaid.js';
import { answerDenials, saysNothing } from '../domain/report/answerDenials.js';
import { answerUnsureDays } from '../domain/report/answerUnsureDays.js';
import { answerAbsences } from '../domain/report/answerAbsences.js';
import { isTalkType } from '../domain/activityTypes.js';
import { parseCounterparts } from '../domain/report/parseCounterparts.js';
import { parseDay } from '../domain/report/parseDay.js';
import { answerFollowUp, type FollowUp, type PendingItem } from '../domain/report/followUp.js';
import { problemsOf } from '../domain/report/problemsOf.js';
import { answerTotal } from '../domain/report/answerTotal.js';
import { countDiffers } from '../domain/report/countDiffers.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { shanghaiDate } from '../domain/shanghai.js';
import { periodOf } from '../domain/period.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import { followUpCard } from './askFollowUp.js';
import { withNotice } from './withNotice.js';
import { memberEndsDrop } from '../domain/report/memberEndsDrop.js';
import { memberNumbering } from '../domain/report/memberNumbering.js';
import { memberNumberedTurn } from './memberNumberedTurn.js';
import { changeTurn } from './changeTurn.js';
import { CONFIRM_WORDS } from './confirmWords.js';
import { noneButNamed, notListed } from './notListed.js';
import { leaveOutUnlisted } from './leaveOutUnlisted.js';
import type { BotDeps } from './botDeps.js';
import { clearDialog, findDialog, saveDialog, type DialogData } from './dialogStore.js';
import { recordReport, type Reporter } from './recordReport.js';
import { confirmCardFor, settleReport } from './settleReport.js';
import { mirroredRecord } from './mirroredRecord.js';
import { heldPhotos } from './heldPhotos.js';
import { MANY_RECORDS } from '../domain/report/confirmReasons.js';
import { dayTakenBack } from '../domain/report/correctedDay.js';
import { cardItemChoice, RESEND_WORDS } from '../domain/report/cardItemChoice.js';
import { cardKeepChoice } from '../domain/report/cardKeepChoice.js';
import { describePending } from './describeActivity.js';
import { cardItemTurn } from './cardItemTurn.js';
import { ASKED_DROP_NO, ASKED_DROP_YES, numberOrDayDrop, type NumberOrDay } from '../domain/report/numberOrDayDrop.js';
import { button } from '../feishu/cards/cardParts.js';
import { withButtonsFirst } from './withButtonsFirst.js';
import { waitingEditForm } from './waitingFormChange.js';
import { reshownCard } from './reshownCard.js';
import { normalizeText } from '../domain/report/parseNormalize.js';
import { vagueDayHint } from '../domain/report/vagueDay.js';
import { dayNotRemembered, monthPartAlone } from '../domain/report/dayNotRemembered.js';
import { fieldQuestionAnswer } from '../domain/report/fieldQuestionAnswer.js';
import { peopleBesideAnswer } from '../domain/report/answerPeople.js';
import { withSuperiorAfterAnswer } from '../domain/report/superiorAfterAnswer.js';
import { slipDayAnswer } from '../domain/report/slipDayAnswer.js';
import { sameDayAnswer } from '../domain/report/sameDayAnswer.js';
import { deedDayAnswer } from '../domain/report/deedDayAnswer.js';
import { meetingPlacedForDoer } from '../domain/report/meetingPlacedForDoer.js';
import { bareTalkAnswered } from '../domain/report/bareTalkAnswered.js';
import { withMeAnswered } from '../domain/report/withMeAnswered.js';
import { senderDoerAnswered } from '../domain/report/senderDoerAnswered.js';
import { weekNamed } from '../domain/report/narrowedWeek.js';
import { inReportWeek } from '../domain/report/inReportWeek.js';
import { inReportMonth } from '../domain/report/reportMonth.js';
import type { ConfirmReason } from '../domain/report/draft.js';
import { askedItemDrop, type AskedItemDrop } from '../domain/report/askedItemDrop.js';
import { answerAndDrop } from '../domain/report/answerAndDrop.js';
import { messageEntryItems } from '../domain/report/messageEntryItems.js';
import { namedItemDrop } from '../domain/report/namedItemDrop.js';
import { keptItemOnly } from '../domain/report/keptItemOnly.js';
import { personDrop } from './personDrop.js';
import { dayWithWhom, whomWithDay } from '../domain/report/whomWithDay.js';
import { dropWaitingItem } from './dropWaitingItem.js';
import { numberedKeepList } from '../domain/report/numberedKeepList.js';
import { askedListed } from '../domain/report/askedListed.js';
import { alreadyKeptItems } from '../domain/report/alreadyKeptKind.js';
import { notToRecord } from '../domain/report/notToRecord.js';
import { addedDeedItems } from '../domain/report/addedDeedItems.js';
import type { AnswerAddsDeed } from '../domain/report/answerAddsDeed.js';
import { duplicatesSinceCard, sinceCardLines, sinceCardNotice } from './duplicatesSinceCard.js';

/** 取消 · 算了 · 不记了 · 不用: the words that say no to a pending report. */
/** 都是12月3日谈的 · 均为3号: a day said of every record waiting (round 64, gdh; t67a F1). */
const DAY_FOR_ALL = /^[\s\u0000]*(?:都是|都在|都于|均为|均是|均在|均于|全是|全都是|全部是|全部在)/;
const CANCEL_WORD = '(?:取消|算了|不用了|不要了|不用|不要|不记了|先不记了|就不记了|不用记了|别记了|放弃|cancel)(?:吧|啦)?';
/**
 * The reason people give beside their no (t42c F9/F10: 「算了，日子记不清了，取消吧」 on a day question and 「不用，报重了」 on the
 * 可能重复 card were read as nothing): a day forgotten, a report sent twice or by mistake, one to send later. A reason alone
 * is no cancel, except a report said to be a repeat (报重了 · 重复了), which is the no itself.
 */
const CANCEL_REASON =
  '(?:(?:日子|日期|时间|具体(?:日子|日期|时间)?|哪天|哪一天|几号)?(?:记不清|记不得|想不起来|不记得|忘了)(?:是?(?:哪天|哪一天|几号|具体(?:日子|日期|时间|哪天)?|日子))?了?|(?:报|发|记|填)(?:重|重复|错|多)了|重复了|是重复的|(?:搞|弄|写|说|填)错了|已经(?:报|记|登记|上报)过?了|之前(?:报|记)过了|(?:以后|回头|下次|改天)再(?:报|说|记)吧?|再说吧)';
/**
 * No to a pending report, typed the way people type it: 取消 · 算了 · 不记了, alone or joined (算了，不记了 · 那就不记了吧 ·
 * 算了算了), or with its reason (算了，日子记不清了，取消吧 · 不用，报重了): round 27d F5, 「算了，不记了」 on a 确认 card was read as
 * 「that item is a plan」 and the card stayed. Every clause is a no or a reason: 「算了，还是记吧」 is no cancel.
 */
export const CANCEL_WORDS = new RegExp(
  `^(?=[^]*(?:取消|算了|不用|不要|不记了|别记|放弃|cancel|(?:报|发|记)重了|重复了|是重复的))(?:那|那就|那还是|好吧|哦|嗯)?[,，\\s]*(?:(?:${CANCEL_WORD}|${CANCEL_REASON})[,，。.!！\\s]*)+$`,
  'i',
);
/**
 * No to the duplicate question 「已有一条相同记录，仍要再记一条吗？」 said with its reason (round 66, gfi; t69a FB2: 冯雪's
 * 「重复发了，不用再记」 got 「这条消息没有记录」 and the card again, and she had to type 取消): 不用再记 · 不用记了 · 重复了 ·
 * 发重了 · 多发了一次 · 是同一次 · 不要, alone or joined. Only on a card every record of which is already recorded
 * (duplicateNo): elsewhere 不用再记 may be about one record of several (alreadyKeptItems).
 */
const DUPLICATE_NO_CLAUSE =
  '(?:(?:我|刚才|刚刚|不好意思|抱歉|哦|噢|啊|嗯|对)?[,，\\s]*(?:是)?(?:重复(?:发送?|提交|报|上报|发送)?了?|(?:发|报|提交|上报|记|填)(?:重复?|多)了(?:一次|一遍|一条)?|多(?:发|报|提交|上报)了(?:一次|一遍|一条)?|(?:发|报)了两(?:次|遍)|是?同一次|就是(?:那一次|那次|这一次|这次)|是重复的|不是另一次|(?:不用|不要|别|不|不需要)(?:再|重复)?记(?:录)?了?|不用(?:再)?重复记了?|不要了?|不用了?|不需要了?)(?:吧|啦|哈|的)?)';
const DUPLICATE_NO = new RegExp(`^(?:那|那就)?[,，\\s]*(?:${DUPLICATE_NO_CLAUSE}[,，。.!！\\s]*)+$`);

/** The dialog is the duplicate question (every record already recorded) and `text` says no to it (DUPLICATE_NO · 取消). */
export function duplicateNo(dialog: DialogData, text: string): boolean {
  if (dialog.kind !== 'confirm' || dialog.duplicates.length === 0 || dialog.items.some((_, i) => !dialog.duplicates.includes(i))) return false;
  const said = text.trim();
  return DUPLICATE_NO.test(said) || CANCEL_WORDS.test(said);
}

/** Said to record a duplicate anyway: the card's 「仍要记录」 button, or typed. */
export const AGAIN_WORDS = /^(仍要记录|仍要记|还要记|再记一条|照样记录|是另一次|另一次)[。.!！]*$/;
/**
 * Yes to the card whose headline is the question 「仍要再记一条吗？」 (a card asking nothing else): there 是的 · 要 answer
 * it and record the repeat; 确认 · 对 · 好的 never do (t36b: a typed 确认, which the card's hint offered, stored it).
 */
export const YES_AGAIN_WORDS = /^(是|是的|要|要的|需要|记吧|要记|再记|再记一次|还要再记)[。.!！]*$/;
/**
 * 确认 on a card every record of which is already recorded: nothing is added and the card closes (t36c F13: the card
 * stayed and asked 仍要记录/取消 of a member with nothing wrong). A second deed of the same day is sent again.
 */
const OWN_CLOSED = '已有相同记录，同一次只记一次，这次没有再记，什么也没有添加，这条上报已结束。若确实是另一次，请重新发送，并在卡片上点「仍要记录」（或回复「仍要记录」）。';
const MIRROR_CLOSED = '已经记录了这一次，同一次只记一次，这次没有再记，什么也没有添加，这条上报已结束。若确实是另一次（同一天又谈了一次），请重新发送，并在卡片上点「仍要记录」（或回复「仍要记录」）。';

/** Indices of items the other person of the pair has recorded already (mirroredRecord by someone else). */
function mirroredByOthers(deps: BotDeps, items: PendingItem[], duplicates: number[], senderId: string): number[] {
  return duplicates.filter((i) => {
    const draft = items[i]?.draft;
    if (!draft) return false;
    const record = mirroredRecord(deps, draft, draft.actorId ?? senderId);
    return record !== undefined && deps.directory.byOpenId(record.reporter)?.id !== senderId;
  });
}

/** Who recorded the other side's record of an item (「吴静」), or 对方 when unknown. */
function mirrorReporter(deps: BotDeps, item: PendingItem, senderId: string): string {
  const record = mirroredRecord(deps, item.draft, item.draft.actorId ?? senderId);
  return (record && deps.directory.byOpenId(record.reporter)?.name) ?? '对方';
}

/** The questions a day answers (followUp): there a slip owned before a day is the answer. */
const DAY_ASKED: ReadonlySet<string> = new Set(['missing_date', 'future_date', 'weekday_conflict']);

export const EDIT_WORDS = /^(修改|更正|改一下|不对|不对的|有误|错了)[。.!！]*$/;
/** "已完成", "做了，昨天", "谈过了": a reply to a prompt about one duty. */
const DONE_WORDS = /(已完成|完成了|做了|搞了|办了|开了|谈过|谈了|已开展|开展了|已召开|召开了|签了|已签)/;

export interface DialogTurn {
  who: Reporter;
  chatId: string;
  dialog: DialogData;
  text: string;
  /** The event that carries the answer: what gets recorded is tied to it. */
  sourceEventId: string;
  /** The message that carries the answer: recalling it withdraws what it recorded. */
  sourceMessageId?: string;
  now: Date;
  /** The name said beside 都不是 (noneButNamed) when the answer was read as 不在名单里: said in the reply. */
  toldName?: string;
  /** What the answer added after the value asked (answerAddsDeed; `text` is then the answer alone): more records. */
  added?: AnswerAddsDeed;
}

/** Items completed from a short answer to a duty prompt, or null when the answer is not about having done it. */
function dutyItems(deps: BotDeps, turn: DialogTurn & { dialog: { kind: 'duty' } }): PendingItem[] | null {
  const duty = deps.duties.find((d) => d.id === turn.dialog.dutyId);
  if (!duty) return null;
  const today = shanghaiDate(turn.now);
  const day = parseDay(turn.text, today);
  const ctx = { now: turn.now, directory: deps.directory, senderId: turn.who.person.id, mentions: [] };
  const found = parseCounterparts(day.rest, ctx);
  if (!day.date && !DONE_WORDS.test(turn.text) && found.counterparts.length === 0) return null;
  const type = duty.types.find((t) => isTalkType(t)) ?? duty.types[0]!;
  const date = day.date ?? today;
  const base: ReportDraft = { type, date, counterpartIds: [], late: date < periodOf('quarter', today).start };
  const drafts = found.counterparts.length > 0 ? found.counterparts.map((c) => ({ ...base, counterpartIds: [c.id] })) : [base];
  return drafts.map((draft) => ({ draft, problems: problemsOf(draft, today) }));
}

export async function continueDialog(deps: BotDeps, turn: DialogTurn): Promise<OutgoingMessage> {
  const key = `${turn.chatId}:${turn.who.openId}`;
  // The duplicate question answered no (round 66, gfi; t69a FB2): said as not recorded again, the record kept.
  if (duplicateNo(turn.dialog, turn.text)) {
    await clearDialog(deps.store, key, turn.dialog.cardId);
    return { kind: 'text', text: '好的，没有再记：这条上报已取消，已有的那条记录保持不变。' };
  }
  if (CANCEL_WORDS.test(turn.text.trim())) {
    await clearDialog(deps.store, key, turn.dialog.cardId);
    return { kind: 'text', text: turn.dialog.kind === 'change' ? '好的，没有修改，记录保持原样。' : '好的，已取消这条上报，没有记录任何内容。' };
  }
  if (turn.dialog.kind === 'change') return changeTurn(deps, turn.who, turn.dialog, turn.text, key, turn.now);
  const today = shanghaiDate(turn.now);
  if (turn.dialog.kind === 'confirm') return confirmTurn(deps, { ...turn, dialog: turn.dialog }, key);
  // 「是的 吴晶是吴静」 to 「是不是周涛？」 (round 64, gdi; t67a P2: 「没能把这条回复读成…」, nothing applied): the yes first,
  // then the rest read as the reply to what waits after it; said back when nothing waits for it, never dropped.
  const yesAnd = turn.dialog.kind === 'report' ? yesAndMore(turn.dialog.items, turn.text, (id) => deps.directory.person(id)?.name) : undefined;
  if (yesAnd !== undefined) {
    const first = await continueDialog(deps, { ...turn, text: yesAnd.yes });
    if (yesAnd.rest === '') return first;
    const after = findDialog(deps.store, key, turn.now);
    if (after.state === 'active' && after.data.kind === 'report') {
      const rest = await continueDialog(deps, { ...turn, dialog: after.data, text: yesAnd.rest });
      // The rest read as nothing (the report as the yes left it): the yes said applied, the rest said unused — never
      // 「上报没有改动」 of a report the yes did change.
      const still = findDialog(deps.store, key, turn.now);
      const unchanged = still.state === 'active' && still.data.kind === 'report' && JSON.stringify(still.data.items) === JSON.stringify(after.data.items);
      if (!unchanged) return rest;
      const unread = `「${yesAnd.yes}」已采用；「${yesAnd.rest}」没能读成下面问题的答案，没有采用，请再回答。`;
      return first.kind === 'text' ? { kind: 'text', text: `${first.text}\n${unread}` } : (withNotice(first, [unread]) ?? first);
    }
    const unused = `「${yesAnd.rest}」没有对应到要回答的问题，没有采用；如需更正请在卡片上说明。`;
    return first.kind === 'text' ? { kind: 'text', text: `${first.text}\n${unused}` } : (withNotice(first, [unused]) ?? first);
  }
  // 这条不要 · 这句是总述，不用单独记 · 第2条不要 to a question on one item (round 29 q): that item leaves, the rest goes on.
  // 函询那个不算，不用记，只记孙杰那条 (round 58, fdb; t60a F12): the others leave, the one kept goes on as it was.
  // 责任书刚才已经记过了，不用再记 (round 59, fca; t61a F2: everything dropped, a new signing opened): that kind's items leave.
  const drop = turn.dialog.kind === 'report' ? (askedItemDrop(turn.text) ?? namedDrop(deps, turn.dialog.items, turn.text, today) ?? keptNumbered(deps, turn.dialog.items, turn.text, today) ?? keptOnly(deps, turn.dialog.items, turn.text, today) ?? keptBefore(deps, turn.dialog.items, turn.text, today)) : undefined;
  if (drop && turn.dialog.kind === 'report') {
    const ids = { sourceEventId: turn.sourceEventId, ...(turn.sourceMessageId ? { sourceMessageId: turn.sourceMessageId } : {}) };
    return dropWaitingItem(deps, { who: turn.who, dialog: turn.dialog, key, now: turn.now, ...ids }, drop);
  }
  // 作风纪律检查。第2条不要，那是上个月已经报过的 (round 56, fgc; t58a F8: the drop silently ignored): the item left out
  // first, then the answer read on the rest — shown on the 确认 card with what was left out, never stored at once.
  const both = turn.dialog.kind === 'report' ? answerAndDrop(turn.text) : undefined;
  if (both && turn.dialog.kind === 'report') {
    const waiting = turn.dialog;
    const gone = messageEntryItems(waiting.items, both.drop.index + 1);
    const asked = waiting.items.findIndex((i) => i.problems.length > 0);
    if (gone.length > 0 && !gone.includes(asked) && gone.length < waiting.items.length) {
      const what = gone.map((k: number) => describePending(deps.directory, deps.duties, waiting.items[k]!.draft, today)).join('」「');
      const left = `已按您的回复去掉第${both.drop.index + 1}条「${what}」，不记录`;
      const dialog = { ...waiting, items: waiting.items.filter((_, i) => !gone.includes(i)), remarks: [...waiting.remarks, left], reasons: [...(waiting.reasons ?? []), 'card_edited' as const] };
      return continueDialog(deps, { ...turn, dialog, text: both.answer });
    }
    // 作风纪律检查，第1条不要 with 第1条 the one asked about: the drop wins, and the answer it makes moot is said unused.
    if (gone.includes(asked)) {
      const ids = { sourceEventId: turn.sourceEventId, ...(turn.sourceMessageId ? { sourceMessageId: turn.sourceMessageId } : {}) };
      const dropped = await dropWaitingItem(deps, { who: turn.who, dialog: waiting, key, now: turn.now, ...ids }, both.drop);
      const unused = `第${both.drop.index + 1}条已去掉，「${both.answer}」是它的回答，没有采用。`;
      return dropped.kind === 'text' ? { kind: 'text', text: `${dropped.text}\n${unused}` } : (withNotice(dropped, [unused]) ?? dropped);
    }
  }
  // 就是工作上的交流，不用记 · 不用登记 · 这个不算 to 是哪类活动 (round 31g Part C: the question kept waiting): dropped as 取消 is;
  // after the drop of one item (这条不用记 on a question about one of several is that item's, round 29 q).
  if (turn.dialog.kind === 'report' && notToRecord(turn.text, shanghaiDate(turn.now))) {
    await clearDialog(deps.store, key, turn.dialog.cardId);
    return { kind: 'text', text: '好的，这件事不作为履职活动记录，已取消这条上报，没有记录任何内容。' };
  }
  // 「11月20日自查的，11月25日报送的」 to the 自查's 是哪一天 (t46b F4): read once, before the items change; a clause naming
  // another item still waiting for its day (谈心是18号，报送是25号) gives that item its day as well.
  const deedSaid = turn.dialog.kind === 'report' ? deedDayAnswer(turn.dialog.items, turn.text, today) : undefined;
  let items: PendingItem[];
  let remarks: string[] = [];
  let reasons: ConfirmReason[] = [];
  if (turn.dialog.kind === 'duty') {
    const fromDuty = dutyItems(deps, { ...turn, dialog: turn.dialog });
    if (!fromDuty) return { kind: 'text', text: '没看懂。完成了请回复「已完成」或「做了，昨天」，也可以直接写一句完整的上报；回复「取消」结束。' };
    items = fromDuty;
    if (!parseDay(turn.text, today).date) remarks = ['未写日期，按今天记录；如有误请点「修改」。'];
  } else {
    // 都不是，她叫赵晓雨 to 「小赵」是哪一位？ (round 58, fdb; t60a F10): a directory name is the answer; anyone else is 不在名单里,
    // left out as the button leaves it, with the name said in the reply.
    const choice = turn.dialog.items.find((i) => i.problems.length > 0)?.problems[0];
    const told = choice?.code === 'ambiguous_counterpart' || choice?.code === 'ambiguous_actor' ? noneButNamed(turn.text) : undefined;
    if (told !== undefined && choice !== undefined && 'text' in choice) {
      // 都不是，是宣文部的杨帆: a directory name anywhere after the no is the person meant.
      const named = deps.directory.org.people.filter((p) => turn.text.includes(p.name));
      const listed = named.length === 1 ? named[0] : deps.directory.org.people.find((p) => told.startsWith(p.name));
      if (listed) return continueDialog(deps, { ...turn, text: listed.name });
      if (choice.code === 'ambiguous_counterpart') return continueDialog(deps, { ...turn, text: '不在名单里', toldName: told });
    }
    const none = notListed(turn.dialog.items, turn.text);
    if (none) {
      // The question stays open as a request for a full name; what else waited keeps waiting with it.
      await saveDialog(deps.store, key, { ...turn.dialog, items: none.items }, turn.now);
      const again: OutgoingMessage = { kind: 'card', card: followUpCard(deps, none.items, today, turn.dialog.week, monthFrame(turn.dialog)) };
      return withNotice(again, [none.notice]) ?? again;
    }
    const ctx = { now: turn.now, directory: deps.directory, senderId: turn.who.person.id, mentions: [] };
    // 周三 after 「就是上周那次」 (round 20u, C03: stored as today): the week the question was narrowed to is the weekday's.
    const week = turn.dialog.week;
    // 「上个月…」 → 周三 (round 22u A1: stored as today): the report's month frames the weekday; several in it are asked.
    const month = week === undefined ? turn.dialog.month : undefined;
    // 「刚才说错了，是前天」 to 是哪一天: the day after the slip owned is the answer (its 刚才 is no day), shown for 确认.
    const askedCode = turn.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
    // 「11月20日自查的，11月25日报送的」 to the 自查's 是哪一天 (t46b F4): the day beside the asked deed's word is the answer;
    // the other days are named on the card, never dropped unseen.
    if (deedSaid && 'other' in deedSaid) {
      const again: OutgoingMessage = { kind: 'card', card: followUpCard(deps, turn.dialog.items, today, turn.dialog.week, monthFrame(turn.dialog)) };
      return withNotice(again, [`「${deedSaid.other}」说的是另一件事的日期，不是下面问的这一条的，没有采用。请回复这一条是哪一天。`]) ?? again;
    }
    const deedDay = deedSaid;
    // 「同一天」 · 「也是那天」 to the second 是哪一天 (t47b F8): the one day the report already has.
    // 都是12月3日谈的 (round 64, gdh; t67a F1): read as a deed's day, its 都是 kept, so the day goes on every record waiting.
    const said = deedDay ? (DAY_FOR_ALL.test(turn.text) ? `都是${deedDay.day}` : deedDay.day) : askedCode !== undefined && DAY_ASKED.has(askedCode) ? (slipDayAnswer(turn.text, today) ?? sameDayAnswer(turn.dialog.items, turn.text) ?? turn.text) : turn.text;
    const framed = month !== undefined ? inReportMonth(said, month, today) : { answer: said };
    if ('days' in framed) return { kind: 'card', card: followUpCard(deps, turn.dialog.items, today, undefined, { month: month!, ...framed }) };
    const spoken = week !== undefined ? inReportWeek(said, week) : framed.answer;
    // 「不是廉政谈话，是谈心谈话」 · 「不是王磊，是陈静」 to the kind or whom (round 57, the merge; t60a F3: the type or person
    // denied stored at once): what the answer names only to deny it is no answer; with nothing else said, asked again.
    const denied = askedCode === 'missing_type' || askedCode === 'missing_counterpart' ? answerDenials(spoken) : undefined;
    // 「不是王强 就李娟一个 王强那天休假」 to whom (round 59, t62b G2: both talks stored): one said to be away is left out too.
    const away = askedCode === 'missing_counterpart' ? answerAbsences(denied ? denied.rest : spoken, (name) => deps.directory.hasName(name)) : undefined;
    const denials = away ? { rest: away.rest, denied: [...(denied?.denied ?? []), ...away.absent] } : denied;
    const deniedSaid = denials ? `「${[...(denied?.denied ?? []).map((d) => `不是${d}`), ...(away?.said ?? [])].join('」「')}」已按您说的排除` : undefined;
    if (denials && saysNothing(denials.rest)) {
      const again: OutgoingMessage = { kind: 'card', card: followUpCard(deps, turn.dialog.items, today, turn.dialog.week, monthFrame(turn.dialog)) };
      return withNotice(again, [`${deniedSaid}，这一条还没有记录。请回复${askedCode === 'missing_type' ? '是哪一类活动' : '和谁进行的'}，或回复「取消」放弃。`]) ?? again;
    }
    // 「赵磊是周三 陈静记不清了」 to 是哪一天 (round 60, t63b B1: both talks stored on 12-02): the one whose day is not
    // remembered keeps waiting; the day said goes to the others only.
    const unsure = askedCode !== undefined && DAY_ASKED.has(askedCode) && !denials ? unsureDayAnswer(turn.dialog.items, spoken, deps) : undefined;
    if (unsure && 'again' in unsure) {
      const again: OutgoingMessage = { kind: 'card', card: followUpCard(deps, turn.dialog.items, today, turn.dialog.week, monthFrame(turn.dialog)) };
      return withNotice(again, [unsure.again]) ?? again;
    }
    const answer = unsure ? unsure.answer : denials ? denials.rest : spoken;
    // 「和王建国，廉政谈话」 to the kind of 昨天谈话了: the answer read as the whole message (bareTalkAnswered).
    // 「和我」 to 「王建国是和谁谈的？」 (issue 10 part C): 我 is the sender, talked to by the doer; the sender's own talk asks again.
    const me = askedCode === 'missing_counterpart' ? withMeAnswered(turn.dialog.items, turn.dialog.items.findIndex((i) => i.problems.length > 0), answer, turn.who.person.id) : undefined;
    if (me && 'again' in me) {
      const again: OutgoingMessage = { kind: 'card', card: followUpCard(deps, turn.dialog.items, today, turn.dialog.week, monthFrame(turn.dialog)) };
      return withNotice(again, [me.again]) ?? again;
    }
    // 「是我找他谈的」 to 「陈志强是和谁谈的？」 (round 64, gdc; t66a B-F9): the member held it, the one asked about talked to.
    const heldByMe = askedCode === 'missing_counterpart' && !me ? senderDoerAnswered(turn.dialog.items, turn.dialog.items.findIndex((i) => i.problems.length > 0), answer, turn.who.person.id) : undefined;
    const bare = askedCode === 'missing_type' ? bareTalkAnswered(turn.dialog.items, answer, ctx) : undefined;
    const answered: FollowUp = me ? { ok: true, items: me.items } : heldByMe ? { ok: true, items: heldByMe } : bare ? { ok: true, items: bare.items } : answerFollowUp(turn.dialog.items, answer, ctx);
    // 小马 (not in the directory) to 和谁谈的: that talk is left out and said so, never the same question again (round 20u, L15).
    const unlisted = answered.ok ? undefined : leaveOutUnlisted(deps, turn.dialog.items, turn.text, ctx, today);
    const asked = turn.dialog.items.find((i) => i.problems.length > 0)?.problems[0];
    const left = unlisted && turn.toldName !== undefined && asked && 'text' in asked ? { ...unlisted, remark: unlisted.remark.replace(`「${asked.text}」不在名单`, `「${asked.text}」（${turn.toldName}）不在名单`) } : unlisted;
    if (left && left.items.length === 0) {
      await clearDialog(deps.store, key, turn.dialog.cardId);
      return { kind: 'text', text: `${left.remark}。这条消息没有记录任何内容。` };
    }
    let next: typeof answered = left ? { ok: true, items: left.items, remark: left.remark } : answered;
    // 谈心是18号，报送是25号: the other waiting items the answer dated by their deed (passed through the answer unchanged).
    if (next.ok && deedSaid && 'filled' in deedSaid && deedSaid.filled.length > 0) {
      const quarterStart = periodOf('quarter', today).start;
      // The asked item may have become several (one per person): the items after it moved by as many.
      const waiting = turn.dialog.items;
      const askedAt = waiting.findIndex((i) => i.problems.length > 0);
      const shift = next.items.length - waiting.length;
      const dated = next.items.map((it, k) => {
        const f = deedSaid.filled.find((x) => (x.index > askedAt ? x.index + shift : x.index) === k);
        if (!f || it.draft.date !== undefined || it.draft.type !== waiting[f.index]!.draft.type) return it;
        const future = f.date > today ? [{ code: 'future_date' as const, date: f.date }] : [];
        return { ...it, draft: { ...it.draft, date: f.date, late: f.date < quarterStart }, problems: [...future, ...it.problems.filter((p) => !DAY_ASKED.has(p.code))] };
      });
      next = { ...next, items: dated };
    }
    // 「王强，昨天」 to 是哪一天 for a talk that also lacks whom (round 29 q: 和谁谈的 asked next, the name dropped): both taken.
    if (next.ok && !left && askedCode === 'missing_date') {
      const asked = turn.dialog.items.findIndex((i) => i.problems.length > 0);
      const both = whomWithDay(next.items, asked, answer, ctx, turn.dialog.items.length);
      if (both) next = { ...next, items: both };
    }
    // 「胡军，12月5日谈的」 to 和谁谈的 for a talk that also lacks its day (round 58, fdb; t60b F11: 是哪一天 asked next): both taken.
    if (next.ok && !left && askedCode === 'missing_counterpart') {
      const asked = turn.dialog.items.findIndex((i) => i.problems.length > 0);
      const both = dayWithWhom(next.items, asked, answer, ctx, turn.dialog.items.length);
      if (both) next = { ...next, items: both };
    }
    if (!next.ok) {
      const again: OutgoingMessage = { kind: 'card', card: followUpCard(deps, turn.dialog.items, today, turn.dialog.week, monthFrame(turn.dialog)) };
      // Days that pair with no one asked (two days for three people, a day of another month): said why, not the bare question.
      if (!answered.ok && answered.why && !left) return withNotice(again, [answered.why]) ?? again;
      // 「就是上周那次」 to 是哪一天: the week is understood, the day is what is missing; said, not the bare question again.
      const asked = turn.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
      // 「日期记不清了，11月下旬吧」 (round 67, ggb; t69b A): no day remembered — said what is needed and how to go on.
      const others = turn.dialog.items.length - 1;
      // 「月底」 · 「中旬」 alone to a summary's month question (round 69, gic): that month's part, a day still needed.
      const span = turn.dialog.items.find((i) => i.problems.length > 0)?.problems[0];
      const vague = asked === 'missing_date' ? (vagueDayHint(turn.text, today) ?? dayNotRemembered(turn.text, today, others) ?? monthPartAlone(turn.text, span?.code === 'missing_date' ? span.span : undefined, today, others)) : undefined;
      if (vague) {
        const named = weekNamed(turn.text);
        if (named !== undefined) await saveDialog(deps.store, key, { ...turn.dialog, week: named }, turn.now);
        return withNotice(again, [vague]) ?? again;
      }
      // 「参加人数也要填吗？」 · 「日期必须写吗」 (round 68, ghd; t70b: the unread hint, the question unanswered): what the report
      // needs said plainly, then the same question; nothing taken from the question.
      const waitingItem = turn.dialog.items.find((i) => i.problems.length > 0);
      const needs = fieldQuestionAnswer(turn.text, asked, waitingItem?.draft.type);
      if (needs !== undefined) return withNotice(again, [needs]) ?? again;
      // 确认 typed while a question waits: say why the same question comes back (was: the card alone, no word).
      // Anything else not read as an answer (round 32a F5: the same question again, nothing said): said, never dropped unseen.
      if (!CONFIRM_WORDS.test(turn.text.trim())) {
        return withNotice(again, [...(deniedSaid ? [`${deniedSaid}，这一条还没有记录`] : []), unreadAnswerHint(turn.dialog.items.length)]) ?? again;
      }
      return withNotice(again, ['这条上报还缺一项，暂时无法确认。请先回答下面的问题，或回复「取消」放弃。']) ?? again;
    }
    remarks = next.remark ? [...turn.dialog.remarks, next.remark] : turn.dialog.remarks;
    reasons = turn.dialog.reasons ?? [];
    // 「12月1日 一共谈了3人次」 to 是哪一天 (round 65, ged: the day taken, the 3 dropped without a word): the total is weighed
    // against the records of the kind asked; a difference is said on the card, no record made up for it.
    const total = askedCode === 'missing_date' || askedCode === 'future_date' ? answerTotal(turn.text) : undefined;
    if (total !== undefined) {
      const kind = turn.dialog.items.find((i) => i.problems.length > 0)?.draft.type;
      const listed = next.items.filter((i) => i.draft.type === kind);
      const people = kind !== undefined && (isTalkType(kind) || kind === 'pledge_sign');
      const n = people ? listed.reduce((sum, i) => sum + Math.max(1, i.draft.counterpartIds.length), 0) : listed.length;
      if (n !== total.count) {
        remarks = [...remarks, countDiffers(total.said, n, '', people ? '人' : '项')];
        reasons = [...reasons, 'leftover'];
      }
    }
    if (deedDay && deedDay.besides.length > 0) {
      remarks = [...remarks, `回答里的「${deedDay.besides.join('」「')}」没有另记；按「${deedDay.day}」记这一条，如需另记请另发一条上报`];
      if (!reasons.includes('leftover')) reasons = [...reasons, 'leftover'];
    }
    if (bare) {
      remarks = [...remarks, ...bare.remarks];
      reasons = [...new Set([...reasons, ...bare.reasons])];
    }
    // 和谁 → 「王建国」 · 哪类 → 「廉政谈话」: a talk with the sender's superior is his, as the whole message would read.
    const held = withSuperiorAfterAnswer(next.items, turn.text, ctx, { ...(turn.dialog.sought ? { sought: true } : {}), reasons });
    // 「刘芳」 to whose 分管科室会议 it was (t46a F1: 组联部 dropped as 「不是您分管的科室」): the departments the message
    // named are checked again against the doer chosen, and the note about the reporter's 分管 goes.
    const placed = meetingPlacedForDoer(held.items, remarks, deps.directory, turn.who.person.id);
    items = placed.items;
    remarks = placed.remarks;
    if (held.turned) {
      remarks = [...remarks, ...held.remarks.filter((r) => !remarks.includes(r))];
      if (!reasons.includes('third_person')) reasons = [...reasons, 'third_person'];
    }
    // 「前天，何平也一起谈了」 to 是哪一天 (round 27d F4: 何平 dropped without a word): someone the report does not have is
    // named on the 确认 card, never recorded as a guess (a second person talked to, or one who came along).
    const askedDay = turn.dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
    const beside = askedDay === 'missing_date' || askedDay === 'future_date' ? peopleBesideAnswer(items, turn.text, ctx) : [];
    if (beside.length > 0) {
      const names = beside.map((id) => deps.directory.person(id)?.name ?? id).join('、');
      remarks = [...remarks, `回答里提到的${names}没有记入这条记录；如也和${names}谈了或一起开展了，请另发一条上报`];
      if (!reasons.includes('leftover')) reasons = [...reasons, 'leftover'];
    }
    // 「廉政谈话 同一天还找吴静也谈了」 (round 60, fbe; t62b G1: the waiting talk abandoned, the clerk's own talk with 吴静
    // stored): the addition's records take the asked record's doer, day and kind where it says none, shown on the card.
    if (turn.added) {
      const count = items.length;
      items = addedDeedItems(items, turn.dialog.items.findIndex((i) => i.problems.length > 0), turn.added.added, today);
      const names = items.slice(count).map((i) => i.draft.counterpartIds.map((id) => deps.directory.person(id)?.name ?? id).join('、')).join('、');
      if (items.length > count) {
        remarks = [...remarks, `回答里另说的和${names}的一项已另记为第${count + 1}${items.length - count > 1 ? `–${items.length}` : ''}条，没写的活动人、日期和类型沿用所问的那一条，请核对`];
        if (!reasons.includes('added_in_answer')) reasons = [...reasons, 'added_in_answer'];
      }
    }
    // 不对，是前天 to 是哪一天: the corrected day goes to the 确认 card, not straight into the ledger (issue 10).
    if (next.corrected && !reasons.includes('corrected_day')) reasons = [...reasons, 'corrected_day'];
    // A talk left out for someone not in the directory: the rest is shown for 确认 with it said, never stored at once.
    if (left && !reasons.includes('leftover')) reasons = [...reasons, 'leftover'];
    if (items.length > MANY_RECORDS && !reasons.includes('many')) reasons = [...reasons, 'many'];
    // 「昨天收看了警示教育片」 → 是谁的？ → 「孙丽」 (round 29 q: stored at once as 孙丽's): someone else's deed, however it
    // was learnt, is shown for 确认 as the whole message naming 孙丽 would be (issue 10: a third-person actor → a card).
    if (items.some((i) => i.draft.actorId !== undefined && i.draft.actorId !== turn.who.person.id) && !reasons.includes('third_person')) {
      reasons = [...reasons, 'third_person'];
    }
  }
  // The report and every answer so far: recalling any of them withdraws what they make (a newcomer's finding: the report's recall did nothing).
  const messageIds = turn.dialog.kind === 'report' ? [...(turn.dialog.messageIds ?? []), ...(turn.sourceMessageId ? [turn.sourceMessageId] : [])] : [];
  if (items.some((i) => i.problems.length > 0)) {
    // The reasons to confirm wait with the items: a list or someone else's deed still ends on the 确认 card after its last answer.
    // The week stays with what still waits (a second 是哪一天 after the type was answered).
    const week = turn.dialog.kind === 'report' ? turn.dialog.week : undefined;
    const month = turn.dialog.kind === 'report' ? turn.dialog.month : undefined;
    const from = turn.dialog.cardId !== undefined ? { cardId: turn.dialog.cardId } : {};
    const sought = turn.dialog.kind === 'report' && turn.dialog.sought ? { sought: true } : {};
    await saveDialog(deps.store, key, { kind: 'report', items, remarks, reasons, messageIds, ...(week ? { week } : {}), ...(month ? { month } : {}), ...sought, ...from }, turn.now);
    return { kind: 'card', card: followUpCard(deps, items, today, week, month && !week ? { month } : undefined, turn.who.person.id) };
  }
  const card = await settleReport(deps, {
    items,
    remarks,
    reasons,
    who: turn.who,
    key,
    sourceEventId: turn.sourceEventId,
    ...(turn.sourceMessageId ? { sourceMessageId: turn.sourceMessageId } : {}),
    relatedMessageIds: messageIds.filter((id) => id !== turn.sourceMessageId),
    now: turn.now,
    ...(turn.dialog.cardId !== undefined ? { replacing: turn.dialog.cardId } : {}),
  });
  return { kind: 'card', card };
}

/**
 * 「2号那条不用记」 (numberOrDayDrop): the record of that day leaves the card as a named record does; with none of that day, record
 * N is asked about — 「是指第N条（…）吗？」 with a one-tap 是 — and the card waits unchanged, the question kept (dropAsked).
 */
async function numberOrDayTurn(deps: BotDeps, turn: DialogTurn & { dialog: Extract<DialogData, { kind: 'confirm' }> }, key: string, said: NumberOrDay): Promise<OutgoingMessage> {
  const d = turn.dialog;
  const one = { who: turn.who, dialog: d, sourceEventId: turn.sourceEventId, ...(turn.sourceMessageId ? { sourceMessageId: turn.sourceMessageId } : {}), now: turn.now };
  const numbered = memberNumbering(d.items, d.remarks);
  if (said.kind === 'day') return cardItemTurn(deps, { ...one, ...(numbered ? { numberOf: (i: number) => numbered.numbers[i]! } : {}) }, key, { kind: 'drop', index: said.index });
  await saveDialog(deps.store, key, { ...d, dropAsked: said.index }, turn.now);
  const today = shanghaiDate(turn.now);
  const shown = numbered?.numbers[said.index] ?? said.index + 1;
  const what = describePending(deps.directory, deps.duties, d.items[said.index]!.draft, today, turn.who.person.id);
  const days = [...new Set(d.items.flatMap((i) => (i.draft.date ? [`${Number(i.draft.date.slice(5, 7))}月${Number(i.draft.date.slice(8, 10))}日`] : [])))];
  const question = `您说的「${said.day}号」是指第${shown}条（${what}）吗？卡片上没有${said.day}号的记录${days.length > 0 ? `（这条消息里的是${days.join('、')}）` : ''}。是的话请回复「是」或点下面的按钮，第${shown}条就不记；都要记请回复「确认」。`;
  const card = confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id);
  return { kind: 'card', card: withButtonsFirst(card, question, [button(`是，第${shown}条不记`, { action: 'answer', text: '是' }, 'primary'), button('不是', { action: 'answer', text: '不是' })]) };
}

/** 「是」 to 「是指第N条吗？」: record `index` leaves the card; 「不是」: the card again, nothing taken (the question settled). */
async function askedDropAnswer(deps: BotDeps, turn: DialogTurn & { dialog: Extract<DialogData, { kind: 'confirm' }> }, key: string, index: number): Promise<OutgoingMessage> {
  const d = turn.dialog;
  const numbered = memberNumbering(d.items, d.remarks);
  if (ASKED_DROP_YES.test(turn.text.trim())) {
    const one = { who: turn.who, dialog: d, sourceEventId: turn.sourceEventId, ...(turn.sourceMessageId ? { sourceMessageId: turn.sourceMessageId } : {}), now: turn.now };
    return cardItemTurn(deps, { ...one, ...(numbered ? { numberOf: (i: number) => numbered.numbers[i]! } : {}) }, key, { kind: 'drop', index });
  }
  await saveDialog(deps.store, key, d, turn.now);
  const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id) };
  return withNotice(again, ['好的，没有去掉任何一条，卡片仍在等您确认。要去掉哪一条，请回复「第几条不要」（如「第2条不要」）。']) ?? again;
}

/**
 * 确认 records what the card showed; 去掉第N条 / 第N条不对 act on that record (cardItemTurn); 修改 shows the card's records
 * in the 修改 form (waitingEditForm), and 全部重新发送 drops the card asking for the corrected message;
 * anything else shows the card again.
 */
async function confirmTurn(deps: BotDeps, asked: DialogTurn & { dialog: { kind: 'confirm' } }, key: string): Promise<OutgoingMessage> {
  const { dropAsked, ...open } = asked.dialog;
  const turn = { ...asked, dialog: open };
  const text = turn.text.trim();
  // 「是」 · 「不是」 to 「是指第2条吗？」 (round 66, gfd): that record leaves, or nothing does; anything else is read as ever.
  if (dropAsked !== undefined && (ASKED_DROP_YES.test(text) || ASKED_DROP_NO.test(text))) return askedDropAnswer(deps, turn, key, dropAsked);
  const d = turn.dialog;
  if (CONFIRM_WORDS.test(text) || confirmationSaid(text)) return confirmKept(deps, turn, key, d.items.map((_, i) => i));
  // 第2条不要，其余确认 · 只要第1、3条 · 除了和王强那条，别的都确认 (issue 10 part C): the kept records stored now, the
  // others left out and named in the receipt; a number beyond the card or a record left unsaid asked, nothing stored.
  const chosen = cardKeepChoice(text, d.items, (id) => deps.directory.person(id)?.name, shanghaiDate(turn.now));
  if (chosen?.kind === 'unclear') {
    const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id) };
    return withNotice(again, [chosen.text]) ?? again;
  }
  if (chosen) return confirmKept(deps, turn, key, chosen.keep);
  // 2号那条不用记 on a card of two, none of the 2nd (round 66, gfd; t68b): record 2 or the day? Asked, nothing taken yet.
  const numberOrDay = numberOrDayDrop(text, d.items, memberNumbering(d.items, d.remarks)?.numbers);
  if (numberOrDay !== undefined) return numberOrDayTurn(deps, turn, key, numberOrDay);
  // 去掉第二条 · 第2条不对 (round 26: 修改 dropped a card of four for one wrong record): that record only, the rest kept.
  const one = { who: turn.who, dialog: d, sourceEventId: turn.sourceEventId, ...(turn.sourceMessageId ? { sourceMessageId: turn.sourceMessageId } : {}), now: turn.now };
  // 最后两条不用记 on a card one of whose lines was not read (round 64, gdi; t67a P5): the member's last lines, not the card's.
  const ends = memberEndsDrop(text, d.items, d.remarks);
  if (ends !== undefined) {
    const lines = `第${ends.unread.join('行、第')}行`;
    // The card's numbers are not the member's here: each record taken off is named by its line too (第4行即卡片上的第3条).
    // Not once the card itself shows the member's numbers (memberNumbering, round 65 gec).
    const numbered = memberNumbering(d.items, d.remarks);
    const shown = numbered ? [] : ends.indexes.map((k, n) => (ends.lines[n] !== k + 1 ? `第${ends.lines[n]}行即卡片上的第${k + 1}条` : '')).filter((w) => w !== '');
    const never = `您消息里的${lines}本来就没有读出活动，没有记录${shown.length > 0 ? `；${shown.join('、')}` : ''}`;
    if (ends.indexes.length === 0 || ends.indexes.length >= d.items.length) {
      const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, d.duplicates, ends.remarks, turn.now, turn.who.person.id) };
      if (ends.indexes.length === 0) await saveDialog(deps.store, key, { ...d, remarks: ends.remarks }, turn.now);
      return withNotice(again, [ends.indexes.length === 0 ? `${never}，卡片没有改动。` : '这样卡片上就没有要记的了，卡片没有改动：都不要请回复「取消」。']) ?? again;
    }
    const out = await cardItemTurn(deps, { ...one, dialog: { ...d, remarks: ends.remarks }, ...(numbered ? { numberOf: (i: number) => numbered.numbers[i]! } : {}) }, key, { kind: 'drop', index: ends.indexes[0]!, ...(ends.indexes.length > 1 ? { also: ends.indexes.slice(1) } : {}) });
    return withNotice(out, [`${never}。`]) ?? out;
  }
  const members = memberNumbering(d.items, d.remarks);
  const byLine = members ? cardItemChoice(text, Math.max(...members.numbers, ...members.unread)) : undefined;
  if (members && byLine) return memberNumberedTurn(deps, one, key, byLine, members);
  const choice = cardItemChoice(text, d.items.length);
  if (choice) return cardItemTurn(deps, one, key, choice);
  // 剩下这两条也是合计 不用记 · 本周和累计那两行是合计 (round 63, gci; t66a B-F2: the whole message cancelled): a table's total
  // rows are never records, so pointing at "the rest" names every record left or none of them by number — said, the card
  // kept (a drop never takes records it did not name); 最后两条 of fewer than all is cardItemChoice's.
  const rest = askedItemDrop(text);
  if (rest?.kind === 'rest') {
    const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id) };
    const all = rest.count === undefined || rest.count >= d.items.length;
    // 最后三条不用记 on a card of two (round 64, gdb; gci's left-alone): more than the card holds is said, nothing taken.
    const beyond = rest.count !== undefined && rest.count > d.items.length;
    const said = beyond
      ? `卡片上只有 ${d.items.length} 条，没有${rest.count}条可以去掉，卡片没有改动。`
      : all
      ? `表格里的合计行（本周、累计、合计等）只是统计数，本来就没有记成记录；卡片上这 ${d.items.length} 条是表格里的各次活动，卡片没有改动。`
      : `没看出「这${rest.count}条」是卡片上的哪几条，卡片没有改动。`;
    return withNotice(again, [`${said}如有不该记的，请回复「第N条不用记」（可以一次说几条）；都不要请回复「取消」。`]) ?? again;
  }
  // 去掉王强那条 · 谈心那条不要 (round 29 q: the card again, 「谈心那条不要」 even read as a new report): the record named.
  // 去掉胡军 · 删掉和胡军的 (round 34a F10): a person named alone, with no 那条, is that person's record as well.
  // 责任书刚才已经记过了，不用再记 (round 59, fca; t61a F2): every record of what it names leaves, the rest shown again.
  const before = alreadyKeptItems(text, d.items, (id) => deps.directory.person(id)?.name, shanghaiDate(turn.now));
  if (before !== undefined) return cardItemTurn(deps, one, key, { kind: 'drop', index: before[0]!, also: before.slice(1) });
  const named = namedItemDrop(text, d.items, (id) => deps.directory.person(id)?.name, shanghaiDate(turn.now)) ?? personDrop(deps, d.items, text, shanghaiDate(turn.now));
  if (named && 'index' in named) return cardItemTurn(deps, one, key, { kind: 'drop', index: named.index });
  if (named) {
    const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id) };
    const which = named.fits.length === 0 ? `卡片上没有「${named.said}」的记录` : `卡片上第${named.fits.map((i) => i + 1).join('、')}条都是「${named.said}」`;
    return withNotice(again, [`${which}，没有去掉任何一条：请回复「第几条不要」（如「第2条不要」）。`]) ?? again;
  }
  // 这条不要 on a card: of one record it is that record, left out like 取消; of several, which one is asked by number.
  if (askedItemDrop(text)?.kind === 'asked') {
    if (d.items.length === 1) {
      await clearDialog(deps.store, key, d.cardId);
      return { kind: 'text', text: '好的，这条没有记录。' };
    }
    const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id) };
    return withNotice(again, [`卡片上有 ${d.items.length} 条，没有去掉任何一条：请回复「第几条不要」（如「第2条不要」），或回复「取消」放弃全部。`]) ?? again;
  }
  // 不对，是前天 typed on the 确认 card (was: the same card again, the day unchanged): the records of one day take the
  // corrected one, and the card is shown again with it.
  // 刚才说错了，是前天 · 等等，搞错了，应该是11月27号: the slip owned before the day reads as 不对，是… (its 刚才 is no day).
  const taken = dayTakenBack(slipDayAnswer(text, shanghaiDate(turn.now)) ?? normalizeText(text), shanghaiDate(turn.now));
  const days = new Set(d.items.map((i) => i.draft.date));
  if (taken !== undefined && taken.date <= shanghaiDate(turn.now) && days.size === 1) {
    const quarterStart = periodOf('quarter', shanghaiDate(turn.now)).start;
    const items = d.items.map((i) => ({ ...i, draft: { ...i.draft, date: taken.date, late: taken.date < quarterStart } }));
    // Round 64, gdi (t67a P4): an edit typed on the card is said as a card edit, never as 「消息里有您更正过的内容（不对，是…）」
    // (which quoted the member's edit as if the first message had it).
    const card = await reshownCard(deps, turn, key, d, items, 'card_edited');
    return { kind: 'card', card };
  }
  // 修改 (typed, or the card's button, which then turns into the form): every record of the card in one form, prefilled
  // with every field the card shows (round 38: a card of one was dropped and had to be sent again, one of several only
  // offered 去掉第N条, and no 修改 could change who did it); nothing changes until the form is saved. 全部重新发送 drops the card.
  if (EDIT_WORDS.test(text)) return { kind: 'card', card: waitingEditForm(deps, d.items, turn.who.person, shanghaiDate(turn.now), d.cardId) };
  if (RESEND_WORDS.test(text)) {
    await clearDialog(deps.store, key, d.cardId);
    return { kind: 'text', text: '好的，这条没有记录。请把改正后的内容重新发送一遍（可复制原文修改后发送），也可以发送「填报」用表单填写。' };
  }
  const again: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, d.duplicates, d.remarks, turn.now, turn.who.person.id) };
  // Anything else typed while the card waits is not recorded: say so, or the card alone looks like it was taken in.
  // t50c F2: the ways to change the card in words (a line off, its title, its departments) said, not only 修改.
  const drop = d.items.length > 1 ? '「删除第2条」去掉多出的一条、' : '';
  return withNotice(again, [`这条消息没有记录，下面的卡片仍在等您确认：请回复「确认」记录、「修改」更正（也可以直接说${drop}「题目改成…」「部门改成…」），或「取消」放弃。`]) ?? again;
}

/**
 * 确认 of the records at `keep` (0-based card indexes; all of them for a plain 确认): they are stored, and any other
 * record of the card is named in the receipt as left out by the member's answer. The other side of the pair having
 * recorded a talk or signing already: one deed counts once, so a plain 确认 (a reflex, found by newcomer n3: the
 * year-end account then counted one talk three times) records the rest and leaves it out; only 「仍要记录」 (another
 * talk the same day) records it again. The sender's own repeat inside a list is held back the same way: confirming a
 * list is not answering 「仍要再记一条吗？」 for one line of it (a weekly summary often repeats an item reported days
 * before). Alone on its card, the question is the card's, and 是的 answers it.
 */
async function confirmKept(deps: BotDeps, turn: DialogTurn & { dialog: { kind: 'confirm' } }, key: string, keep: number[]): Promise<OutgoingMessage> {
  const text = turn.text.trim();
  const d = turn.dialog;
  // 仍要记录 · 再记一条 record a repeat on any card; 是的 only where the card's headline asks 仍要再记一条吗？ (no other reason).
  const again = AGAIN_WORDS.test(text) || (d.reasons.length === 0 && d.duplicates.length > 0 && YES_AGAIN_WORDS.test(text));
  const duplicates = d.duplicates.filter((i) => keep.includes(i));
  const mirrors = again ? [] : mirroredByOthers(deps, d.items, duplicates, turn.who.person.id);
  // A plain 确认/对/好的 holds every repeat back, on a card of one or of several, asked alone or beside other reasons
  // (t36b F1: the 可能重复 card of one stored it while a list held it; round 30g §14 the same for a card of one with reasons).
  const asked = again ? [] : duplicates.filter((i) => d.items[i] !== undefined);
  // The same deed recorded while the card waited (round 34a F0: a clerk's card and the doer's own report, both stored):
  // the card never asked about it, so neither 确认 nor 仍要记录 answers for it; it is held back and said.
  // A top-up's records are more of a stored deed (round 57, fed): the ledger holding that deed is why they were asked for.
  const since = d.topUp ? [] : duplicatesSinceCard(deps, d.items, d.duplicates, keep, turn.who.person.id, turn.sourceEventId);
  const held = [...asked, ...since.filter((i) => !asked.includes(i))];
  const kept = keep.filter((i) => !held.includes(i)).map((i) => d.items[i]!);
  if (kept.length === 0 && since.length > 0) {
    // Nothing else to store: the card is shown again, now asking 仍要再记一条吗？ of what was recorded meanwhile.
    const next = { ...d, duplicates: [...new Set([...d.duplicates, ...since])].sort((a, b) => a - b) };
    await saveDialog(deps.store, key, next, turn.now);
    const card: OutgoingMessage = { kind: 'card', card: confirmCardFor(deps, d.items, d.reasons, next.duplicates, d.remarks, turn.now, turn.who.person.id) };
    return withNotice(card, [sinceCardNotice(deps, d.items, since, turn.who.person.id, turn.sourceEventId)]) ?? card;
  }
  if (kept.length === 0) {
    // Every record already there (t36c F13): nothing added, the card closed and said so, never asked again.
    const photos = await heldPhotos(deps, d.items, held, turn.who, turn.now);
    await clearDialog(deps.store, key, d.cardId);
    const said = mirrors.length > 0 ? `${mirrorReporter(deps, d.items[mirrors[0]!]!, turn.who.person.id)}${MIRROR_CLOSED}` : d.items.length > 1 ? `这些都${OWN_CLOSED}` : `这条${OWN_CLOSED}`;
    return { kind: 'text', text: [said, ...photos.map((p) => `${p}。`)].join('\n') };
  }
  const left = asked.map(
    (i) => `${d.items.length > 1 ? `第${i + 1}条` : '这条'}${mirrors.includes(i) ? '对方已记录过' : '已有一条相同记录'}，同一次只记一次，没有再记；若确是另一次，请重新发送并回复「仍要记录」`,
  );
  left.push(...sinceCardLines(deps, d.items, since.filter((i) => !asked.includes(i)), turn.who.person.id, turn.sourceEventId, turn.now));
  // The records the answer left out, each said with what it was: nothing the member wrote goes without a word.
  const today = shanghaiDate(turn.now);
  const dropped = d.items.flatMap((item, i) =>
    keep.includes(i) ? [] : [`第${i + 1}条（${describePending(deps.directory, deps.duties, item.draft, today, turn.who.person.id)}）按您的回复删去，没有记录`],
  );
  const photos = await heldPhotos(deps, d.items, held, turn.who, turn.now);
  // Tied to the report the card showed, not to the 确认 (a tap has no message): recalling the report withdraws them.
  const card = await recordReport(deps, kept.map((i) => i.draft), turn.who, turn.sourceEventId, turn.now, [...d.remarks, ...left, ...dropped, ...photos], undefined, d.sourceMessageId, d.relatedMessageIds);
  await clearDialog(deps.store, key, d.cardId);
  if (dropped.length === 0) return { kind: 'card', card };
  const stored = keep.filter((i) => !held.includes(i)).map((i) => i + 1).join('、');
  const out: OutgoingMessage = { kind: 'card', card };
  const lead = `已按您的回复记录第${stored}条；第${d.items.flatMap((_, i) => (keep.includes(i) ? [] : [i + 1])).join('、')}条没有记录。`;
  return withNotice(out, [lead]) ?? out;
}

/** 「去掉王强那条」 to a question on a report of several: the one record it names, as 第N条 (none when not exactly one). */
function namedDrop(deps: BotDeps, items: PendingItem[], text: string, today: string): AskedItemDrop | undefined {
  const named = namedItemDrop(text, items, (id) => deps.directory.person(id)?.name, today) ?? personDrop(deps, items, text, today);
  return named && 'index' in named ? { kind: 'index', index: named.index } : undefined;
}

/** 「责任书刚才已经记过了，不用再记」 to a question on a report of several: the items of what it names (alreadyKeptItems). */
function keptBefore(deps: BotDeps, items: PendingItem[], text: string, today: string): AskedItemDrop | undefined {
  const indexes = alreadyKeptItems(text, items, (id) => deps.directory.person(id)?.name, today);
  return indexes === undefined ? undefined : { kind: 'these', indexes };
}

/** 「5到12条删掉，只记1到4条和警示教育」 (round 69, gil; t72b F1): every item but those the keep-list names (numberedKeepList). */
function keptNumbered(deps: BotDeps, items: PendingItem[], text: string, today: string): AskedItemDrop | undefined {
  const kept = numberedKeepList(text, items, (n) => messageEntryItems(items, n), (id) => deps.directory.person(id)?.name, today, askedListed(items));
  return kept === undefined ? undefined : { kind: 'these', indexes: items.map((_, k) => k).filter((k) => !kept.includes(k)) };
}

/** 「只记孙杰那条」 to a question on a report of several: every item but the one it names (keptItemOnly). */
function keptOnly(deps: BotDeps, items: PendingItem[], text: string, today: string): AskedItemDrop | undefined {
  const kept = keptItemOnly(text, items, (id) => deps.directory.person(id)?.name, today);
  return kept === undefined ? undefined : { kind: 'keep', index: kept };
}

/** The month a waiting report named, for the question asked again (none once a week governs). */
function monthFrame(dialog: { week?: '上' | '本'; month?: string }): { month: string } | undefined {
  return dialog.month !== undefined && dialog.week === undefined ? { month: dialog.month } : undefined;
}

/**
 * What is said when a reply reads as no answer: the hint names records by number only while several remain (round 33a,
 * C1: 「第2条」 named with one record left after 「第2条不用记」).
 */
function unreadAnswerHint(itemsLeft: number): string {
  const examples = itemsLeft > 1 ? '「第2条是11月11日」「和某某那条是上周四」「第2条题目改成…」' : '「日期改成11月11日」「人数是5人」「题目改成…」「部门改成…」';
  // t50c F2: the hint named only day and person edits, so a member with a made-up line did not know 删除第N条 takes it off.
  const drop = itemsLeft > 1 ? '；多出来的一条可以说「删除第2条」' : '';
  return `没能把这条回复读成下面问题的答案，上报没有改动。请回答问题；要改某一项，可以说${examples}${drop}，或回复「取消」放弃。`;
}

/**
 * The day answer `spoken` with its not-remembered clauses (陈静记不清了) taken out and the others' names put before a bare
 * day (周三 陈静记不清了 → 赵磊周三), so only they take it; `again` (the notice) when nobody is left to take a day.
 * Undefined when no waiting person is said to be unremembered.
 */
function unsureDayAnswer(items: readonly PendingItem[], spoken: string, deps: BotDeps): { answer: string } | { again: string } | undefined {
  const waiting = items.filter((i) => i.problems.some((p) => DAY_ASKED.has(p.code)));
  const names = [...new Set(waiting.flatMap((i) => i.draft.counterpartIds).map((id) => deps.directory.person(id)?.name).filter((n): n is string => n !== undefined))];
  const read = answerUnsureDays(spoken, (name) => names.includes(name));
  if (!read) return undefined;
  const others = names.filter((n) => !read.unsure.includes(n));
  const note = `「${read.said.join('」「')}」：这一条先不记日期`;
  if (read.rest === '' || others.length === 0) return { again: `${note}，还没有记录。想起来后请回复日期，或回复「取消」放弃。` };
  return { answer: others.some((n) => read.rest.includes(n)) ? read.rest : `${others.join('、')}${read.rest}` };
}

/**
 * 是的 吴晶是吴静 · 对，另外吴晶是吴静 · 是 还有… (round 64, gdi; t67a P2): a yes and more words, while the question asked is
 * 「是不是X？」 (one name offered for a name not in the directory). Group 1 the yes, group 2 the rest.
 */
const YES_AND_MORE = /^(是的|是|对|对的|没错|嗯|就是他|就是她)[,，。.!！\s]+(?:另外|还有|而且|并且)?[,，:：\s]*([^\s].*)$/s;

/** The yes and the rest of `text` when the first question of `items` offers one name (是不是X？) and `text` is YES_AND_MORE. */
function yesAndMore(items: readonly PendingItem[], text: string, nameOf: (id: string) => string | undefined): { yes: string; rest: string } | undefined {
  const asked = items.find((i) => i.problems.length > 0)?.problems[0];
  if (asked?.code !== 'unknown_counterpart' || asked.nearIds?.length !== 1) return undefined;
  const m = YES_AND_MORE.exec(text.trim());
  if (!m) return undefined;
  // 对 是孙丽 to 「是财务科的孙丽吗？」 (round 65, geh; t68a F8: the receipt used 孙丽 and still said 「「是孙丽」没有对应到要回答
  // 的问题，没有采用」): the rest only says the offered name again, so it is the yes itself, nothing left unused.
  const offered = nameOf(asked.nearIds[0]!);
  const again = m[2]!.trim().replace(/^(?:就|应该|应该就)?是/, '').replace(/[\u4e00-\u9fa5]{2,8}?的(?=[\u4e00-\u9fa5]{2,4}$)/, '').replace(/(?:同志|科长|部长|主任)?(?:吧|啊|呀|的)?[。.!！\s]*$/, '');
  return { yes: m[1]!, rest: offered !== undefined && again === offered ? '' : m[2]!.trim() };
}
