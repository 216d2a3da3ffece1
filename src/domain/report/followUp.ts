// A report that lacked something, completed by the member's next short answer ("昨天", "李明", "廉政谈话").
import { paperTitlesApart } from './papersTitledApart.js';
import { withSenderOffered } from './visitedPeopleOffered.js';
import { activityTypeName, isCheckType, isTalkType } from '../activityTypes.js';
import { nameAnswer } from './nameAnswer.js';
import { bodyNamedAnswer } from './bodyNamedAnswer.js';
import { answerBystanders } from './answerBystanders.js';
import { parseCounterparts } from './parseCounterparts.js';
import { parseDay } from './parseDay.js';
import { parseDayList } from './parseDayList.js';
import { withShortDayListsSpelled } from './shortDayList.js';
import { readCorrection } from './correctedDay.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { normalizeText } from './parseNormalize.js';
import { parseKind, findKinds } from './parseKind.js';
import { kindsPerPerson } from './kindsPerPerson.js';
import { shortTalkKind } from './shortTalkKind.js';
import { withAnswerExtras } from './answerExtras.js';
import { counterpartsPerDay } from './counterpartsPerDay.js';
import { daysPerCounterpart } from './daysPerCounterpart.js';
import { peopleNotWaiting } from './peopleNotWaiting.js';
import { waitingFirst } from './waitingFirst.js';
import { dayCountParts, namesTwoDays } from './dayCountParts.js';
import { dayPeopleParts, type DayPeople } from './dayPeopleParts.js';
import { FOR_ALL, typeForAll } from './typeForAll.js';
import { withTiedAfter } from './dayTiedToBefore.js';
import { waitingTogether } from './waitingTogether.js';
import { datelessListed, itemNumber, listedItems } from './datelessListed.js';
import { numberedDaysAnswer } from './numberedDaysAnswer.js';
import { talksAskedAsOne } from './typedTogether.js';
import { typedTogetherAnswer } from './typedTogetherAnswer.js';
import { periodOf } from '../period.js';
import { problemsOf } from './problemsOf.js';
import type { ConfirmReason, ParseContext, ReportDraft, ReportProblem } from './draft.js';
import type { ActivityTypeCode } from '../activityTypes.js';
import { shanghaiDate, weekday } from '../shanghai.js';
import { weekdayOf } from './weekdayInDoubt.js';
import { departmentAnswered } from './departmentAnswer.js';
import { withCounterpartDepartment } from './counterpartDepartment.js';
import { offeredPeopleAnswer, type OfferedAnswer } from './offeredPeopleAnswer.js';
import { whomAskedTogether } from './whomAskedTogether.js';
import { countedUnitAnswer } from './countedUnitAnswer.js';
import { withAnswerUnitWhole } from './senderUnitWhole.js';
import { withPartNoteOnce } from './partNoteOnce.js';
import { leaderIds } from './leaderIds.js';
import { sentTogether } from './sentTogether.js';

export interface PendingItem {
  draft: ReportDraft;
  problems: ReportProblem[];
  /** The member's own number of the message's entry it was read from (ParsedReport.entry): what 第N条 points at. */
  entry?: number;
  /** One of the identical records a stated count made (ParsedReport.counted): no 「写了两遍」 remark for them. */
  counted?: true;
  /**
   * The reasons to confirm its reading gave of this record alone (ParsedReport.reasons, those in ITEM_REASONS: 您是参加者…暂记在
   * 您名下 · 按第一天记录 …): they leave the card with it when it is taken off (reasonsAfterDrop, t51b F8).
   */
  reasons?: ConfirmReason[];
  /**
   * The departments the member's message named, kept for a meeting record that holds none (meetingPlacesSaid): where a
   * retype to a 分管科室会议 on the card places it (round 42, t42a F10). The text itself is not kept.
   */
  placesSaid?: string[];
}

/** Said when an answer to 是哪一类 names two kinds that cannot be told apart by person (round 60, t63b B2). */
const TWO_KINDS = '回复里说了不止一类活动，但没能对应到具体的人，这一条还没有记录。请按人分别回复，例如「王强廉政谈话，李娟谈心谈话」，或回复「取消」放弃。';

export type FollowUp =
  /** The answer filled the first open question; items are what remains; `corrected`: the answer took back a day it said (不对，是前天). */
  | { ok: true; items: PendingItem[]; remark?: string; corrected?: boolean }
  /** The answer did not fit the question asked; `why`: what to tell the member, when the answer was days that fit it not. */
  | { ok: false; why?: string };

/** The member gives up the days of a stated count still open (其余的不记得了). */
const ONLY_THESE = /^(?:只记这些|就这些|就记这些|其余的?不记了?|其他的?不记了?|其余的?记不清了?|记不清了?|不记得了?|忘了|想不起来了?)[。.!！]*$/;

/** 都是11月20日 · 均为… · 同一天，11月20日: the one day named is every one's. */
// 都算11月30日吧 · 都按11月30日 · 都记11月30日 (round 68, ghb; t70b: the first paper took the day, the second was asked again).
const ALL_ON = /^[\s\u0000]*(?:都是|都在|都于|均为|均是|均在|均于|全是|全都是|全部是|全部在|同一天|是同一天|都是同一天|(?:就)?(?:都|均|全|全部)(?:算|按|记|算作|记作|写)(?:成|为|在|是)?)/;

/** 我 · 我本人 · 本人 · 是我 · 我自己 · 是我的: the sender, answering whose a deed is. */
// 我讲的 · 我主持的 · 不是领导主持的，是我本人主持的 (round 29a, A5/A16: the doer question came back word for word).
// 活动人是我本人 · 活动人是我 · 组织者是我 (round 51, fza; t53a F2: 没能把这条回复读成…答案): the field named first, as on a card.
/**
 * 我带的队 王副理事长是一起去的 · 是我带队的，王建国陪同 (round 65, gei; t68a F5): the sender led the check; the one after, said to
 * have gone along (一起去的 · 陪同 · 跟着去的 · 配合的), is its companion (group 1).
 */
const SELF_LED = /^(?:是)?我(?:自己|本人)?(?:带的队|带队的?|带队去的|牵的头|牵头的?)(?:[,;。\s]*([\u4e00-\u9fa5]{2,9}?)(?:是|只是|也是|就是)?(?:一起去的|一起去|陪同的?|陪着去的|跟着去的|一起的|配合的|配合检查的))?[。.!！\s]*$/;
const SELF = /^(?:不是[^,，。]{0,10}[,，]\s*)?(?:(?:活动人|组织者|组织人|负责人|主持人|主讲人|谈话人|报送人)(?:应该?是|应为|就是|是|为)?)?(?:是|就是)?(?:我|我本人|本人|我自己|自己)(?:的|本人)?(?:的|做的|组织的|搞的|讲的|主讲的|主持的|召开的|带队的|开的|上的)?[。.!！]*$/;

/** 2026年 · 是2025年的 · 今年 · 去年的: the answer to which year a day was. */
export const YEAR_ANSWER = /^(?:是|就是)?(?:(\d{4})\s*年?|(今年|去年))(?:的)?[。.!！]*$/;

