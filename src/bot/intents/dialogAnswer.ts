// The next message of a member the bot asked something: unless it is a report of its own, it answers the question.
import { answersListedDays } from '../../domain/report/datelessListed.js';
import { askedItemDrop } from '../../domain/report/askedItemDrop.js';
import { messageEntryItems } from '../../domain/report/messageEntryItems.js';
import { numberedKeepList } from '../../domain/report/numberedKeepList.js';
import { askedListed } from '../../domain/report/askedListed.js';
import { confirmationSaid } from '../../domain/report/confirmationSaid.js';
import { answerFollowUp, type PendingItem } from '../../domain/report/followUp.js';
import { answerTotal } from '../../domain/report/answerTotal.js';
import { kindsPerPerson } from '../../domain/report/kindsPerPerson.js';
import { talksAskedAsOne } from '../../domain/report/typedTogether.js';
import { outsideCatalogue } from '../../domain/report/outsideCatalogue.js';
import { slipDayAnswer } from '../../domain/report/slipDayAnswer.js';
import { bareTalkAnswered } from '../../domain/report/bareTalkAnswered.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import { notToRecord } from '../../domain/report/notToRecord.js';
import { offeredPeopleAnswer } from '../../domain/report/offeredPeopleAnswer.js';
import { deedDayAnswer } from '../../domain/report/deedDayAnswer.js';
import { dayPeopleOnePart, dayPeopleParts } from '../../domain/report/dayPeopleParts.js';
import { dayForAllButSome } from '../../domain/report/dayForAllButSome.js';
import { answerUnsureDays } from '../../domain/report/answerUnsureDays.js';
import { keptItemOnly } from '../../domain/report/keptItemOnly.js';
import { sentTogether } from '../../domain/report/sentTogether.js';
import type { BotContext } from '../botContext.js';
import { CANCEL_WORDS, EDIT_WORDS, continueDialog, duplicateNo } from '../continueDialog.js';
import { CONFIRM_WORDS } from '../confirmWords.js';
import { defineIntent } from '../intent.js';
import { dialogKey, findDialog, saveDialog, waitingCardIds } from '../dialogStore.js';
import { otherCardsLine, withFootnote } from '../waitingCardsNote.js';
import { report, reportIn } from './report.js';
import { answerBesideDeed, type AnswerBesideDeed } from '../../domain/report/answerBesideDeed.js';
import { parseReport } from '../../domain/report/parseReport.js';
import { answerAddsDeed, type AnswerAddsDeed } from '../../domain/report/answerAddsDeed.js';
import type { ParsedReport } from '../../domain/report/draft.js';
import { cardItemChoice, RESEND_WORDS } from '../../domain/report/cardItemChoice.js';

/** The questions a day answers. */
const DAY_CODES: ReadonlySet<string> = new Set(['missing_date', 'future_date']);

/**
 * A pending question never eats a message that is a report by itself: a
 * complete one, or (for a question about a report) one naming a type that
 * does not answer the question asked.
 */