/** Types someone chairs or lectures (the question names a leader). */
const CHAIRED: ReadonlySet<string> = new Set(['meeting_special', 'meeting_dept', 'review_analysis', 'edu_lecture']);
/** Of those, what a department's head may hold for their own unit: a 党课, a 分析研判. */
const HEADS_HOLD: ReadonlySet<string> = new Set(['review_analysis', 'edu_lecture']);

/** `id` heads a department, or is a leader or the secretary (who may give a 党课 or hold an analysis of their own). */
function heldByHead(id: string, ctx: ParseContext): boolean {
  const p = ctx.directory.person(id);
  return p !== undefined && (ctx.directory.headedBy(id).length > 0 || p.roles.includes('leader') || p.roles.includes('secretary'));
}

/**
 * The unit whose own 专题会议 `draft` can be of the sender's holding: the department the sender heads, when the draft names
 * none or that one (t51a F5); undefined when the sender heads none or the draft names another unit.
 */
function ownUnitOf(draft: ReportDraft, ctx: ParseContext): string | undefined {
  const headed = ctx.directory.headedBy(ctx.senderId).map((d) => d.id);
  if (draft.departmentId !== undefined) return headed.includes(draft.departmentId) ? draft.departmentId : undefined;
  return headed.length === 1 ? headed[0] : undefined;
}

/** Why `person` (a directory id) was not taken as who chaired or lectured a `type` activity, and what to answer instead. */
function notAChair(person: string, type: ActivityTypeCode, ctx: ParseContext): string {
  const kind = activityTypeName(type);
  const someone = ctx.directory.person(person);
  const who = person === ctx.senderId ? '您本人' : `「${someone?.name ?? person}」`;
  const leader = someone?.roles.some((r) => r === 'leader' || r === 'secretary') ?? false;
  const why = leader ? `${who}不在这次${kind}可选的主持或主讲人里` : `${who}不是单位领导，${kind}按主持或主讲的领导记录`;
  return `${why}，未采用。请点下面的姓名，或回复主持（主讲）的领导的姓名；不在名单里请点「不在名单里」。`;
}

/** Why an answer naming people was not taken: someone named was not offered, or 都 fits no count of those offered. */
function notOffered(offered: Exclude<OfferedAnswer, { ids: string[] }>, candidateIds: readonly string[], ctx: ParseContext): string {
  const names = candidateIds.map((id) => ctx.directory.person(id)?.name ?? id).join('、');
  if ('unoffered' in offered) return `「${offered.unoffered.join('、')}」不在这次可选的人里（${names}），未采用，也没有记成新的上报。请点下面的姓名，或回复其中的姓名；都不是请点「不在名单里」。`;
  return `没有读出「都」指的是哪几位（可选的有${names}），未记录。请回复姓名，如「${names.split('、').slice(0, 2).join('和')}」。`;
}

const isActorProblem = (p: ReportProblem) => p.code === 'ambiguous_actor' || p.code === 'missing_actor';

/**
 * The questions of `before` a new day leaves open beside `fresh` (problemsOf the dated draft, which knows only the
 * fields): whose it was, and whom a signing was with — a 责任书 with no one is a valid record of its own, so problemsOf
 * never asks it, and the 和谁 the message raised was dropped with the day's answer (round 36: the signing of 集体廉政谈话，
 * 并签订了责任书 stored with no one).
 */
function stillOpen(before: PendingItem, draft: ReportDraft, fresh: ReportProblem[]): ReportProblem[] {
  const whom = draft.counterpartIds.length === 0 && !fresh.some((p) => p.code === 'missing_counterpart') ? before.problems.filter((p) => p.code === 'missing_counterpart') : [];
  return [...fresh, ...before.problems.filter(isActorProblem), ...whom];
}

function withoutActor(draft: ReportDraft): ReportDraft {
  const { actorId: _dropped, ...rest } = draft;
  return rest;
}

/** `draft` on `date` (YYYY-MM-DD), its 补录 flag set again against `today`'s quarter. */
export function withDate(draft: ReportDraft, date: string, today: string): ReportDraft {
  return { ...draft, date, late: date <= today && date < periodOf('quarter', today).start };
}

/** One record per person of `parts`, each on the day said beside them (dayPeopleParts), at their department. */
function onTheirDays(draft: ReportDraft, parts: readonly DayPeople[], ctx: ParseContext): PendingItem[] {
  const today = shanghaiDate(ctx.now);
  return parts.flatMap((part) =>
    part.ids.map((id) => {
      const departmentId = ctx.directory.person(id)?.departmentId;
      const one: ReportDraft = { ...withDate(draft, part.date, today), counterpartIds: [id], ...(departmentId ? { departmentId } : {}) };
      return { draft: one, problems: problemsOf(one, today) };
    }),
  );
}

/** `text` with each day written without its month (10日 · 12号) put in `month` (YYYY-MM), when a month is asked. */
function inAskedMonth(text: string, month: string | undefined): string {
  return month === undefined ? text : text.replace(/(?<![月\d])(\d{1,2}[日号])/g, `${Number(month.slice(5, 7))}月$1`);
}

/** Applies `answer` to the first problem of the first incomplete item. */
/** Yes to 「是不是李明？」: 是 · 是的 · 对 · 对的 · 没错 · 就是他/她 · 是他/她, alone or with 的/。 */
const NEAR_YES = /^(?:是|是的|对|对的|没错|嗯|就是|就是他|就是她|是他|是她|对，?就是他|对，?就是她)[。.!！]*$/;

export function answerFollowUp(items: PendingItem[], answer: string, ctx: ParseContext): FollowUp {
  const done = answerFirstQuestion(items, answer, ctx);
  // Whichever question was answered, a talk now whole is at its counterpart's department, as one read in one message is.
  // 和谁 asked anew of someone else's talk (round 39): the sender offered, as when the message asked it.
  return done.ok ? { ...done, items: withSenderOffered(done.items.map((it) => ({ ...it, draft: withCounterpartDepartment(it.draft, ctx.directory) })), ctx.senderId) } : done;
}

/**
 * 「一次是1号，一次是3号」 · 「第一次是1号，第二次是3号」 · 「一次1号，另一次3号」 (round 40, t40b F8: only the first day kept, the
 * second talk dropped): days told one occasion each, written as the day list 「1号、3号」 the day question reads.
 */
const OCCASION = /(?:^|[,，;；、\s])(?:其中)?(?:一次|另一次|另外一次|还有一次|第[一二三四五]次)(?:是|在|为)?[\s]*(?=(?:\d{1,2}月)?\d{1,2}[号日]|(?:上|本|这)?(?:周|星期)[一二三四五六日天]|[今昨前]天)/g;
/**
 * 「10月28号一次 11月25号一次」 · 「28号一次，25号一次」 · 「周一谈了一次 周三谈了一次」 (round 49, fwf, t52a F3: to 「谈了两次」's day
 * question only the first day kept, the second talk dropped): each day with its own 一次 after it. Group 1: the day.
 */
const DAY_ONCE = /((?:\d{1,2}月)?\d{1,2}[号日]|(?:上|本|这)?(?:周|星期)[一二三四五六日天]|大?前天|[今昨]天)(?:上午|下午|晚上|早上)?\s*(?:又|也|还)?(?:谈了?|开了?|查了?|签了?|讲了?|进行了?)?(?:一次|一回|一场)[,，;；、。.\s]*/gy;
/** The days of an answer made only of 「D一次」 parts (two or more), else undefined. */
const daysOnce = (answer: string): string[] | undefined => {
  const text = answer.trim();
  const days: string[] = [];
  DAY_ONCE.lastIndex = 0;
  let end = 0;
  for (let m = DAY_ONCE.exec(text); m !== null; m = DAY_ONCE.exec(text)) {
    days.push(m[1]!);
    end = DAY_ONCE.lastIndex;
  }
  return days.length >= 2 && end === text.length ? days : undefined;
};
/** A day as the answers write it: 11月25日 · 25号 · 周三 · 上周五 · 前天 · 昨天. */
const ANSWER_DAY = '(?:\\d{1,2}月)?\\d{1,2}[号日]|(?:上|本|这)?(?:周|星期)[一二三四五六日天]|大?前天|[今昨]天';
/**
 * 「11月20日，还有11月25日也谈了一次」 · 「20号，另外25号又谈了一次」 (round 52, fwcc; fwf's left-over: to 「是哪一天？」 only the
 * 11-20 talk kept, the 11-25 one dropped without a word): a further day told after 还有 · 另外 · 此外 · 以及 is one more
 * day of the deed asked, as a day list is. Replaced by 、 before the day.
 */
const MORE_DAY = new RegExp(`[\\s,，;；、。]*(?:还有|另外|此外|以及|然后)[\\s,，:：]*(?=${ANSWER_DAY})`, 'g');
/** 「…也谈了一次」 · 「…又谈了一次」 · 「20号和25号各一次」 after a day: the day itself (group 1), one occasion each. */
const ONCE_AFTER = new RegExp(`(${ANSWER_DAY})(?:上午|下午|晚上|早上)?\\s*(?:也|又|还|再)?(?:各)?(?:谈了?|签了?|开了?|查了?|讲了?|进行了?)?(?:各)?(?:一次|一回|一场)(?:话)?`, 'g');
const occasionDays = (answer: string): string => {
  const once = daysOnce(answer);
  if (once) return once.join('、');
  const parts = answer.split(OCCASION).filter((p) => p.trim() !== '');
  if (parts.length >= 2) return parts.map((p) => p.trim().replace(/[,，;；。]+$/, '')).join('、');
  const more = answer.replace(MORE_DAY, '、').replace(ONCE_AFTER, '$1').replace(/^、/, '').replace(/[,，;；。\s]+$/, '');
  return more;
};

/**
 * The answer `said` read against the one question listing every dateless item of a month (datelessListed): the items it
 * names dated, the others left waiting; a day outside the month said is refused. Undefined when no such question is asked
 * or the answer names no item (a bare day or a list of days: the older readers' below).
 */
function listedDays(items: PendingItem[], said: string, today: string): FollowUp | undefined {
  const listed = datelessListed(items);
  const first = listed === undefined ? undefined : items[listed[0]!]!.problems[0];
  if (listed === undefined || first?.code !== 'missing_date' || first.span === undefined) return undefined;
  const { span } = first;
  const days = numberedDaysAnswer(said, listedItems(items, listed), today, span.from.slice(0, 7));
  if (days === undefined) return undefined;
  if ([...days.values()].some((d) => d < span.from || d > span.to)) {
    return { ok: false, why: `消息说的是${span.said}（${span.from.slice(5).replace('-', '月')}日—${span.to.slice(5).replace('-', '月')}日），回复里有不在这段时间的日子，未记录。请回复这段时间里的日期。` };
  }
  const paired = items.map((it, i) => {
    const date = listed.includes(i) ? days.get(itemNumber(items, i)) : undefined;
    // The rest keep the message's month, so they are asked again as one list in it (1、2是11月12日 answered, 3 and 4 left).
    const waiting = it.problems[0];
    if (date === undefined && listed.includes(i) && waiting?.code === 'missing_date' && waiting.span === undefined) return { ...it, problems: [{ ...waiting, span }, ...it.problems.slice(1)] };
    if (date === undefined) return it;
    const draft = withDate(it.draft, date, today);
    return { ...it, draft, problems: stillOpen(it, draft, problemsOf(draft, today)) };
  });
  return { ok: true, items: paired };
}