function answersDialog(ctx: BotContext): boolean {
  const dialog = ctx.dialog!;
  const text = ctx.text.trim();
  if (CANCEL_WORDS.test(text)) return true;
  // 重复发了，不用再记 to the duplicate question (round 66, gfi; t69a FB2): its no, as 取消.
  if (duplicateNo(dialog, text)) return true;
  // 就是工作上的交流，不用记 to a question: the report dropped by continueDialog, never left waiting (round 31g Part C).
  if (dialog.kind === 'report' && notToRecord(text, shanghaiDate(ctx.now))) return true;
  // 「王芳和胡军两个人都谈了」 to 「…是哪一位？」 (round 33c, A18b: read as a new report, the waiting one dropped): names of
  // the offered people, or 都 of them, answer the question — also when some name was not offered (asked again).
  if (dialog.kind === 'report' && offeredNamed(ctx, dialog.items)) return true;
  // 「11月20日自查的，11月25日报送的」 to the 自查's 是哪一天 (t46b F4: read as a new report, the three complete records
  // waiting beside it abandoned): days said with the deed each is of answer the question, complete as they read.
  if (dialog.kind === 'report' && deedDayAnswer(dialog.items, text, shanghaiDate(ctx.now)) !== undefined) return true;
  // 「3是11月20日，警示教育11月26日」 to the one question listing a summary's dateless items (round 69, gic): its answer, not a
  // new 警示教育 of 11-26 dropping the rest.
  if (dialog.kind === 'report' && answersListedDays(dialog.items, text, shanghaiDate(ctx.now))) return true;
  // 「函询那个不算廉政谈话，不用记，只记孙杰那条」 (round 58, fdb; t60a F12: read as a new talk, the report dropped): one item kept.
  if (dialog.kind === 'report' && keptItemOnly(text, dialog.items, (id) => ctx.deps.directory.person(id)?.name, shanghaiDate(ctx.now)) !== undefined) return true;
  // 「5到12条删掉不要了，只记1到4条和警示教育」 (round 69, gil; t72b F1): a keep-list by card number, the others left out.
  if (dialog.kind === 'report' && numberedKeepList(text, dialog.items, (n) => messageEntryItems(dialog.items, n), (id) => ctx.deps.directory.person(id)?.name, shanghaiDate(ctx.now), askedListed(dialog.items)) !== undefined) return true;
  // 「王建国和刘芳是12月1日谈的，陈志强、赵敏是12月3号」 to the day of four talks (round 58, fdb; t60a F4: read as 王建国's
  // new report, the four waiting talks dropped): days paired only with people the waiting items are with answer the question.
  if (dialog.kind === 'report' && daysForWaitingPeople(ctx, dialog.items)) return true;
  // 「谈心谈话，另外周四上午还和王强签了责任书」 to 「是哪类活动？」 (round 52, fwf; t54a F7): the answer, and a new deed beside it.
  // 「廉政谈话 同一天还找吴静也谈了」 (round 60, fbe; t62b G1): the answer, and one more record of the asked one's doer.
  if (dialog.kind === 'report' && (besideDeed(ctx) !== undefined || addsDeed(ctx) !== undefined)) return true;
  // 「12月1日 一共谈了3人次」 to 是哪一天 (round 65, ged: read as a deed of its own, 没读出…活动): a day and a total of the deed
  // asked answer it; the dialog weighs the total against the records (answerTotal).
  if (dialog.kind === 'report' && answerTotal(text) !== undefined && DAY_CODES.has(dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code ?? '')) {
    const pctxTotal = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
    if (answerFollowUp(dialog.items, text, pctxTotal).ok) return true;
  }
  if (dialog.kind === 'confirm' && (CONFIRM_WORDS.test(text) || confirmationSaid(text) || EDIT_WORDS.test(text) || RESEND_WORDS.test(text) || cardItemChoice(text, dialog.items.length))) return true;
  // 剩下这两条也是合计 不用记 · 本周和累计那两行是合计 on a card (round 63, gci; t66a B-F2): some records pointed at, the card's.
  if (dialog.kind === 'confirm' && askedItemDrop(text)?.kind === 'rest') return true;
  // A change waiting for 确认 takes anything but a new report (which supersedes it): the card comes back with a word.
  if (dialog.kind === 'change') return reportIn(ctx) === null;
  const fresh = reportIn(ctx);
  if (!fresh) return !tellsOfOtherWork(ctx);
  if (fresh.every((p) => p.problems.length === 0)) return false;
  if (dialog.kind === 'confirm') return false;
  // 「11月24日组织部门学习《监察法》，参加4人」 while 「是哪一天？」 waits: a title, a head count or a doer of
  // its own make it a report of its own even when its type is still to be asked.
  const askedNow = dialog.kind === 'report' ? dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code : undefined;
  const substantive = fresh.some((p) => p.draft.title !== undefined || p.draft.attendees !== undefined || p.draft.actorId !== undefined);
  if (dialog.kind === 'report' && askedNow !== 'missing_type' && substantive) return false;
  if (dialog.kind !== 'report' || !fresh.some((p) => p.draft.type !== undefined)) return true;
  // A message with its own type word that names another type, or people the question did not ask for, is a new
  // report even when its problems (an unknown name) leave it incomplete: 「今天和赵大海进行了廉政谈话」 must not
  // answer 「是哪一天？」 for a talk with 王芳.
  const asked = dialog.items.find((i) => i.problems.length > 0)?.problems[0]?.code;
  // 「和王强是廉政谈话，和李娟是谈心谈话」 to 「…这 3 次谈话是哪一类谈话？」: the people asked about, each given a kind.
  if (asked === 'missing_type' && kindForEachAsked(ctx, dialog.items)) return true;
  // 「和王建国，廉政谈话」 to the kind of a bare 昨天谈话了: the kind and the person at once are the answer.
  const pctxBare = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
  if (asked === 'missing_type' && bareTalkAnswered(dialog.items, ctx.text, pctxBare)) return true;
  const pendingTypes = new Set(dialog.items.map((i) => i.draft.type).filter((t) => t !== undefined));
  const namesPeople = (p: (typeof fresh)[number]) =>
    p.draft.counterpartIds.length > 0 || p.problems.some((q) => q.code === 'unknown_counterpart' || q.code === 'ambiguous_counterpart');
  const ownReport = fresh.some(
    (p) =>
      p.draft.type !== undefined &&
      ((asked !== 'missing_type' && pendingTypes.size > 0 && !pendingTypes.has(p.draft.type)) ||
        (asked !== 'missing_counterpart' && asked !== 'unknown_counterpart' && asked !== 'ambiguous_counterpart' && namesPeople(p)) ||
        // Its own type and its own day, when neither was asked: an answer to 「和谁谈的？」 does not restate both (round 15:
        // 「11月17日与街道残联理事长刘建华谈心谈话」 was taken as the answer and its day lost).
        (asked !== 'missing_type' && asked !== 'missing_date' && p.draft.date !== undefined)),
  );
  if (ownReport) return false;
  const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
  return answerFollowUp(dialog.items, ctx.text, pctx).ok;
}