function answerFirstQuestion(items: PendingItem[], said: string, ctx: ParseContext): FollowUp {
  const today = shanghaiDate(ctx.now);
  const index = items.findIndex((i) => i.problems.length > 0);
  if (index < 0) return { ok: true, items };
  const item = items[index]!;
  const problem = item.problems[0]!;
  const answer = problem.code === 'missing_date' ? occasionDays(said) : said;
  // A talk and a signing of one day asked whom as one (whomAskedTogether): the answer is each one's, as its own question takes it.
  const whom = problem.code === 'missing_counterpart' ? whomAskedTogether(items, index) : [index];
  if (whom.length > 1) return answeredTogether(items, whom, answer, ctx);
  let replacement: PendingItem[];
  let corrected = false;
  let remark: string | undefined;
  switch (problem.code) {
    case 'missing_date':
    case 'future_date': {
      const count = problem.code === 'missing_date' ? problem.count : undefined;
      // 「只记这些」 to the days of a stated count still open: the rest are left out, and said so on the receipt.
      if (count !== undefined && ONLY_THESE.test(answer.trim()) && items.length > 1) {
        const name = item.draft.type ? activityTypeName(item.draft.type) : '活动';
        return { ok: true, items: items.filter((_, i) => i !== index), remark: `另有 ${count} 次${name}没有给出日期，未记录；想起日期后再发给我即可` };
      }
      // 11月3日、11月10日、11月17日: one record per day named.
      // 不对，是前天 · 11月3号，不对，是4号: the corrected day, shown for a tap before it is recorded.
      // 昨天和王建国，今天和刘芳 to the talks asked as one: each person's talk on the day said beside them.
      // 「1、2是11月12日，3是11月20日，警示教育11月26日」 to the one question listing a summary's dateless items (round 69, gic):
      // each item named is dated, the rest still asked as one list (datelessListed).
      const byNumber = problem.code === 'missing_date' ? listedDays(items, said, today) : undefined;
      if (byNumber !== undefined) return byNumber;
      const dayAsked = problem.code === 'missing_date' && problem.count === undefined ? problem : undefined;
      // 「11月10日和王强，11月17日和李娟」 to the day of a talk that names no one (round 36 F13: both stored on 11-10): one
      // talk per person, each on the day said beside them.
      const pairwise = item.draft.type !== undefined && (isTalkType(item.draft.type) || item.draft.type === 'pledge_sign');
      const byDay = dayAsked !== undefined && pairwise && item.draft.counterpartIds.length === 0 ? dayPeopleParts(answer, item.draft.actorId ? { ...ctx, senderId: item.draft.actorId } : ctx) : undefined;
      if (byDay !== undefined && (dayAsked?.month === undefined || byDay.every((p) => p.date.startsWith(dayAsked.month!)))) {
        replacement = onTheirDays(item.draft, byDay, ctx);
        break;
      }
      const perPerson = withDayForAllWaiting(dayAsked !== undefined ? daysPerCounterpart(items, index, answer, ctx) : undefined, items, answer);
      if (perPerson !== undefined && (dayAsked?.month === undefined || [...perPerson.values()].every((d) => d.startsWith(dayAsked.month!)))) {
        const paired = items.map((it, i) => {
          const date = perPerson.get(i);
          if (date === undefined) return it;
          const draft = withDate(it.draft, date, today);
          return { draft, problems: stillOpen(it, draft, problemsOf(draft, today)) };
        });
        return { ok: true, items: waitingFirst(paired, waitingTogether(items, index)) };
      }
      // 都是20号，黄志刚是23号 (round 60, fba): a day beside someone no record waiting is with: asked again, nothing guessed.
      const strangers = dayAsked !== undefined ? peopleNotWaiting(items, index, answer, ctx) : [];
      if (strangers.length > 0) {
        const asked = waitingTogether(items, index).map((i) => ctx.directory.person(items[i]!.draft.counterpartIds[0]!)?.name ?? '').join('、');
        const names = strangers.map((id) => ctx.directory.person(id)?.name ?? id).join('、');
        return { ok: false, why: `回复里的${names}不在要补日期的记录里（问的是与${asked}的），未记录。请每人写一个日期，如「${asked.split('、')[0]}是11月20日」；是同一天的回复「都是某月某日」。` };
      }
      const correction = readCorrection(normalizeText(answer), today);
      // 23、27号 · 23和25号 (日/号 said once, round 27d F2: only the last day was kept, the first dropped without a word).
      // 「6月与王建国、刘芳的廉政谈话分别是哪一天？」 (6月和11月分别与…): 10日、12日 are that month's; a day of another month
      // is no answer to it (the question comes again), never put on one person's two talks.
      const month = problem.code === 'missing_date' ? problem.month : undefined;
      const text = withShortDayListsSpelled(inAskedMonth(arabicizeNumerals(correction.text), month));
      const listed = parseDayList(text, today);
      const day = parseDay(text, today);
      let dates = listed.length > 1 ? listed : day.date ? [day.date] : [];
      // 11月20日2篇，11月27日1篇 · 20号两篇 27号一篇 (round 51 fzb, t53b F6: the first day alone, its 2篇 and the 27th
      // dropped): to the days of a stated count, or of a 信息, each day said with its own number is that many deeds.
      const perDay = count !== undefined || item.draft.type === 'report_info' ? dayCountParts(text, today) : undefined;
      if (perDay !== undefined) {
        const total = perDay.reduce((sum, p) => sum + p.n, 0);
        if (count !== undefined && total > count) {
          return { ok: false, why: `回复里一共${total}次，问的是${count}次，对不上，未记录。请写明每天几次，如「11月20日2篇，11月27日1篇」。` };
        }
        dates = perDay.flatMap((p) => Array.from({ length: p.n }, () => p.date));
      }
      if (dates.length === 0) return { ok: false };
      if (month !== undefined && dates.some((d) => !d.startsWith(month))) return { ok: false, why: `这里问的是${Number(month.slice(5, 7))}月的日期，回复里有不在${Number(month.slice(5, 7))}月的日子，未记录。其他月份的会接着问。` };
      // 分别到宣文部、康复中心… then 「11月12日、11月19日」: as many days as items waiting for one pair in order.
      const waitsInMonth = (it: PendingItem) => it.problems[0]?.code === 'missing_date' && it.problems[0].month === month;
      let waiting = items.map((it, i) => (waitsInMonth(it) ? i : -1)).filter((i) => i >= 0);
      // 「都是11月20日」 · 「均为…」 to 「共 2 次…分别是哪几天？」 (round 13: asked again for the second): one day for all.
      // 「昨天一起报的」 · 「一次报送2篇」 · 「同一天」 (round 67, ggi; t70a F3): said sent together, the one day is every paper's.
      if (dates.length === 1 && (ALL_ON.test(text) || (count !== undefined && count > 1 && sentTogether(text)))) {
        if (count !== undefined && count > 1) dates = Array.from({ length: count }, () => dates[0]!);
        else if (waiting.length > 1 && waiting[0] === index) dates = waiting.map(() => dates[0]!);
      } else if (dates.length === 1 && count === undefined) {
        // The talks of one doer and kind were asked their day as one (与吴静、周涛的廉政谈话是哪一天？): one day is theirs.
        // 会议…，同时和王磊、何平…谈心谈话 (t47b F8): the records told 同时 with the one asked take its day too.
        const together = withTiedAfter(items, waitingTogether(items, index));
        // 李明是20号 孙丽是27号 to 与李明、孙丽的廉政谈话是哪一天？ not read as days per person (round 51 fzb, t53b F6:
        // both stored on 11-20): an answer that names two days is never one day for all; the question comes again.
        if (together.length > 1 && namesTwoDays(text, today)) {
          return { ok: false, why: '回复里有两个日期，没能对上每个人，未记录。请按「李明是11月20日，孙丽是11月27日」的样子每人写一个日期，是同一天的回复「都是某月某日」。' };
        }
        if (together.length > 1) {
          waiting = together;
          dates = together.map(() => dates[0]!);
        }
      } else if (count === undefined && waiting.length !== dates.length) {
        // As many days as the people asked about as one (others waiting besides): one each, in the order asked.
        const together = waitingTogether(items, index);
        if (together.length === dates.length) waiting = together;
      }
      // 「12月1日、12月3日」 to 「共 2 次信息报送，分别是哪几天？」 with a 调研报告 waiting after it (round 38: one day given to
      // the 调研报告): days as many as the asked record's own count are its deeds', never paired with the others waiting.
      const ownCount = (count !== undefined && count === dates.length) || perDay !== undefined;
      if (dates.length > 1 && waiting.length === dates.length && waiting[0] === index && !ownCount) {
        const paired = items.map((it, i) => {
          const at = waiting.indexOf(i);
          if (at < 0) return it;
          const draft = withDate(it.draft, dates[at]!, today);
          return { draft, problems: stillOpen(it, draft, problemsOf(draft, today)) };
        });
        return { ok: true, items: paired, ...(correction.corrected ? { corrected: true } : {}) };
      }
      // 「11月3日、4日」 to 「与王建国、刘芳、陈志强的…是哪一天？」 (issue 10, round 31: both days put on 王建国's talk): days
      // for people asked as one, of another count than theirs, pair with no one; the question comes again.
      const asked = count === undefined && dates.length > 1 ? waitingTogether(items, index).length : 1;
      if (asked > 1) return { ok: false, why: `回复了${dates.length}个日期，问的是${asked}次，对不上，未记录。请按顺序每人回复一个日期，是同一天的回复「都是某月某日」。` };
      // 报送廉政信息2篇（《A》《B》） with no day (round 52 fwe, t54b F2: both papers stored as 《A、B》 after the days were
      // answered): as papersTitledApart does for a dated count, one title a paper, in order, when the titles are as many.
      const apart = paperTitlesApart(item.draft, dates.length);
      // 11月22日2篇 · 都是11月20日 to a counted question (round 52 fwe, t54b F6: 「可能是同一次活动写了两遍」 on the card): records of
      // one day the count made are marked counted, as a count said in the message marks them (identicalRecords, round 37).
      const fromCount = count !== undefined || perDay !== undefined;
      replacement = dates.map((date, k) => {
        // 其中1条被市纪委网站采用 (round 68, ghb; t70b: on both papers): a part's note stays on the first record only.
        const draft = withAnswerExtras(withDate(withPartNoteOnce(apart ? { ...item.draft, title: apart[k]! } : item.draft, k), date, today), answer);
        return { draft, problems: problemsOf(draft, today), ...(fromCount && dates.filter((d) => d === date).length > 1 ? { counted: true as const } : {}) };
      });
      // 两次…, answered with one day: the other still waits for its own, never dropped without a word.
      if (count !== undefined && dates.length < count) replacement.push({ draft: withPartNoteOnce(item.draft, dates.length), problems: [{ code: 'missing_date', count: count - dates.length }] });
      if (correction.corrected) corrected = true;
      break;
    }
    case 'ambiguous_year': {
      // 「2026年」 · 「今年」 · 「去年的」: one of the two days offered, nothing else.
      const said = YEAR_ANSWER.exec(answer.trim());
      const year = said ? (said[1] ?? (said[2] === '今年' ? today.slice(0, 4) : String(Number(today.slice(0, 4)) - 1))) : undefined;
      const date = problem.dates.find((d) => d.startsWith(`${year}-`));
      if (date === undefined) return { ok: false };
      const draft = withDate(item.draft, date, today);
      replacement = [{ draft, problems: item.problems.slice(1).filter((p) => !isActorProblem(p)) }];
      break;
    }
    case 'weekday_conflict': {
      // 「11月12日」 · 「周四」 · 「是13号」: one of the two days offered; anything else leaves the question open.
      const text = arabicizeNumerals(normalizeText(answer));
      const named = parseDay(text, today).date;
      const day = weekdayOf(text);
      // A bare 周四 (no digits) names one of the two by its weekday, whatever week parseDay would put it in.
      const date = problem.dates.find((d) => d === named) ?? (day !== undefined && !/\d/.test(text) ? problem.dates.find((d) => weekday(d) === day) : undefined);
      if (date === undefined) return { ok: false };
      const draft = withDate(item.draft, date, today);
      const future = problemsOf(draft, today).filter((p) => p.code === 'future_date');
      replacement = [{ draft, problems: [...future, ...item.problems.slice(1).filter((p) => !isActorProblem(p))] }];
      break;
    }
    case 'ambiguous_actor':
    case 'missing_actor': {
      // 「王建国和刘芳都谈了」 to whose talk it was (round 33c, A18b's kind): each offered doer named gets the record; one
      // meeting or lecture is chaired by one, so several are asked again, as a name not offered is.
      const offered = problem.code === 'ambiguous_actor' ? offeredPeopleAnswer(answer, problem.candidateIds, ctx.directory) : undefined;
      if (offered && !('ids' in offered)) return { ok: false, why: notOffered(offered, problem.candidateIds, ctx) };
      if (offered && 'ids' in offered) {
        if (item.draft.type === undefined || CHAIRED.has(item.draft.type)) {
          const kind = item.draft.type ? activityTypeName(item.draft.type) : '这项活动';
          return { ok: false, why: `一次${kind}按一位主持（主讲）的人记录，回复里有 ${offered.ids.length} 位，未记录。请回复其中一位的姓名；是几次活动的，请取消后分开上报。` };
        }
        replacement = offered.ids.map((id) => {
          const draft = id === ctx.senderId ? withoutActor(item.draft) : { ...item.draft, actorId: id };
          return { draft, problems: problemsOf(draft, today) };
        });
        break;
      }
      const found = parseCounterparts(nameAnswer(answer, problem.code === 'ambiguous_actor' ? problem.text : undefined), { ...ctx, senderId: '' });
      // 「我」「我本人」「是我」 · the sender's own name: the question says 「是您本人的请回复您的姓名」, so the sender is
      // always an answer, candidate or not (round 14: the same question came back word for word).
      // 「我带的队 王副理事长是一起去的」 to 是谁带队检查的？ (round 65, gei; t68a F5: 王建国 read as the doer): the sender led, the
      // one said to have gone along stays a companion, never the doer.
      const ledBySelf = item.draft.type !== undefined && isCheckType(item.draft.type) ? SELF_LED.exec(normalizeText(answer).trim()) : null;
      const self = SELF.test(answer.trim()) || ledBySelf ? ctx.senderId : undefined;
      // 「党组」 · 「机关党委组织的」 to whose an education beyond the sender's unit was (round 69, gia): who answers for that body.
      const body = problem.code === 'missing_actor' ? bodyNamedAnswer(answer, ctx) : undefined;
      const person = self ?? body ?? (found.counterparts.length === 1 && found.problems.length === 0 ? found.counterparts[0]!.id : undefined);
      // Who chaired a meeting or gave a lecture is asked among the leaders: there 「我」 of someone else stays no answer.
      // A department head gives their own 党课 and holds their own unit's 分析会 (round 29a, A5/A16): the head answering 我,
      // or naming a head, is an answer there too.
      const ownHeld = (id: string) => item.draft.type !== undefined && HEADS_HOLD.has(item.draft.type) && heldByHead(id, ctx);
      // 「我讲的」 to 「是哪位领导主持或主讲的？」 of a 党课 the sender wrote without 我 (round 41, t41b F7: the 机关纪委书记's own
      // lecture refused, no way to record it): an inspector (纪检) gives 廉政党课 as a head does; a 科员's 我讲的 stays refused
      // (round 31f X4).
      const ownLecture = item.draft.type === 'edu_lecture' && (ctx.directory.person(ctx.senderId)?.roles.includes('inspector') ?? false);
      // 「我自己主持的」 from 孙丽, 财务科's head, to who chaired her 组织科室召开的专题会议 (t51a F5: refused as 不是单位领导, the
      // meeting lost): a head holds her own unit's 专题会议 (as 财务科召开专题会议 is read), recorded at that unit.
      const ownUnitMeeting = item.draft.type === 'meeting_special' ? ownUnitOf(item.draft, ctx) : undefined;
      const ownOk = person === ctx.senderId && (!(item.draft.type !== undefined && CHAIRED.has(item.draft.type)) || ownHeld(person) || ownLecture || ownUnitMeeting !== undefined);
      const allowed = problem.candidateIds.length === 0 || (person !== undefined && (ownOk || problem.candidateIds.includes(person) || ownHeld(person)));
      if (!person) return { ok: false };
      // Someone of the directory not among the buttons (round 31f X4: 「李明」 to whose 警示教育 it was brought the same card
      // back three times, no word): the buttons are suggestions, the member knows whose it was; only a meeting's chair or a
      // lecturer is asked among the leaders, and refusing one names why and what to answer.
      if (!allowed && item.draft.type !== undefined && CHAIRED.has(item.draft.type)) return { ok: false, why: notAChair(person, item.draft.type, ctx) };
      const along = ledBySelf?.[1] !== undefined ? parseCounterparts(ledBySelf[1], ctx) : undefined;
      const alongIds = along !== undefined && along.problems.length === 0 ? along.counterparts.map((c) => c.id).filter((id) => id !== ctx.senderId) : [];
      const withAlong = alongIds.length > 0 ? { ...item.draft, companionIds: [...new Set([...(item.draft.companionIds ?? []), ...alongIds])] } : item.draft;
      const draft = person === ctx.senderId ? { ...withoutActor(withAlong), ...(ownUnitMeeting ? { departmentId: ownUnitMeeting } : {}) } : { ...item.draft, actorId: person };
      // The sender named among those signed with, then the doer (round 15): never their own counterpart; one record per pair.
      const pairs = (draft.type !== undefined && isTalkType(draft.type)) || draft.type === 'pledge_sign' ? draft.counterpartIds.filter((id) => id !== (draft.actorId ?? ctx.senderId)) : draft.counterpartIds;
      // 「冯雪」 to whose 签订 it was, 冯雪 read as the one signed with (round 31g F6: the same question back word for word, the
      // button's own answer not taken): the member says who held it; whom it was held with is asked, never guessed.
      if (pairs.length === 0 && draft.counterpartIds.length > 0) {
        if (person === ctx.senderId) return { ok: false };
        const held = { ...draft, counterpartIds: [] };
        replacement = [{ draft: held, problems: [...problemsOf(held, today).filter((p) => p.code !== 'missing_counterpart'), { code: 'missing_counterpart' }] }];
        break;
      }
      // Its type still asked, the talk stays one until then: the type is asked once, not once per pair.
      const each = pairs.length > 1 && draft.type !== undefined ? pairs.map((id) => ({ ...draft, counterpartIds: [id] })) : [{ ...draft, counterpartIds: pairs }];
      replacement = each.map((d) => ({ draft: d, problems: problemsOf(d, today) }));
      break;
    }
    case 'missing_type': {
      // Several talks of the message asked their kind as one (typedTogether): the answer is all of theirs.
      const together = talksAskedAsOne(items, index);
      if (together) {
        const typed = typedTogetherAnswer(items, together, answer, ctx, today);
        return typed ? { ok: true, items: typed } : { ok: false };
      }
      // 「王强是廉政 李娟是谈心」 to the kind of one talk with 王强 and 李娟 (round 60, t63b B2: both stored as 谈心谈话): each
      // person's talk takes the kind said for them; two kinds said that do not pair with the people ask again, never one for all.
      if (item.draft.counterpartIds.length > 1) {
        const perPerson = kindsPerPerson(answer, item.draft.counterpartIds, ctx);
        const kinds = perPerson ? [...new Set(perPerson.values())] : [...new Set(findKinds(answer).map((k) => k.code))];
        if (kinds.length > 1) {
          if (!perPerson || !kinds.every((k) => isTalkType(k))) return { ok: false, why: TWO_KINDS };
          const { title: _title, attendees: _attendees, ...untitled } = item.draft;
          replacement = item.draft.counterpartIds.map((id) => {
            const draft = { ...untitled, type: perPerson.get(id)!, counterpartIds: [id] };
            return { draft, problems: problemsOf(draft, today) };
          });
          break;
        }
      }
      // 「廉政」「谈心的」 to the kind of a talk with someone named: the talk's kind by its first word.
      const short = item.draft.counterpartIds.length > 0 ? shortTalkKind(answer) : undefined;
      const kind = parseKind(answer).kind ?? (short !== undefined ? { code: short } : undefined);
      if (!kind) return { ok: false };
      // A talk has no title or head count: what was read as one belonged to a study after all.
      const { title: _title, attendees: _attendees, ...untitled } = item.draft;
      // 「专项资金检查」 to a 督导 visit read as an untyped deed with the 陪同 head (round 42, t41b F8: stored with 对象 郑华): a
      // check is of a place, never of a person, so the people read as whom the deed was with are no part of it.
      const isCheck = kind.code.startsWith('inspect_') || kind.code === 'pledge_check';
      const typed = isTalkType(kind.code) ? { ...untitled, type: kind.code } : isCheck ? { ...item.draft, type: kind.code, counterpartIds: [] } : { ...item.draft, type: kind.code };
      // 「廉政谈话，今天」 (round 12: the day asked again next): a day in the answer fills a day still missing.
      const day = typed.date === undefined ? parseDay(parseKind(arabicizeNumerals(normalizeText(answer))).rest, today).date : undefined;
      const draft = day !== undefined ? withDate(typed, day, today) : typed;
      // 和郑华、陈静分别谈了话 → 廉政谈话: talks count pairs, one record per person talked to.
      const pairs = isTalkType(kind.code) || kind.code === 'pledge_sign' ? draft.counterpartIds : [];
      const each = pairs.length > 1 ? pairs.map((id) => ({ ...draft, counterpartIds: [id] })) : [draft];
      replacement = each.map((d) => ({ draft: d, problems: problemsOf(d, today) }));
      break;
    }
    case 'ambiguous_department': {
      // 「康复部」 · 「2」 to 「「中心康复科室」是哪个部门？」: the department of every record whose place was written in those
      // words (两次检查 of one place are asked once), each keeping its other questions.
      const departmentId = departmentAnswered(answer, problem.candidateIds, ctx.directory);
      if (departmentId === undefined) return { ok: false };
      const same = (p: ReportProblem) => p.code === 'ambiguous_department' && p.text === problem.text;
      return {
        ok: true,
        items: items.map((it) => (it.problems.some(same) ? { ...it, draft: { ...it.draft, departmentId }, problems: it.problems.filter((p) => !same(p)) } : it)),
      };
    }
    case 'missing_counterpart':
    case 'unknown_counterpart':
    case 'ambiguous_counterpart': {
      // 「王芳和胡军两个人都谈了」 · 「两个都是」 to 「「办公室科员」是哪一位？」 (round 33c, A18b): each offered person named
      // gets the record; a name not offered, or 都 of more than were counted, asks again.
      const offered = problem.code === 'ambiguous_counterpart' ? offeredPeopleAnswer(answer, problem.candidateIds, ctx.directory) : undefined;
      if (offered && !('ids' in offered) && problem.code === 'ambiguous_counterpart') return { ok: false, why: notOffered(offered, problem.candidateIds, ctx) };
      if (offered && 'ids' in offered) {
        replacement = offered.ids.map((id) => {
          const departmentId = ctx.directory.person(id)?.departmentId;
          const draft: ReportDraft = { ...item.draft, counterpartIds: [id], ...(departmentId ? { departmentId } : {}) };
          return { draft, problems: problemsOf(draft, today) };
        });
        break;
      }
      // 「16日是陈静，18日是赵磊」 over talks waiting on those days: each day's names on that day's talk.
      const perDay = problem.code === 'missing_counterpart' ? counterpartsPerDay(items, answer, ctx) : undefined;
      if (perDay) return { ok: true, items: perDay };
      // 「王强是11月10日，李娟是11月17日」 to 和谁谈的 of one talk (round 36 F13's kind, people + days): one talk per person on
      // the day said beside them; a day other than the one the message said is shown on the 确认 card as corrected.
      const pairwise = item.draft.type !== undefined && (isTalkType(item.draft.type) || item.draft.type === 'pledge_sign');
      const byDay = problem.code === 'missing_counterpart' && pairwise ? dayPeopleParts(answer, item.draft.actorId ? { ...ctx, senderId: item.draft.actorId } : ctx) : undefined;
      if (byDay !== undefined) {
        replacement = onTheirDays(item.draft, byDay, ctx);
        if (byDay.some((p) => p.date !== item.draft.date)) corrected = true;
        break;
      }
      // 「是的」「对，就是他」 to 「…是不是李明？」 (round 37 fjf): the one near name offered is the answer.
      const nearYes = problem.code === 'unknown_counterpart' && problem.nearIds?.length === 1 && NEAR_YES.test(answer.trim());
      // 「我和郑华」 to 「陈志强是和谁谈的？」 (round 40, t39a F20: 我 lost, only 郑华's talk kept): on someone else's talk, 我/本人
      // in a list of names is the sender, written as their name.
      const senderName = ctx.directory.person(ctx.senderId)?.name;
      const meNamed = (text: string) =>
        item.draft.actorId !== undefined && item.draft.actorId !== ctx.senderId && senderName !== undefined
          ? text.replace(/(^|[和与、及跟同,，\s])(?:我|本人)(?=$|[和与、及跟同,，\s]|还有|以及|两|二|俩)/g, `$1${senderName}`)
          : text;
      // 部门就赵磊一个人 跟他谈的 陈副理事长也在 (round 63, gch; t66a B-F4): one who was only there is no one talked to.
      const there = problem.code === 'missing_counterpart' ? answerBystanders(answer) : undefined;
      if (there) remark = `「${there.said.join('」「')}」：在场的人没有记为谈话对象`;
      // 「全体党员都签了，14人」 to 和谁签订的 (round 69, gib; t71c: not taken): everyone of the doer's unit, as in the message.
      const whole = withAnswerUnitWhole(there?.answer ?? answer, ctx.directory, item.draft.actorId ?? ctx.senderId);
      const said = meNamed(nearYes ? (ctx.directory.person(problem.nearIds![0]!)?.name ?? answer) : whole);
      // On someone else's talk the sender may well be one talked to (「孙丽、王强、李娟」 sent by 李娟; found by the tester).
      const found = parseCounterparts(nameAnswer(said, problem.code === 'missing_counterpart' ? undefined : problem.text), item.draft.actorId ? { ...ctx, senderId: item.draft.actorId } : ctx);
      // 「小王」 to 和谁谈的 (round 27d F9: 「不在名单里」, the report dropped): one name several people fit is asked
      // which one, as it is when the report itself says it.
      const which = found.problems[0];
      if (problem.code === 'missing_counterpart' && found.counterparts.length === 0 && found.problems.length === 1 && which?.code === 'ambiguous_counterpart') {
        const asked: PendingItem = { draft: item.draft, problems: [which, ...item.problems.slice(1)] };
        return { ok: true, items: [...items.slice(0, index), asked, ...items.slice(index + 1)] };
      }
      // 「徐辉、孙杰」 from 徐辉 to 和谁签订的 on what was read as his own (round 15: 徐辉 dropped without a word): the sender
      // was signed with too, so the doer was someone else, asked, and no name given is lost. 「杨帆」 alone from 杨帆 (round 39,
      // t38b F7: 「没能把这条回复读成…答案」) is the sender talked to, the same way.
      const named = item.draft.actorId ? undefined : parseCounterparts(answer, { ...ctx, senderId: '' });
      const senderNamed = named !== undefined && named.problems.length === 0 && named.counterparts.some((c) => c.id === ctx.senderId);
      if (!senderNamed && (found.counterparts.length === 0 || found.problems.length > 0)) return { ok: false };
      if (named && senderNamed) {
        const head = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '')?.headId;
        const leaders = leaderIds(ctx.directory);
        const candidateIds = [...new Set([...(head && head !== ctx.senderId ? [head] : []), ...leaders])];
        const counterpartIds = named.counterparts.map((c) => c.id);
        return { ok: true, items: [...items.slice(0, index), { draft: { ...item.draft, counterpartIds }, problems: [{ code: 'missing_actor', candidateIds }] }, ...items.slice(index + 1)] };
      }
      // Pairwise duties count pairs: one record per counterpart.
      replacement = found.counterparts.map((c) => {
        const departmentId = c.departmentId ?? ctx.directory.person(c.id)?.departmentId;
        const draft: ReportDraft = { ...item.draft, counterpartIds: [c.id], ...(departmentId ? { departmentId } : {}) };
        return { draft, problems: problemsOf(draft, today) };
      });
      // 「中心各岗位人员，共12人」 to 和谁签订的 (t49b F5: not taken, the signing lost): the unit's staff, with its count.
      const unit = item.draft.type === 'pledge_sign' ? countedUnitAnswer(replacement, whole, ctx) : undefined;
      if (unit !== undefined) {
        replacement = [unit.item];
        remark = unit.remark;
      }
      break;
    }
  }
  // problemsOf knows only the fields; a question about the doer still open stays open.
  const open = [
    ...(isActorProblem(problem) ? [] : item.problems.filter(isActorProblem)),
    // 和谁 raised by the message stays open through an answer about something else (stillOpen), for a record still with no one.
    ...(problem.code === 'missing_counterpart' || problem.code === 'unknown_counterpart' || problem.code === 'ambiguous_counterpart' ? [] : item.problems.filter((p) => p.code === 'missing_counterpart')),
  ];
  if (open.length > 0) {
    replacement = replacement.map((r) => {
      const left = open.filter((p) => (p.code !== 'missing_counterpart' || r.draft.counterpartIds.length === 0) && !r.problems.some((q) => q.code === p.code));
      return { ...r, problems: [...r.problems, ...left] };
    });
  }
  // 报送廉政信息3篇 asked whose first (round 52, fwgg; t55b F1: the answer rebuilt the problems from the fields, the 3篇 of the
  // day question lost and one 信息 stored): a day question still open keeps what the message said of it (count · month).
  const dayAsked = item.problems.find((p) => p.code === 'missing_date');
  if (dayAsked && problem.code !== 'missing_date') replacement = replacement.map((r) => ({ ...r, problems: r.problems.map((p) => (p.code === 'missing_date' ? dayAsked : p)) }));
  // The people offered for whom a talk was with (withVisitedPeopleOffered) stay offered once its day is answered.
  const offer = item.problems.find((p) => p.code === 'missing_counterpart' && p.suggestedIds !== undefined);
  if (offer && problem.code !== 'missing_counterpart') replacement = replacement.map((r) => ({ ...r, problems: r.problems.map((p) => (p.code === 'missing_counterpart' ? offer : p)) }));
  // What an answer completed stays the item of the message it was read from (第N条 still points at it).
  // The departments a meeting's message named stay with it through an answer (t46a F1: a doer answered places it anew).
  const numbered = replacement.map((r) => ({ ...r, ...(item.entry !== undefined ? { entry: item.entry } : {}), ...(item.placesSaid !== undefined && r.placesSaid === undefined ? { placesSaid: item.placesSaid } : {}) }));
  const out = [...items.slice(0, index), ...numbered, ...items.slice(index + 1)];
  // 「都是谈心谈话」 to the type asked of one of several (round 20u, C04: the second was asked again).
  const typed = problem.code === 'missing_type' ? numbered[0]?.draft.type : undefined;
  const all = typed !== undefined && FOR_ALL.test(normalizeText(answer)) ? typeForAll(out, typed, today) : typed !== undefined ? withSiblingsTyped(out, index + numbered.length, item, typed, today) : out;
  // 「本季度党组书记」是哪一位？ asked of four talks (round 32b, F6: asked four times, once per item): the same words naming
  // the doer name the same person in every item, so one answer is theirs all.
  const doer = problem.code === 'ambiguous_actor' ? sameDoerAnswered(all, problem.text, answer, ctx) : all;
  // 机关纪委11月份工作台账⏎一、…警示教育⏎三、…报送廉政信息2篇 from a 纪检干事 (round 42, t42a F5: the 信息 left the clerk's
  // after 黄志刚 answered for the 警示教育): the body's items are asked whose once; the answer is every one of theirs.
  const bodyDone = problem.code === 'missing_actor' && problem.body !== undefined ? sameBodyAnswered(doer, problem.body, answer, ctx) : doer;
  return { ok: true, items: bodyDone, ...(corrected ? { corrected: true } : {}), ...(remark !== undefined ? { remark } : {}) };
}