/**
 * The answer and the new deed of a message that answers the question waiting and then tells a deed of its own after
 * 另外 · 还有 · 顺便说一下 (answerBesideDeed): the answer must answer (answerFollowUp) and the deed read as a report by
 * itself; undefined otherwise. Both are parted on the message's lines, so a table or list after 另外 keeps its breaks.
 */
function besideDeed(ctx: BotContext): AnswerBesideDeed | undefined {
  const dialog = ctx.dialog!;
  if (dialog.kind !== 'report') return undefined;
  const parted = answerBesideDeed(ctx.lines);
  if (!parted) return undefined;
  const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
  if (!answerFollowUp(dialog.items, parted.answer, pctx).ok) return undefined;
  const deed = parseReport(parted.deed, pctx);
  // Only a deed told whole (its own type, day and, for a talk, whom): 「11月20日，还有11月25日也谈了一次」 to 「是哪一天？」 is
  // the asked talk on two days (README: one record per day), never a new talk of no one.
  const whole = (p: ParsedReport) => p.draft.type !== undefined && p.draft.date !== undefined && !p.problems.some((q) => OPEN.has(q.code));
  return deed !== null && deed.length > 0 && deed.every(whole) ? parted : undefined;
}

/**
 * The answer and the records its addition adds (answerAddsDeed), when the answer part answers the question waiting; a
 * deed told whole beside an answer of the sender's own record stays besideDeed's (its own report, round 52). For the
 * record of another doer (王副理事长…找周涛谈了话) the addition is that doer's, never the sender's: read here first.
 */