/**
 * 11月16日、11月23日分别带队对组联部、宣文部开展了专项检查 → 「专项资金检查」 (round 41, t39b F3: the same question asked
 * again of the second check): the items right after the one answered (from `from` on) that are its siblings — asked the
 * same kind question first (the same `among`: one wording of no named kind), the same doer, no one talked to, of the same
 * list entry — take the kind answered, when it is one those words fit (a check's kind for a check). The run stops at the
 * first item that is not such a sibling; a talk (typedTogether asks those as one) and any other kind are left as they are.
 */
function withSiblingsTyped(items: PendingItem[], from: number, asked: PendingItem, kind: ActivityTypeCode, today: string): PendingItem[] {
  const question = asked.problems[0];
  if (question?.code !== 'missing_type' || question.among === undefined || !question.among.includes(kind) || isTalkType(kind)) return items;
  const sameAmong = (p: ReportProblem | undefined) => p?.code === 'missing_type' && p.among !== undefined && p.among.length === question.among!.length && p.among.every((c, i) => c === question.among![i]);
  const out = [...items];
  for (let k = from; k < out.length; k++) {
    const it = out[k]!;
    if (!sameAmong(it.problems[0]) || it.draft.type !== undefined || it.draft.actorId !== asked.draft.actorId || it.draft.counterpartIds.length > 0 || it.entry !== asked.entry) break;
    const draft = { ...it.draft, type: kind };
    out[k] = { ...it, draft, problems: stillOpen(it, draft, problemsOf(draft, today)) };
  }
  return out;
}

/**
 * `items` with `answer` given to each item at `together` (indexes, the first the one asked) as its own question would
 * take it. Not an answer when it fits not the first; an item after it that it does not fit keeps its question.
 */
function answeredTogether(items: PendingItem[], together: number[], answer: string, ctx: ParseContext): FollowUp {
  const first = answerFirstQuestion([items[together[0]!]!], answer, ctx);
  if (!first.ok) return first;
  const out = items.flatMap((it, i) => {
    if (i === together[0]) return first.items;
    if (!together.includes(i)) return [it];
    const done = answerFirstQuestion([it], answer, ctx);
    return done.ok ? done.items : [it];
  });
  return { ok: true, items: out, ...(first.remark !== undefined ? { remark: first.remark } : {}), ...(first.corrected ? { corrected: true } : {}) };
}

/**
 * `items` with the answer that named the doer asked as `text` applied to every other item still asking who `text` is,
 * each as its own question would take it; an item the answer does not fit keeps its question.
 */
/** `items` with `answer` taken as whose each record asked for the same `body` is (a 信息, a check and a study of 机关纪委 alike). */
function sameBodyAnswered(items: PendingItem[], body: string, answer: string, ctx: ParseContext): PendingItem[] {
  return items.flatMap((it) => {
    const at = it.problems.findIndex((p) => p.code === 'missing_actor' && p.body === body);
    if (at < 0) return [it];
    const asked: PendingItem = { ...it, problems: [it.problems[at]!, ...it.problems.filter((_, i) => i !== at)] };
    const done = answerFirstQuestion([asked], answer, ctx);
    return done.ok ? done.items : [it];
  });
}