function addsDeed(ctx: BotContext): AnswerAddsDeed | undefined {
  const dialog = ctx.dialog!;
  if (dialog.kind !== 'report') return undefined;
  const asked = dialog.items.find((i) => i.problems.length > 0);
  if (asked === undefined) return undefined;
  const doer = asked.draft.actorId ?? ctx.sender!.id;
  if (doer === ctx.sender!.id && besideDeed(ctx) !== undefined) return undefined;
  const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
  const adds = answerAddsDeed(ctx.text, doer, pctx);
  if (adds === undefined || !answerFollowUp(dialog.items, adds.answer, pctx).ok) return undefined;
  // Round 60 merge (roundEighteenZ 「王强，还有李娟」 to 和谁谈的: nothing stored): to 和谁 a 还有X with no deed word after is
  // the answer naming one more person, not an added deed; 还有X to a day or a kind (round 27d, fbe) still adds one.
  if (asked.problems.some((q) => q.code === 'missing_counterpart') && ONLY_MORE_PEOPLE.test(adds.addition) && !DEED_WORD.test(adds.addition)) return undefined;
  return adds;
}

/** An addition that only goes on listing people (还有李娟 · 还有李娟、赵敏), for the guard above. */
const ONLY_MORE_PEOPLE = /^还有/;
/** A deed word after 还有X (还有李娟也谈了 · 还有李娟签了): then it is an added deed even to 和谁. */
const DEED_WORD = /谈|签|查|聊|讲|也是|一起|一块/;

/** What a deed told beside an answer may not leave open: it would be a second question about an echo of the first. */
const OPEN = new Set(['missing_type', 'missing_date', 'missing_counterpart']);

/**
 * The new deed of `parted` as a message of its own, handled by the report intent: the same replies (and their count, so
 * no reply's idempotency key repeats), no dialog of its own to supersede (the answer settled or kept it), and its own
 * source event (one event records once: the deed's records would have been taken for the answer's).
 */
async function reportBeside(ctx: BotContext, parted: AnswerBesideDeed): Promise<void> {
  const lines = parted.deed;
  const beside: BotContext = { ...ctx, text: lines.replace(/\s+/g, ' ').trim(), lines, dialog: undefined, update: { ...ctx.update, eventId: `${ctx.update.eventId}:beside` } };
  const read = reportIn(beside);
  if (read !== null && read.length > 0) await report.handle(beside, read);
}

/**
 * reportBeside after the answer, the question the answer left (是哪一天进行的？ still shown) kept answerable. Round 53, fkaa
 * (t56a F5, dropped silently): 「廉政谈话，另外昨天还和冯雪签了责任书」 to 是哪类活动？ showed the 郑华 talk's 是哪一天 and the
 * 冯雪 signing 【已记录】, but the signing, settling at once as a new report, ended what waited alone — that question —
 * so 「周五」 got 「抱歉，没看懂」 and the talk was never stored nor said lost. The question is saved again (same card id) as
 * the newest dialog, unless the deed beside asked a question of its own (then that one is what the member sees last).
 */
async function reportBesideKeepingQuestion(ctx: BotContext, parted: AnswerBesideDeed, key: string): Promise<void> {
  const left = findDialog(ctx.deps.store, key, ctx.now);
  const question = left.state === 'active' && left.data.kind === 'report' ? left.data : undefined;
  await reportBeside(ctx, parted);
  if (question === undefined) return;
  const now = findDialog(ctx.deps.store, key, ctx.now);
  if (now.state === 'active' && now.data.kind === 'report') return;
  await saveDialog(ctx.deps.store, key, question, ctx.now);
}

/**
 * True when 是哪一天 waits and the message pairs days with people (dayPeopleParts: 王建国和刘芳是12月1日，陈志强、赵敏是12月3号)
 * every one of whom is the person of a waiting item: an answer, however much it reads like 王建国 talking with 刘芳.
 */