function sameDoerAnswered(items: PendingItem[], text: string, answer: string, ctx: ParseContext): PendingItem[] {
  return items.flatMap((it) => {
    const at = it.problems.findIndex((p) => p.code === 'ambiguous_actor' && p.text === text);
    if (at < 0) return [it];
    const asked: PendingItem = { ...it, problems: [it.problems[at]!, ...it.problems.filter((_, i) => i !== at)] };
    const done = answerFollowUp([asked], answer, ctx);
    return done.ok ? done.items : [it];
  });
}

/**
 * 都是12月3日谈的 to 周涛's two talks asked as one, 刘芳's third waiting after them (round 64, gdh; t67a F1: the day went on
 * 周涛's two only and 刘芳's was asked again): one day for all (都是/均为/全是…, the same day for every one the answer took) is
 * every record of the message still waiting for its day, of no month asked.
 */
function withDayForAllWaiting(perPerson: Map<number, string> | undefined, items: readonly PendingItem[], answer: string): Map<number, string> | undefined {
  if (perPerson === undefined || !ALL_ON.test(answer)) return perPerson;
  const days = new Set(perPerson.values());
  if (days.size !== 1) return perPerson;
  const day = [...days][0]!;
  const more = items.flatMap((it, i) => (!perPerson.has(i) && it.problems[0]?.code === 'missing_date' && it.problems[0].month === undefined && it.problems[0].count === undefined ? [i] : []));
  if (more.length === 0) return perPerson;
  return new Map([...perPerson, ...more.map((i) => [i, day] as const)]);
}