function daysForWaitingPeople(ctx: BotContext, items: readonly PendingItem[]): boolean {
  const asked = items.find((i) => i.problems.length > 0)?.problems[0]?.code;
  if (asked !== 'missing_date') return false;
  const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
  // 赵磊是12月2号，陈静不记得了 (round 60, the merge; t63b B1): saying whose day is not remembered answers the question.
  const waitingNames = new Set(items.flatMap((i) => i.draft.counterpartIds).map((id) => ctx.deps.directory.person(id)?.name));
  if (answerUnsureDays(ctx.text, (name) => waitingNames.has(name)) !== undefined) return true;
  // 王建国和刘芳是11月24日谈的 (round 59, fcf): one day with some of the people waiting answers for them.
  const one = dayPeopleOnePart(ctx.text, pctx);
  // 除了赵敏都是20号，赵敏是23号 (round 60, fba, t62b F2): one day for all but some, said with 都/其余, answers the question
  // (someone named who is not waiting is then asked about by the reading, never taken as a new report).
  if (dayForAllButSome(ctx.text, pctx) !== undefined) return true;
  const parts = dayPeopleParts(ctx.text, pctx) ?? (one !== undefined && items.filter((i) => i.problems[0]?.code === 'missing_date').length > 1 ? [one] : undefined);
  if (parts === undefined) return false;
  const waiting = new Set(items.flatMap((i) => i.draft.counterpartIds));
  return parts.every((p) => p.ids.every((id) => waiting.has(id)));
}

/** True when the question asked is who among people offered, and the message names several of them (or says 都). */
function offeredNamed(ctx: BotContext, items: readonly PendingItem[]): boolean {
  const problem = items.find((i) => i.problems.length > 0)?.problems[0];
  if (problem?.code !== 'ambiguous_counterpart' && problem?.code !== 'ambiguous_actor') return false;
  return offeredPeopleAnswer(ctx.text, problem.candidateIds, ctx.deps.directory) !== undefined;
}

/** True when the message gives a kind to each person of the untyped talks asked as one (typedTogether, kindsPerPerson). */
function kindForEachAsked(ctx: BotContext, items: readonly PendingItem[]): boolean {
  const together = talksAskedAsOne(items, items.findIndex((i) => i.problems.length > 0));
  if (!together) return false;
  const people = [...new Set(together.flatMap((i) => items[i]!.draft.counterpartIds))];
  const pctx = { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: ctx.update.mentions };
  return kindsPerPerson(ctx.text, people, pctx) !== undefined;
}

/**
 * 「昨天下午到康复部开了个廉政座谈会，大家都发了言」 while 「是哪一天进行的？」 waits for a talk: a message that tells
 * of work of its own (what the bot, sent it alone, answers 「…未记录」) is no answer, and its day must not complete the
 * pending report (a newcomer's finding: the talk was recorded with the 座谈会's day and the 座谈会 went unmentioned).
 * An answer points back with the 是…的 focus (「昨天下午和她谈的」「上周四在会议室进行的」) and stays an answer.
 */
function tellsOfOtherWork(ctx: BotContext): boolean {
  if (!outsideCatalogue(ctx.lines, ctx.now)) return false;
  // 「刚才说错了，是前天」「说错了，应该是前天」: a slip owned and a day is the answer (or the card's day taken back), never work of its own.
  if (slipDayAnswer(ctx.text, shanghaiDate(ctx.now)) !== undefined) return false;
  // 「昨天一起报的，是一次报送2篇」 to 「共 2 次信息报送，分别是哪几天？」 (round 67, ggi; t70a F3): the papers asked about, sent
  // together, never work of its own.
  if (sentTogether(ctx.text)) return false;
  return !ANSWER_FOCUS.test(ctx.text);
}

/**
 * The 是…的 focus of an answer about a deed already named (谈的, 进行的, 开的, 签的), or the deed said again for each
 * day with 都/也/又 (昨天和前天都谈了 · 11月23日，11月25日也谈了一次: round 27d F6, answered 「没有读出…活动」).
 */
// 昨天下午，谈了一个小时 · 前天，聊了半个多小时 (round 28 o: 「没有读出…活动」, the question left waiting): how long it took is
// said of the deed asked about.
// 11月10日和11月24日各报了一篇 (issue 10, round 31: to 「报送廉政信息是哪一天？」, answered 「没有读出…活动」): 各 and the deed
// asked about once a day — a paper sent, written or handed in, a study organised — is that deed too.
// 11月24日和11月27日，谈了两次 (t39a F7: to 「是哪一天？」, answered 「没有读出…活动」): the days counted is the deed asked about.
const ANSWER_FOCUS = /(谈|进行|开|签|办|搞|做|讲|学|看|查)的(?![^，,。；;\s]{0,4}(会|课|片))|(?:都|也|又)(?:谈|签|开|讲|查)(?:了|过)(?:一次|一回|两次|二次)?[。.!！]*$|各(?:谈|签|开|讲|查|报送|上报|报|交|写|组织|开展|搞)?(?:了|过)?(?:一次|一回|一篇|一份|一条|一期|一场)[。.!！]*$|各(?:谈|签|开|讲|查)(?:了|过)[。.!！]*$|(?:谈|聊|开|进行|讲)了?(?:大约|大概|差不多|将近|近|约|有)?(?:[一二两三四五六七八九十半\d]+|个把)(?:个)?(?:多)?(?:半)?(?:小时|钟头|分钟)|[,，]\s*(?:一共|共|总共)?(?:谈|聊|签|开|讲|查|报|学|进行)?了?(?:[两二三四五六七八九十]|[2-9])次[。.!！]*$/;

export const dialogAnswer = defineIntent<true>({
  name: 'dialog-answer',
  match(ctx) {
    if (!ctx.dialog || !ctx.sender) return null;
    return answersDialog(ctx) ? true : null;
  },
  async handle(ctx) {
    const dialog = ctx.dialog!;
    const key = dialogKey(ctx.update.chatId, ctx.update.senderOpenId);
    // The cards that waited beside the one answered (typed words act on the newest; see dialogStore). Said after a
    // 确认 / 取消 / 修改, which the member may have meant for an older card (or for a card while a question is newest).
    const word = dialog.kind === 'confirm' || [CONFIRM_WORDS, CANCEL_WORDS, EDIT_WORDS].some((w) => w.test(ctx.text.trim()));
    const beside = word ? waitingCardIds(ctx.deps.store, key, ctx.now).filter((id) => id !== dialog.cardId) : [];
    const adds = dialog.kind === 'report' ? addsDeed(ctx) : undefined;
    const parted = dialog.kind === 'report' && adds === undefined ? besideDeed(ctx) : undefined;
    const answered = await continueDialog(ctx.deps, {
      who: { person: ctx.sender!, openId: ctx.update.senderOpenId },
      chatId: ctx.update.chatId,
      dialog,
      text: adds !== undefined ? adds.answer : parted !== undefined ? parted.answer.replace(/\s+/g, ' ').trim() : ctx.text,
      ...(adds !== undefined ? { added: adds } : {}),
      sourceEventId: ctx.update.eventId,
      sourceMessageId: ctx.update.messageId,
      now: ctx.now,
    });
    // A typed 确认 / 取消 acts on the newest card only: the older ones still waiting are said, or they look handled too.
    const still = new Set(waitingCardIds(ctx.deps.store, key, ctx.now));
    const others = beside.filter((id) => still.has(id)).length;
    const out = others > 0 ? withFootnote(answered, otherCardsLine(others)) : answered;
    if (out.kind === 'card') await ctx.replyCard(out.card);
    else if (out.kind === 'text') await ctx.reply(out.text);
    if (others > 0 && out === answered) await ctx.reply(otherCardsLine(others));
    if (parted !== undefined) await reportBesideKeepingQuestion(ctx, parted, key);
  },
});
