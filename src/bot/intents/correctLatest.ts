// 「刚才那条日期错了，应该是11月19日」「刚才那条不是王强，是李娟」: the member's latest record, changed on a 确认 card
// (before → after), never silently (round 14: read as a report of no activity, 「…未记录」, the wrong day left standing).
// Terse ones (不对，是前天 · 是周四不是周三 · 人错了，是孙丽) only within 30 minutes of the record (k16: an old generic hint).
import { weekdayOfRecordWeek } from '../../domain/report/weekdayOfRecordWeek.js';
import type { Activity } from '../../domain/activity.js';
import { activityTypeName, isCheckType, isTalkType } from '../../domain/activityTypes.js';
import type { CountCorrection } from '../../domain/report/countCorrection.js';
import type { TitleCorrection } from '../../domain/report/titleCorrection.js';
import { correctionInWords, type CorrectionInWords } from '../../domain/report/terseCorrection.js';
import { correctionsInWords } from '../../domain/report/correctionsInWords.js';
import { namedRecordCorrection, type NamedRecordCorrection } from '../../domain/report/namedRecordCorrection.js';
import { soundAlikeNamePut } from '../../domain/report/soundAlikeNamePut.js';
import { bareKindHedge, hedgedKindChange } from '../../domain/report/hedgedKindChange.js';
import { typeFamily } from '../../domain/report/typeFamily.js';
import { referredRecords } from '../referredRecords.js';
import { directoryIndex } from '../../domain/report/parseDirectoryIndex.js';
import { daySwapCorrection, daySwapParts } from '../../domain/report/daySwapCorrection.js';
import { everyRecordChange, type EveryRecordChange } from '../../domain/report/everyRecordChange.js';
import { numberedCorrection } from '../../domain/report/numberedCorrection.js';
import { parseCounterparts } from '../../domain/report/parseCounterparts.js';
import { parseKind } from '../../domain/report/parseKind.js';
import { undoThenRight } from '../../domain/report/undoThenRight.js';
import { correctionRemark, remarkAsideText } from '../../domain/report/correctionRemark.js';
import { withoutApology } from '../../domain/report/ownedSlip.js';
import { normalizeText } from '../../domain/report/parseNormalize.js';
import { parseDay } from '../../domain/report/parseDay.js';
import { arabicizeNumerals } from '../../domain/report/parseNumerals.js';
import { AGENDA_TYPES, cardAgendaWords } from '../../domain/report/cardAgenda.js';
import { isMeetingAgendaNote } from '../../domain/report/meetingAgendaNote.js';
import { LATEST } from '../../domain/report/latestCorrection.js';
import { restatedTalkWith } from '../../domain/report/restatedTalkWith.js';
import { departmentsCorrection, type DepartmentsChange } from '../../domain/report/departmentsChange.js';
import { namedChangeWords } from '../../domain/report/namedChangeWords.js';
import { storedChangeWords } from '../../domain/report/storedChangeWords.js';
import { storedWithdrawal } from '../../domain/report/storedWithdrawal.js';
import { departmentInWords } from '../departmentInWords.js';
import { shanghaiDate } from '../../domain/shanghai.js';
import type { BotContext } from '../botContext.js';
import { siblingsOf } from '../cardActions/receiptHelpers.js';
import { changeCardFor } from '../changeTurn.js';
import { dialogKey, saveDialog, type RecordFields } from '../dialogStore.js';
import { defineIntent } from '../intent.js';
import { colleagueRecords, colleagueRecordText } from '../colleagueRecord.js';
import { mergedChange } from '../mergedChange.js';
import { receiptFor } from '../recordReport.js';
import { recentRecordsNamed } from '../recentRecordsNamed.js';
import { ownRecordsNamed } from '../ownRecordsNamed.js';
import { BARE_POINTER, KIND_POINTER } from '../../domain/report/pointedRecordChange.js';
import { latestOwnActivity } from '../../store/activityLog.js';
import { lastFound, lastFoundSaid, saveFound } from '../foundRecords.js';
import { otherTalkWords } from '../../domain/report/otherTalkWords.js';
import { looseFieldWords } from '../../domain/report/looseFieldWords.js';
import { headCountSlip } from '../../domain/report/headCountSlip.js';
import { slipAsWritten } from '../../domain/report/slipVerbWords.js';
import { pointedSlipWords } from '../../domain/report/pointedSlipWords.js';
import { toSimplified } from '../../domain/report/toSimplified.js';

/** The one person a short phrase names (王强 · 李娟同志), or undefined. */
function personIn(ctx: BotContext, words: string): string | undefined {
  // 活动人改成王建国，不是李明 from 李明 himself (round 63, gcj; t66a B-F5: 「没有在通讯录里找到「李明」」): the member's own
  // name is the member, whom the counterpart reader leaves out.
  if (words.trim() === ctx.sender!.name) return ctx.sender!.id;
  // 刚才那条活动人改成我 (round 65, gei; t68a B2): fieldChange gives 我 only for the doer's field.
  if (words.trim() === '我') return ctx.sender!.id;
  const found = parseCounterparts(words, { now: ctx.now, directory: ctx.deps.directory, senderId: ctx.sender!.id, mentions: [] });
  return found.counterparts.length === 1 && found.problems.length === 0 ? found.counterparts[0]!.id : undefined;
}

/** The cheap gate before storedWithdrawal's reading. */
const WITHDRAW_WORD = /撤销|撤回|删掉|删除|删了|删去|去掉|拿掉|划掉|撤掉|作废/;

/** A field of a record named to be taken off it (题目 · 片名 · 人数 · 议题…), never a record to withdraw. */
const FIELD_WORDS = /^(?:(?:它的|那条的|的)?(?:题目|片名|标题|名称|书名|主题|人数|参加人数|议题|地点|备注|内容|时间|部门))$/;

/** How long after a record a terse correction (不对，是前天) may still mean it: as long as a card waits for its answer. */
const TERSE_WINDOW_MS = 30 * 60 * 1000;

type Plan =
  /** One record and the fields it would take. */
  | { kind: 'one'; activity: Activity; after: RecordFields; what: string; note?: string }
  /** Every record of the latest report takes the change (三条都改成廉政谈话): the first, and the others beside it. */
  | { kind: 'all'; changes: { activity: Activity; after: RecordFields }[]; what: string }
  /**
   * The latest report made several records the correction could mean: which one, the member says. `named`: the words
   * that named them (和张颖的谈心 · 党课) fit several of the member's recent records (t48a F3).
   */
  | { kind: 'which'; records: Activity[]; what: string; named?: string }
  /** Understood as a correction, but nothing of the latest record fits it. */
  /** `already`: the record is already as said (对象已经是赵磊), so beside other changes it is passed over, said. */
  | { kind: 'unfit'; text: string; already?: true }
  | { kind: 'none' };

/**
 * 三条都改成廉政谈话 · 都改为11月20日 on the latest report's `records` (round 32a F7: 没看懂): each record not already so
 * takes the day or kind; a number said that is not the report's is said, nothing changed.
 */
function everyPlan(c: EveryRecordChange, records: Activity[]): Plan {
  if (c.every.count !== undefined && c.every.count !== records.length) {
    return { kind: 'unfit', text: `您最近一次上报记录了 ${records.length} 项，不是${c.every.count}项，没有改动。要改其中一项，请在那一项下点「修改」。` };
  }
  const what = c.kind === 'day' ? `日期改为 ${c.date}` : `类型改为${activityTypeName(c.to)}`;
  const changes = records.flatMap((a) => {
    const fields: RecordFields = { type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds };
    if (c.kind === 'day') return a.date === c.date ? [] : [{ activity: a, after: { ...fields, date: c.date } }];
    return a.type === c.to ? [] : [{ activity: a, after: { ...fields, type: c.to } }];
  });
  if (changes.length === 0) return { kind: 'unfit', text: `您刚才的 ${records.length} 条记录都已经是${c.kind === 'day' ? c.date : activityTypeName(c.to)}，没有改动。` };
  return changes.length === 1 ? { kind: 'one', ...changes[0]!, what } : { kind: 'all', changes, what };
}

/** The member's own standing records the last 「找到 N 条」 card listed, while it is the latest thing shown; else undefined. */
function foundOwn(ctx: BotContext): Activity[] | undefined {
  const found = lastFound(ctx)?.filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId);
  return found && found.length > 0 ? found : undefined;
}

/**
 * Whether `records` are one deed told once: made by one report (one message), all of one type and one day, and no talks
 * (昨天和王强、李娟进行了廉政谈话 is two talks, each its own sitting: which one moved is asked, as before).
 */
function oneDeed(records: Activity[]): boolean {
  const [first] = records;
  return (
    first?.sourceEventId !== undefined &&
    !isTalkType(first.type) &&
    records.every((a) => a.sourceEventId === first.sourceEventId && a.type === first.type && a.date === first.date)
  );
}

/** 那两条 · 这三次 · 两份 in the words naming records (round 63, gcj): how many they say, or undefined. */
const COUNT_SAID = /(?:那|这)?(两|二|三|2|3)(?:条|次|份|个)/;
function countOf(words: string): number | undefined {
  const m = COUNT_SAID.exec(words);
  return m ? ({ 两: 2, 二: 2, 三: 3, 2: 2, 3: 3 } as Record<string, number>)[m[1]!] : undefined;
}

/** 部门只有宣文部 · 康复中心没参加 (t50a F6): the departments of a stored record; terse as the other changes are. */
type DepartmentsSaid = DepartmentsChange & { terse: boolean };

/** Several changes of one record said in one message (对象是李娟，不是王强。另外是周三; t47b F1 · 人数改成23人 部门只有宣文部, t50a F6). */
type Several = { kind: 'several'; parts: (CorrectionInWords | DepartmentsChange)[]; terse: boolean; about?: string };

/**
 * A correction read, and (第2条日期是…) the number of the latest report's record it addresses, as its receipt numbers them,
 * or (和张颖的谈心日期改成… · 前天党课实际到场23人; t48a F3) the words `about` that name the record among the member's own.
 */
// `aside`: a remark of fact beside the change (陈志强副理事长也来了, t52a F6), said back as not recorded.
/** 刚才那条议题改成研究…明年… (round 50 fxc, t52a F5's kind after recording): a meeting's agenda. */
type AgendaSaid = { kind: 'agenda'; to: string; terse: boolean };

// `pinned`: the one record meant, picked from a search card's list (round 61, gae).
// `heard`: a name of the naming words put right by its sound (周滔 → 周涛; round 62, gbd), said back with the card.
/** 少报了2个人 · 多报了1人 (round 68, gha): the stored head count moved by `by` people (headCountSlip). */
type CountBySaid = { kind: 'countBy'; by: number; terse: boolean };

type Said = (CorrectionInWords | EveryRecordChange | Several | DepartmentsSaid | AgendaSaid | CountBySaid) & {
  nth?: number;
  about?: string;
  aside?: string;
  pinned?: Activity;
  /** Every record a search card listed, meant together (两条都改; round 63, gcj). */
  pinnedAll?: Activity[];
  heard?: { said: string; name: string };
  /** The message put in the 写错了 wording a slip owned with another verb means (签错人了 → 写错人了; slipVerbWords), read so. */
  put?: string;
};

/** `ctx` with the message put as `put` (the lines too: the correction readers read either). */
function withText(ctx: BotContext, put: string): BotContext {
  return { ...ctx, text: put, lines: put };
}

/**
 * 两条都改 · 都改 · 第1条和第2条「李明」都改为「王建国」 · 第1条「李明」改为「王建国」 right after a 「找到 N 条」 card of a person
 * change (round 63, gcj; t66a B-F5: 没看懂 — the card's own suggested wording among them): which of the listed records.
 */
const ALL_FOUND = /^(?:那|这)?(?:(?:两|二|三|2|3|几)(?:条|个|项|次))?(?:都|全部|全都)(?:要)?改(?:吧|了|一下)?$/;
const NTH_FOUND = /^第([1-9])条(?:和第([1-9])条)?(?:的)?(?:(?:「[^」]{1,8}」|[\u4e00-\u9fa5]{2,4}?)(?:的)?)?(?:活动人|对象|人)?(?:都)?(?:应该?)?(?:改为|改成|换成)「?([\u4e00-\u9fa5]{2,8}?)」?$/;

/** What 两条都改 · 第1条「李明」改为「王建国」 answer of the last search card's change, or undefined. */
function foundChangeAnswer(ctx: BotContext): Said | undefined {
  const text = ctx.text.trim().replace(/[。.!！~]+$/, '');
  const all = ALL_FOUND.test(text);
  const nth = all ? null : NTH_FOUND.exec(text);
  if (!all && !nth) return undefined;
  const said = lastFoundSaid(ctx) as (Said & { to?: unknown }) | undefined;
  const found = foundOwn(ctx);
  if (said === undefined || found === undefined || (said.kind !== 'person' && said.kind !== 'word') || typeof said.to !== 'string') return undefined;
  if (nth && !said.to.includes(nth[3]!) && !nth[3]!.includes(said.to)) return undefined;
  const listed = lastFound(ctx)!;
  const picked = all ? found : [Number(nth![1]), ...(nth![2] !== undefined ? [Number(nth![2])] : [])].map((n) => listed[n - 1]);
  if (picked.some((a) => a === undefined || !found.some((f) => f.id === a.id))) return undefined;
  const base = { ...said, about: undefined, nth: undefined, pinned: undefined, terse: false } as Said;
  return picked.length === 1 ? { ...base, pinned: picked[0]! } : { ...base, pinnedAll: picked as Activity[] };
}

/** The fields of record `a` the change card shows before → after. */
const fieldsOf = (a: Activity): RecordFields => ({ type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds });

/**
 * 对象是李娟，不是王强。另外是周三 (t47b F1: a new report of both, the old record left): each change planned alone, then
 * made together on the one record they all fit, on one change card; any that does not fit is the answer, nothing changed.
 */
function severalPlan(ctx: BotContext, c: Several & { nth?: number }): Plan {
  // 第2条人数改成23人 部门只有宣文部: every part is of the record the number names.
  const all = c.parts.map((p) => planFor(ctx, { ...p, terse: c.terse, ...(c.about !== undefined ? { about: c.about } : {}), ...(c.nth !== undefined ? { nth: c.nth } : {}) }));
  // 不对，谈话对象是维权部的赵磊，不是王磊。另外是周三 on a talk with 赵磊 (t47b F1, 冯雪): the person is already right, the day is changed.
  const plans = all.filter((p) => !(p.kind === 'unfit' && p.already));
  if (plans.length === 0) return all[0]!;
  const note = all.flatMap((p) => (p.kind === 'unfit' && p.already ? [p.text] : [])).join('');
  const odd = plans.find((p) => p.kind === 'none' || p.kind === 'unfit');
  if (odd) return odd;
  const what = plans.map((p) => (p.kind === 'one' || p.kind === 'which' || p.kind === 'all' ? p.what : '')).filter((w) => w !== '').join('，');
  const which = plans.find((p) => p.kind === 'which');
  if (which?.kind === 'which') return { ...which, what };
  // Two changes of a named record: each part found the same one record (or the same several, asked above).
  const ones = plans.filter((p) => p.kind === 'one');
  const first = ones[0];
  if (!first || ones.length !== plans.length || ones.some((p) => p.activity.id !== first.activity.id)) {
    return { kind: 'unfit', text: '这几处更正不是同一条记录的，记录没有改动，也没有新增记录。请一次改一条，或在要改的那一项下点「修改」。' };
  }
  const before = fieldsOf(first.activity) as Record<string, unknown>;
  const after = { ...before } as Record<string, unknown>;
  for (const p of ones) {
    for (const [k, v] of Object.entries(p.after)) if (JSON.stringify(v) !== JSON.stringify(before[k])) after[k] = v;
  }
  return { kind: 'one', activity: first.activity, after: after as unknown as RecordFields, what, ...(note ? { note } : {}) };
}

/** What `c` would change, on which record; several a named correction fits are asked about by the words that named them. */
function planFor(ctx: BotContext, c: Said): Plan {
  // 刚才报的和李明的廉政谈话是12月2日 when the talk with 李明 is a 谈心谈话 (round 56, fgb): the other talk kind's record, the
  // kind said on the card's notice (it is shown, never changed before 确认).
  const swap = c.about !== undefined && recentRecordsNamed(ctx, c.about).length === 0 ? otherTalkWords(c.about) : undefined;
  if (swap && recentRecordsNamed(ctx, swap.words).length > 0) {
    const plan = planFor(ctx, { ...c, about: swap.words });
    const note = `您说的是${swap.said}，记录里是${swap.stored}（类型不一样，请核对；要改类型，确认后再说「刚才那条是${swap.said}」）。`;
    return plan.kind === 'one' ? { ...plan, note: `${note}${plan.note ?? ''}` } : plan;
  }
  const plan = planOne(ctx, c);
  if (c.about === undefined) return plan;
  if (plan.kind === 'which') return { ...plan, named: c.about };
  // 和张颖的谈心日期改成12月2日 when it already is: the record said by the member's words, not as 「您刚才的记录」.
  return plan.kind === 'unfit' ? { ...plan, text: plan.text.replace(/您刚才的记录/g, `您「${c.about}」的记录`) } : plan;
}

/**
 * `c` said of the records a search card just listed (`found`, card order, withdrawn ones included): record `c.nth` of
 * them, or the one listed; several and no number is asked, nothing changed.
 */
function foundPlan(ctx: BotContext, c: Said, found: Activity[]): Plan {
  const mine = (a: Activity) => !a.deletedAt && a.reporter === ctx.update.senderOpenId;
  if (c.nth !== undefined) {
    const target = found[c.nth - 1];
    if (!target) return { kind: 'unfit', text: `刚才找到的只有 ${found.length} 条，没有第${c.nth}条，没有改动。` };
    if (!mine(target)) return { kind: 'unfit', text: `第${c.nth}条已经撤销了（或不是您上报的），没有改动。` };
    return planOne(ctx, { ...c, nth: undefined, terse: false, about: undefined, pinned: target } as Said);
  }
  const standing = found.filter(mine);
  if (standing.length === 1) return planOne(ctx, { ...c, terse: false, pinned: standing[0]! } as Said);
  const [, month, day] = (standing[0] ?? found[0]!).date.split('-');
  return {
    kind: 'unfit',
    text: `刚才找到 ${standing.length} 条记录，不知道要改哪一条，还没有改动任何记录。请在那一条下点「修改」，或说「第2条${ctx.text.trim().replace(/[。.!！]+$/, '')}」，或写明日期和对象再说一遍（如「${Number(month)}月${Number(day)}日那条…」）。`,
  };
}

/** What `c` would change, on which of the latest report's records (or of the records its `about` names). */
function planOne(ctx: BotContext, c: Said): Plan {
  if (c.kind === 'several') return severalPlan(ctx, c);
  // 更正：昨天和王强进行的是…，不是… (t24 leftover) · 和张颖的谈心日期改成12月2日 · 前天党课实际到场23人 (t48a F3: 没看懂, or
  // 周三/周四 looked up as names): the words name the record among the member's own recent ones, not only the latest report;
  // none found is said with the words, whatever else the member recorded (a withdrawn or another's record is not theirs).
  const named = c.pinnedAll ?? (c.pinned ? [c.pinned] : c.about !== undefined ? recentRecordsNamed(ctx, c.about) : undefined);
  if (named?.length === 0) {
    // 黄书记11月13日查财务科那次其实是专项资金检查 from 林晓, when 黄志刚 reported it himself (round 52, fwd; t54b B-F2: a
    // second check stored): whose the record is, said, as only its reporter changes it; still nothing new is recorded.
    // Only a record whose doer the words name (黄书记), or the sender's own deed someone else reported: 「和张颖的谈心」 from
    // 吴静 is not 周涛's talk with 张颖.
    const anyone = ownRecordsNamed(ctx, c.about!, { loose: true, anyReporter: true });
    const namedDoer = (id: string) => {
      const name = ctx.deps.directory.person(id)?.name;
      return anyone!.people.includes(id) || (name !== undefined && (c.about!.includes(name) || new RegExp(`${name[0]}(?:副)?(?:书记|部长|主任|科长|理事长|处长|局长|组长)`).test(c.about!)));
    };
    const others = anyone?.records.filter((a) => a.reporter !== ctx.update.senderOpenId && (a.actorId === ctx.sender!.id || namedDoer(a.actorId))) ?? [];
    const reporters = [...new Set(others.map((a) => ctx.deps.directory.byOpenId(a.reporter)?.name ?? '其他同志'))];
    if (others.length > 0) {
      return {
        kind: 'unfit',
        text: `「${c.about}」的记录是${reporters.join('、')}上报的，只能由上报人修改（或联系纪检管理员），没有改动，也没有新增记录。请转告${reporters.join('、')}在该条回执上点「修改」，或由上报人发送这句更正。`,
      };
    }
    return {
      kind: 'unfit',
      text: `没有找到您最近上报的「${c.about}」的记录（已撤销的、别人上报的不算），没有改动，也没有新增记录。请核对对象、类型和日期；要改更早的记录，请写明日期，或发送「修改」加日期和对象，如「修改11月5日和周涛的廉政谈话」。`,
    };
  }
  // 改成谈心谈话 · 第2条应该是谈心谈话 right after a 「找到 N 条记录」 card (round 61, gae; t63a Part B: 没看懂, or record 2 of
  // the latest report): the records that card listed, as 撤销第2条 reads them (undoNumbered).
  const found = !c.pinned && c.about === undefined && !('every' in c) && (c.terse || c.nth !== undefined) ? lastFound(ctx) : undefined;
  if (found) return foundPlan(ctx, c, found);
  // The one record named is the one changed, whatever the member reported after it (several: asked which, below).
  let latest = named?.[0] ?? latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
  if (!latest) return { kind: 'none' };
  // 第2条日期是12月2日 (round 40, t39b F12): record 2 of the receipt (withdrawn ones counted, as 撤销第2条 counts them) is
  // the one record meant; a number beyond the list, a withdrawn record or another's is said, nothing changed.
  if (c.nth !== undefined) {
    const listed = siblingsOf(ctx.deps, latest);
    const target = listed[c.nth - 1];
    if (!target) return { kind: 'unfit', text: `您最近一次上报只有 ${listed.length} 项，没有第${c.nth}条，没有改动。请在要改的那一项下点「修改」。` };
    if (target.reporter !== ctx.update.senderOpenId) return { kind: 'unfit', text: `第${c.nth}条不是您上报的，只能修改自己上报的记录。` };
    if (target.deletedAt) return { kind: 'unfit', text: `第${c.nth}条已经撤销了，没有改动。` };
    if (c.kind === 'day' && c.date > shanghaiDate(ctx.now)) return { kind: 'unfit', text: `日期 ${c.date} 还没到，只能记录已经完成的活动；第${c.nth}条没有改动。` };
    latest = target;
  }
  // 不对，是前天 names no record: it can only mean one just made, in this conversation (as a card waits 30 minutes).
  if (c.terse && ctx.now.getTime() - Date.parse(latest.createdAt) > TERSE_WINDOW_MS) return { kind: 'none' };
  const records =
    named ?? (c.nth !== undefined ? [latest] : siblingsOf(ctx.deps, latest).filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId));
  // 两条都改成11月5日 answering 「找到 2 条」 (round 56, fgb; t58b F7: 「您最近一次上报记录了 1 项，不是2项」, another report
  // looked at): the records that search card just listed are the ones meant.
  if ('every' in c) return everyPlan(c, (c.about === undefined && c.nth === undefined ? foundOwn(ctx) : undefined) ?? records);
  const fields = (a: Activity): RecordFields => ({ type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds });
  if (c.kind === 'day') {
    // 和陈静那条不是上周四 是下周三 (round 61, gaf): a day still ahead moves no deed done; said, nothing changed.
    if (c.date > shanghaiDate(ctx.now)) return { kind: 'unfit', text: `您说的「${c.said}」是 ${c.date}，还没到：记录的日期只能是已经过去的日子，没有改动任何记录，也没有新增记录。` };
    // 和周涛的谈心是周三不是周四 (t49a F2): a bare weekday is the stored record's week's, not this week's — unless still ahead.
    const inWeek = records.length === 1 ? weekdayOfRecordWeek(c.said, latest.date) : undefined;
    const date = inWeek !== undefined && inWeek <= shanghaiDate(ctx.now) ? inWeek : c.date;
    const what = `日期改为 ${date}`;
    // 王建国副理事长签责任书的日期改成11月5日 when the one signing with the 班子成员 made two records (round 56, fgb; t58b F7):
    // records the words name that are one deed told once (one report, one type, one day) all move, on one change card.
    // 「不对，是11月27号签的」 after 「11.28 财务科 签订廉政责任书 5份」 stored two signings (round 67, ggi; t70a FB3: asked
    // which of the 2, or to type 「都改成…」): the latest report's records of that one deed move together too.
    if (records.length > 1 && oneDeed(records)) {
      const moving = records.filter((a) => a.date !== date);
      if (moving.length === 0) return { kind: 'unfit', text: `您刚才的记录日期已经是 ${date}，没有改动。`, already: true };
      return { kind: 'all', changes: moving.map((a) => ({ activity: a, after: { ...fields(a), date } })), what };
    }
    if (records.length > 1) return { kind: 'which', records, what };
    if (latest.date === date) return { kind: 'unfit', text: `您刚才的记录日期已经是 ${date}，没有改动。`, already: true };
    return { kind: 'one', activity: latest, after: { ...fields(latest), date }, what };
  }
  // 刚才那条记错了，应该是上周和王强谈的: more than one field, or none read; the form changes several at once.
  if (c.kind === 'unkept') return { kind: 'unfit', text: `台账不记${c.field}，没有改动。` };
  if (c.kind === 'unread') {
    return {
      kind: 'unfit',
      text: `您要更正刚才那条记录，但没能读出要改成什么（「${c.said}」），记录没有改动，也没有新增记录。请一次改一项，如「刚才那条应该是谈心谈话」「刚才那条日期错了，应该是11月19日」，或发送「修改上一条」，在表单里改后保存。`,
    };
  }
  if (c.kind === 'agenda') return agendaPlan(c.to, records);
  // 题目改成传达市纪委全会精神 of a stored meeting (round 67, gga; t69b Part B: a title put beside its agenda): words that read as
  // an agenda are the meeting's agenda, as on a card.
  if (c.kind === 'title' && c.to !== '' && records.every((a) => AGENDA_TYPES.has(a.type)) && isMeetingAgendaNote(c.to)) return agendaPlan(c.to, records);
  // 更正：人数是7人: the head-count of the one record that counts people (round 22 #34: 没看懂).
  if (c.kind === 'countBy') return countByPlan(c, latest, records);
  if (c.kind === 'count' || c.kind === 'title') return fieldPlan(c, latest, records);
  // 部门只有宣文部 · 康复中心没参加 · 部门改成宣文部 (t50a F6: 没看懂).
  if (c.kind === 'departments') return departmentsPlan(ctx, c, latest, records);
  // 人错了，是孙丽: the one person of the record (talked to, or who did it, as the member says) replaced.
  if (c.kind === 'person') return personPlan(ctx, c, records, c.pinnedAll !== undefined || (named !== undefined && c.about !== undefined && (oneDeed(records) || countOf(c.about) === records.length)));
  // 不对，是廉政谈话: the latest report's one record takes the type (round 18u, fault 4: read as a second, new report).
  if (c.kind === 'type') {
    const what = `类型改为${activityTypeName(c.to)}`;
    if (records.length > 1) return { kind: 'which', records, what };
    if (latest.type === c.to) return { kind: 'unfit', text: `您刚才的记录已经是${activityTypeName(c.to)}，没有改动。`, already: true };
    return { kind: 'one', activity: latest, after: { ...fields(latest), type: c.to }, what };
  }
  // 不是王强，是李娟: a person of the record (talked to, or who did it) put in place of another.
  const from = personIn(ctx, c.from);
  const to = personIn(ctx, c.to);
  if (from !== undefined && to !== undefined) {
    const fits = records.filter((a) => a.counterpartIds.includes(from) || a.actorId === from);
    const name = ctx.deps.directory.person(to)?.name ?? c.to;
    const what = `「${ctx.deps.directory.person(from)?.name ?? c.from}」改为「${name}」`;
    if (fits.length === 0 && records.some((a) => a.counterpartIds.includes(to) || a.actorId === to)) {
      return { kind: 'unfit', text: `您刚才的记录里已经是「${name}」，没有「${c.from}」，这一处没有改动。`, already: true };
    }
    if (fits.length === 0) return { kind: 'unfit', text: `您刚才的记录里没有「${c.from}」，没有改动。要改更早的记录，请发送「修改」加日期和对象，如「修改11月5日和周涛的廉政谈话」。` };
    // 12月4日那两条谈心谈话的活动人改成王建国，不是李明 (round 63, gcj; t66a B-F5): the doer of records named as a whole (the
    // count said, or one deed told once) changed in every one of them, on one card.
    const whole = c.pinnedAll !== undefined || (named !== undefined && c.about !== undefined && (oneDeed(fits) || countOf(c.about) === fits.length));
    if (fits.length > 1 && whole && fits.every((a) => a.actorId === from)) {
      return { kind: 'all', changes: fits.map((a) => ({ activity: a, after: { ...fields(a), actorId: to } })), what };
    }
    if (fits.length > 1) return { kind: 'which', records: fits, what };
    const a = fits[0]!;
    const after = a.counterpartIds.includes(from) ? { ...fields(a), counterpartIds: a.counterpartIds.map((x) => (x === from ? to : x)) } : { ...fields(a), actorId: to };
    return { kind: 'one', activity: a, after, what };
  }
  // 不是警示教育，是廉政教育: the type.
  const wrongKind = parseKind(c.from).kind;
  const rightKind = parseKind(c.to).kind;
  if (wrongKind && rightKind) {
    const fits = records.filter((a) => a.type === wrongKind.code);
    const what = `类型改为${activityTypeName(rightKind.code)}`;
    if (fits.length === 0) return { kind: 'unfit', text: `您刚才的记录不是${activityTypeName(wrongKind.code)}，没有改动。` };
    if (fits.length > 1) return { kind: 'which', records: fits, what };
    return { kind: 'one', activity: fits[0]!, after: { ...fields(fits[0]!), type: rightKind.code }, what };
  }
  // 是和孙丽、王强谈的，不是李明 (round 68, ghk; t71b FB1: 「没有…找到「李明」「和孙丽、王强谈的」」): several people in place of one.
  if (from !== undefined && to === undefined) {
    const several = severalInPlace(ctx, c.from, c.to, from, records);
    if (several) return several;
  }
  // A name the directory holds is never said to be missing: only the words that could not be read are named.
  const unread = [c.from, c.to].filter((w) => personIn(ctx, w) === undefined && parseKind(w).kind === undefined);
  if (unread.length < 2) {
    return { kind: 'unfit', text: `没能读出「${unread[0] ?? c.to}」是谁或哪类活动，记录没有改动。请一次改一人，如「不是${c.from}，是某某」，或发送「修改」，在表单里改后保存。` };
  }
  return { kind: 'unfit', text: `没有在通讯录或活动类型里找到「${c.from}」「${c.to}」，记录没有改动。要修改上一条，也可以发送「修改」，在表单里改后保存。` };
}

/** 和孙丽、王强谈的 · 孙丽和王强: the people a value names (two or more, each in the directory), or undefined. */
function peopleIn(ctx: BotContext, words: string): string[] | undefined {
  const bare = words.trim().replace(/^(?:应该?是|其实是|实际是|是)?(?:和|跟|与|同)?/, '').replace(/(?:谈的|谈话的|谈心的|签的|签订的|进行的|的)$/, '');
  const parts = bare.split(/[、,，和及与跟]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const ids = parts.map((p) => personIn(ctx, p));
  return ids.every((id): id is string => id !== undefined) && new Set(ids).size === ids.length ? ids : undefined;
}

/**
 * 不是李明，是和孙丽、王强谈的 on a report whose records are one talk each: the people the report already holds for that deed (the
 * same doer, type and day) are kept as they are, and the one record of `from` takes the one person left; several left, or
 * none, is said and nothing changes — the product rule: a record is right, or the bot asks.
 */
function severalInPlace(ctx: BotContext, fromSaid: string, toSaid: string, from: string, records: Activity[]): Plan | undefined {
  const people = peopleIn(ctx, toSaid);
  if (!people) return undefined;
  const fits = records.filter((a) => a.counterpartIds.length === 1 && a.counterpartIds[0] === from);
  if (fits.length !== 1) return undefined;
  const a = fits[0]!;
  const sameDeed = siblingsOf(ctx.deps, a).filter((b) => !b.deletedAt && b.id !== a.id && b.type === a.type && b.date === a.date && b.actorId === a.actorId);
  const kept = people.filter((id) => sameDeed.some((b) => b.counterpartIds.includes(id)));
  const left = people.filter((id) => !kept.includes(id));
  const name = (id: string) => ctx.deps.directory.person(id)?.name ?? id;
  const fromName = ctx.deps.directory.person(from)?.name ?? fromSaid;
  if (left.length === 1) {
    const keptSaid = kept.map(name).join('、');
    return {
      kind: 'one',
      activity: a,
      after: { ...fieldsOf(a), counterpartIds: [left[0]!] },
      what: `「${fromName}」改为「${name(left[0]!)}」`,
      note: `与${keptSaid}的那条已经记过，保持不变；只把与${fromName}的那条改为与${name(left[0]!)}。`,
    };
  }
  const listed = people.map(name).join('、');
  return {
    kind: 'unfit',
    text: `您说的是和${listed}谈的，不是${fromName}：这要把与${fromName}的那条改成其中一位，其余的再新增，不知道改成谁，记录没有改动。请说「不是${fromName}，是某某」，其余的人请另外上报。`,
  };
}

/**
 * 刚才那条议题改成… on the latest report: its one meeting (专题会议 · 分管科室会议 · 分析研判) takes the agenda as its note when the
 * words read as an agenda, else as its title (as on a card, cardAgenda's agendaPut), the old agenda note going.
 */
function agendaPlan(to: string, records: Activity[]): Plan {
  const meetings = records.filter((a) => AGENDA_TYPES.has(a.type));
  const what = `议题改为「${to}」`;
  if (meetings.length === 0) return { kind: 'unfit', text: '您刚才的记录不是会议，没有议题，没有改动。要改题目，请说「刚才那条题目改成…」。' };
  if (meetings.length > 1) return { kind: 'which', records: meetings, what };
  const a = meetings[0]!;
  const asNote = isMeetingAgendaNote(to);
  const after: RecordFields = asNote ? { ...fieldsOf(a), note: to } : { ...fieldsOf(a), title: to, ...(a.note !== undefined && isMeetingAgendaNote(a.note) ? { note: '' } : {}) };
  return { kind: 'one', activity: a, after, what };
}

/** 人数改成7人 · 片名是《围猎》 on the latest report: the one record that has such a field (a study, a meeting), never a talk. */
function fieldPlan(c: CountCorrection | TitleCorrection, latest: Activity, records: Activity[]): Plan {
  // 去掉题目 · 没有片名 · 题目改成无 (t50a F7): the title taken off, said so (an empty title).
  const off = c.kind === 'title' && c.to === '';
  const what = c.kind === 'count' ? `参加人数改为${c.to}人` : off ? '去掉题目' : `题目改为《${c.to}》`;
  const field = c.kind === 'count' ? '参加人数' : '题目';
  const held = records.filter((a) => !isTalkType(a.type) && a.type !== 'pledge_sign');
  if (held.length === 0) return { kind: 'unfit', text: `您刚才的记录（${activityTypeName(latest.type)}）不记${field}，没有改动。` };
  // Only a titled record can lose its title: of several, the one that has one.
  const titled = off ? held.filter((a) => a.title !== undefined && a.title !== '') : held;
  if (off && titled.length === 0) return { kind: 'unfit', text: '您刚才的记录没有题目，没有改动。', already: true };
  if (titled.length > 1) return { kind: 'which', records: titled, what };
  const a = titled[0]!;
  const now = c.kind === 'count' ? a.attendees : a.title;
  if (now === c.to) return { kind: 'unfit', text: `您刚才的记录${field}已经是${c.kind === 'count' ? `${c.to}人` : `《${c.to}》`}，没有改动。`, already: true };
  const fields: RecordFields = { type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds };
  // 人数报错了，不是8个是9个 when 7 is stored (round 68, gha; t70b: read as 8 deeds, 「台账里只有 1 个」): the wrong count said is
  // not the stored one — said on the card, which shows the stored count before → after; nothing changes before 确认.
  const wrongSaid = c.kind === 'count' && c.from !== undefined && a.attendees !== undefined && a.attendees !== c.from;
  const note = wrongSaid ? `您说原来记的是${c.from}人，但记录里是${a.attendees}人参加，请核对是不是这一条；确认后改为${c.to}人。` : undefined;
  return { kind: 'one', activity: a, after: c.kind === 'count' ? { ...fields, attendees: c.to } : { ...fields, title: c.to }, what, ...(note ? { note } : {}) };
}

/**
 * 少报了2个人 · 多报了1人 on the latest report (or the record named): the one record that counts people takes its stored count
 * moved by `by`, said before → after; a record with no count stored, or a count that would fall to 0, is said, nothing changed.
 */
function countByPlan(c: CountBySaid, latest: Activity, records: Activity[]): Plan {
  const slip = c.by > 0 ? `少报了${c.by}人` : `多报了${-c.by}人`;
  const held = records.filter((a) => !isTalkType(a.type) && a.type !== 'pledge_sign');
  if (held.length === 0) return { kind: 'unfit', text: `您说${slip}，但您刚才的记录（${activityTypeName(latest.type)}）不记参加人数，没有改动。` };
  if (held.length > 1) return { kind: 'which', records: held, what: `参加人数${c.by > 0 ? '加' : '减'}${Math.abs(c.by)}人` };
  const a = held[0]!;
  if (a.attendees === undefined) {
    return { kind: 'unfit', text: `您说${slip}，但这条${activityTypeName(a.type)}（${a.date}）没有记参加人数，不知道一共几人，没有改动。请说一共几人，如「人数改成9人」。` };
  }
  const to = a.attendees + c.by;
  if (to <= 0) return { kind: 'unfit', text: `这条${activityTypeName(a.type)}（${a.date}）记的是${a.attendees}人参加，${slip}就没有人了，没有改动。请说一共几人，如「人数改成9人」。` };
  const plan = fieldPlan({ kind: 'count', to }, a, [a]);
  return plan.kind === 'one' ? { ...plan, note: `您说${slip}：原来记的${a.attendees}人，改为${to}人。` } : plan;
}

/** The departments a record is at (the first, and the others when several). */
const departmentsOf = (a: Activity): string[] => a.departmentIds ?? (a.departmentId !== undefined ? [a.departmentId] : []);

/**
 * 部门只有宣文部 · 去掉康复中心 · 是宣文部不是康复中心 on the latest report (t50a F6: 没看懂): the one record that is held at
 * departments (a study, a meeting, a check; never a talk or a signing) takes them. A word that is no department is
 * answered with the directory's list, never guessed; a department taken off that the record does not have is said.
 */
function departmentsPlan(ctx: BotContext, c: DepartmentsChange, latest: Activity, records: Activity[]): Plan {
  const name = (id: string) => ctx.deps.directory.department(id)?.name ?? id;
  if ('unknown' in c) {
    const all = ctx.deps.directory.org.departments.map((d) => d.name).join('、');
    return { kind: 'unfit', text: `没有找到「${c.unknown}」这个部门，记录没有改动，也没有新增记录。部门有：${all}。请用其中的名称再说一遍，如「刚才那条部门改成${ctx.deps.directory.org.departments[0]?.name ?? '办公室'}」。` };
  }
  const what = 'only' in c ? `部门改为${c.only.map(name).join('、')}` : c.add && c.drop.length === 0 ? `部门加上「${c.add.map(name).join('、')}」` : c.add ? `部门「${c.drop.map(name).join('、')}」改为「${c.add.map(name).join('、')}」` : `去掉部门「${c.drop.map(name).join('、')}」`;
  const held = records.filter((a) => !isTalkType(a.type) && a.type !== 'pledge_sign');
  if (held.length === 0) return { kind: 'unfit', text: `您刚才的记录（${activityTypeName(latest.type)}）不按部门记，没有改动。` };
  if (held.length > 1) return { kind: 'which', records: held, what };
  const a = held[0]!;
  const now = departmentsOf(a);
  let to: string[];
  if ('only' in c) to = c.only;
  else {
    const missing = c.drop.filter((id) => !now.includes(id));
    if (missing.length > 0) return { kind: 'unfit', text: `您刚才的记录部门是${now.length > 0 ? now.map(name).join('、') : '空的'}，没有「${missing.map(name).join('、')}」，没有改动。` };
    const add = c.add ?? [];
    // 是宣文部不是康复中心: the right one where the wrong one stood, the others kept in their order.
    to = [...new Set(now.flatMap((id) => (c.drop.includes(id) ? (id === c.drop[0] ? add : []) : [id])).concat(add))];
    if (to.length === 0) return { kind: 'unfit', text: `去掉「${c.drop.map(name).join('、')}」后这条记录就没有部门了，没有改动。请说改成哪个部门，如「部门改成${name(c.drop[0]!)}」。` };
  }
  if (to.length === now.length && to.every((id, i) => id === now[i])) {
    return { kind: 'unfit', text: `您刚才的记录部门已经是${to.map(name).join('、')}，没有改动。`, already: true };
  }
  return { kind: 'one', activity: a, after: { ...fieldsOf(a), departmentIds: to }, what };
}

/** 人错了，是孙丽 on the latest report: its one counterpart (or doer, when the member says 活动人) replaced. */
function personPlan(ctx: BotContext, c: CorrectionInWords & { kind: 'person' }, records: Activity[], together = false): Plan {
  const to = personIn(ctx, c.to);
  if (to === undefined) return { kind: 'unfit', text: `没有在通讯录里找到「${c.to}」，记录没有改动。也可以发送「修改上一条」，在表单里改后保存。` };
  const name = ctx.deps.directory.person(to)?.name ?? c.to;
  const fields = (a: Activity): RecordFields => ({ type: a.type, date: a.date, actorId: a.actorId, counterpartIds: a.counterpartIds });
  // 上周五陈志强和郑华、冯雪签的那两条，活动人改为刘芳 · 12月4日那两条谈心谈话的活动人改成王建国 (round 63, gcj; t66a B-F10/B-F5:
  // 「找到 2 条」 asked which): the doer of records the words name as a whole (that count said, or one deed told once) is
  // every one's doer, all changed on one card.
  if (together && c.role === 'actor' && records.length > 1 && new Set(records.map((a) => a.actorId)).size === 1) {
    const moving = records.filter((a) => a.actorId !== to);
    if (moving.length === 0) return { kind: 'unfit', text: `您说的记录活动人已经是${name}，没有改动。`, already: true };
    return { kind: 'all', changes: moving.map((a) => ({ activity: a, after: { ...fields(a), actorId: to } })), what: `活动人改为「${name}」` };
  }
  if (records.length > 1) return { kind: 'which', records, what: `的人改为「${name}」` };
  const a = records[0]!;
  const actor = c.role === 'actor' || (c.role === undefined && a.counterpartIds.length === 0 && a.actorId !== ctx.sender!.id);
  if (actor) return { kind: 'one', activity: a, after: { ...fields(a), actorId: to }, what: `活动人改为「${name}」` };
  if (a.counterpartIds.length !== 1) {
    return { kind: 'unfit', text: `您刚才的记录${a.counterpartIds.length === 0 ? '没有谈话对象' : '有几位对象'}，不知道要把谁改为「${name}」，没有改动。请说「不是某某，是${name}」，或发送「修改上一条」。` };
  }
  // 对象改成我 of the member's own talk (round 66, gfd): no talk of one person — said, nothing offered.
  if (a.actorId === to) return { kind: 'unfit', text: `${to === ctx.sender!.id ? '您' : name}是这条记录的活动人，不能同时是对象，没有改动。要改活动人，请说「活动人改成某某」。` };
  return { kind: 'one', activity: a, after: { ...fields(a), counterpartIds: [to] }, what: `对象改为「${name}」` };
}

/**
 * 「党课人数改成23人」 when two recent 党课 fit (t48a F3): which ones (the receipt below lists them), nothing changed, and how to
 * pick — 第N条 when they are all of the latest report (as its receipt numbers them), else the day said or the 修改 button.
 */
function whichNamedText(ctx: BotContext, records: Activity[], named: string, what: string): string {
  // Numbered as the card below lists them, the records kept as found (round 61, gae): 第2条… next reads that list.
  const byNumber = `，或说「第1条${what.replace(/^的/, '').replace(/^(类型|日期)改为\s*/, '$1改成')}」`;
  const [, month, day] = records[0]!.date.split('-');
  const example = `${Number(month)}月${Number(day)}日的${activityTypeName(records[0]!.type)}`;
  return `您最近上报的记录里有 ${records.length} 条「${named}」（见下），不知道要把哪一条${what}，还没有改动任何记录。请在要改的那一条下点「修改」${byNumber}，或写明日期再说一遍（如「${example}…」）。`;
}

export const correctLatest = defineIntent<Said>({
  name: 'correct-latest',
  // A pending report or card is what such words would correct; the dialog answers them (不对，是前天 on a card).
  // 「刚才那条撤销，应该是昨天」 · 「刚才那条记错了，是周二不是周三」 read as the plain correction they mean (round 21u #10).
  // 三条都改成廉政谈话 (round 32a F7): every record of the latest report, first.
  match: (ctx) => {
    if (!ctx.sender || (ctx.dialog && ctx.dialog.kind !== 'change')) return null;
    const said = saidAsSent(ctx);
    // 刚才那个会报错了，实际是上周二开的 (t72b FB2): as sent, 「会报错了」 is taken for the naming words and finds no record; the
    // pointed slip's reading (pointedSlipWords, below) goes first then — only then, so a reading that names a record stands.
    const pointed = pointedSlipSaid(ctx);
    const namesNothing = (r: Said) => pointed !== null && r.about !== undefined && recentRecordsNamed(ctx, r.about).length === 0;
    if (said !== null && !namesNothing(said)) return said;
    // 签错人了，是李娟 · 片名打错了，应该是… (round 68, ghk; t71b: 没看懂, or a NEW signing): a slip owned with any verb, read as the
    // 写错了 it means — only when the words as sent read nothing, so nothing read today reads otherwise. Round 69 (gid) folded
    // ghk's intent of its own (slipVerbCorrection, right after this one) in here: one reader of a correction. 簽錯人了: the
    // readers read simplified words only, so the put wording is simplified.
    const simplified = toSimplified(ctx.text);
    const put = slipAsWritten(simplified);
    const slip = put === simplified ? null : saidAsSent(withText(ctx, put));
    if (slip !== null && !namesNothing(slip)) return { ...slip, put };
    // 刚才报的那条报错了，实际是和刘洋谈的，不是张颖 · 刚才那个会报错了，实际是上周二开的 (round 69, gin; t72b FB1/FB2: 没看懂, or
    // 「没有找到…「会报错了」的记录」): a record pointed at, owned wrong, then the right person or day — put as 「刚才那条不是张颖，
    // 是刘洋」 · 「刚才那个会议日期改成上周二」 and read so, last, so nothing read today reads otherwise.
    return pointed ?? said ?? (slip !== null ? { ...slip, put } : null);
  },
  async handle(ctx, c) {
    const read = c.put !== undefined ? withText(ctx, c.put) : ctx;
    if (c.aside !== undefined) read.notice(remarkAsideText(c.aside));
    if (c.heard !== undefined) read.notice(`「${c.heard.said}」按通讯录里的「${c.heard.name}」查找记录。`);
    const other = otherKindPointed(read, c);
    if (other !== undefined) {
      await read.reply(other);
      return;
    }
    await handleCorrection(read, c);
  },
});

/** The reading of the message put by pointedSlipWords (刚才那个会报错了，实际是上周二开的 → 刚才那个会议日期改成上周二), or null. */
function pointedSlipSaid(ctx: BotContext): Said | null {
  const pointed = pointedSlipWords(normalizeText(toSimplified(ctx.text)));
  if (pointed === undefined) return null;
  const slipped = saidAsSent(withText(ctx, pointed));
  return slipped === null || slipped.kind === 'unread' ? null : { ...slipped, put: pointed };
}

/** What the words as sent correct of the latest record (or the one they name), or null: correctLatest's reading. */
function saidAsSent(ctx: BotContext): Said | null {
  const answered = foundChangeAnswer(ctx);
  if (answered) return answered;
  // 孙杰的承诺书那条撤掉 他还没签 谈话是谈了的 (round 61, gae: 「没有在通讯录里找到「谈了」」): a record withdrawn in words, with
  // its reason and the one kept, is changeNamedRecord's, never a change of a person.
  // 去掉维权部 · 去掉题目 (the merge of round 61; t50a F6/F7's correctionsFortyEightA: 「找到 1 条记录」 offered for 撤销): what
  // is taken off a record — a department, its title, its count — is a change of that record, still this intent's.
  const withdrawn = WITHDRAW_WORD.test(ctx.text) ? storedWithdrawal(ctx.text) : undefined;
  if (withdrawn && !FIELD_WORDS.test(withdrawn.words) && departmentInWords(ctx.deps.directory, withdrawn.words) === undefined) return null;
  const hedged = hedgedKindSaid(ctx);
  if (hedged) return hedged;
  const read = latestCorrectionOf(ctx, ctx.text);
  // 刚才那个会议题不对，应该是… · 昨天看警示片的人数报错了，实际是2人 · …是康复中心的，部门没写上 (round 67, gga; t69b Part B:
  // 没看懂, or a NEW record beside the stored one): the loose words put as the field change they mean. The as-written reading
  // goes first (the merge of round 67: read first, 「不对，实到人数应为10人」 became 「实到那条…」), except that when the member
  // named the 部门 or the 议题, the reading that changes that field wins: 「赵书记那个专题会部门改成康复中心」 as written changed
  // the doer to 何平 (康复中心 looked up as its head), 「11月19日那次检查部门写错了，是康复中心」 loosely put did the same.
  const loose = looseFieldWords(normalizeText(ctx.text));
  const looseRead = loose !== undefined ? latestCorrectionOf(ctx, loose) : null;
  const usable = (r: Said | null): r is Said => r !== null && r.kind !== 'unread';
  const named = loose === undefined ? undefined : /部门改成/.test(loose) ? 'departments' : /议题改成/.test(loose) ? 'agenda' : undefined;
  const fit = named === undefined ? undefined : [read, looseRead].find((r) => usable(r) && r.kind === named);
  if (fit) return fit;
  // 刚才那条信息报送漏写了题目，应该是《…》 (round 69, gim; t72b FB4): as written, 「信息报送漏写了」 names no record; the loose reading
  // (信息报送那条题目改成《…》) names the paper: a title change whose record words hold the words of a title left out reads loosely.
  const aboutOfRead = read !== null && 'about' in read && typeof read.about === 'string' ? read.about : '';
  if (usable(read) && usable(looseRead) && read.kind === 'title' && looseRead.kind === 'title' && /漏|补|忘|没写|没填|缺/.test(aboutOfRead)) return looseRead;
  if (usable(read)) return read;
  if (usable(looseRead)) return looseRead;
  // 少报了2个人 · 多报了1人 (round 68, gha; t70b: 没看懂): the stored head count moved by that many, asked on a change card.
  const slip = headCountSlip(normalizeText(ctx.text));
  if (slip) return { kind: 'countBy', by: slip.by, terse: !slip.pointed, ...(slip.about !== '' ? { about: slip.about } : {}) };
  const colleague = colleagueCountSaid(ctx);
  if (colleague) return colleague;
  // 刚才那条人数改成7人 陈志强副理事长也来了 · 不好意思，刚才那条是周三 (t52a F6: 没看懂, while the change alone worked):
  // the member's reason, apology or remark beside the change is set aside; a remark of fact is said back.
  const remarked = correctionRemark(ctx.text);
  const bare = remarked !== undefined ? latestCorrectionOf(ctx, remarked.change) : null;
  if (bare !== null && bare.kind !== 'unread') return remarked!.fact ? { ...bare, aside: remarked!.remark } : bare;
  return read;
}

/**
 * 查的三公经费，算专项资金检查吧 · 那次检查其实是专项资金检查 查的三公经费 · 11月26日那次算专项资金检查吧 (round 62, gbd; t64a
 * G5: read as a query): the kind, and what was checked as the title, of the record the words name — the latest record when
 * none are said and it is a check (or no title was said), else the member's recent checks (one offered, several asked).
 */
function hedgedKindSaid(ctx: BotContext): Said | null {
  const h = hedgedKindChange(ctx.text);
  if (!h) return bareHedgeSaid(ctx);
  const type = { kind: 'type' as const, to: h.kind, said: h.said, terse: false };
  const title = h.title !== undefined ? [{ kind: 'title' as const, to: h.title, terse: false }] : [];
  // 去维权部查公务用车那次不是周三是周四 算专项检查吧 (round 62, gbj; t65a B-F3): the day changed too, or nothing read at all —
  // never the kind alone with the day said and dropped.
  const days: Array<{ kind: 'day'; date: string; said: string; terse: false }> = [];
  if (h.daySaid !== undefined) {
    const day = parseDay(arabicizeNumerals(h.daySaid), shanghaiDate(ctx.now));
    if (day.date === undefined || day.date > shanghaiDate(ctx.now) || !/^[\s\u0000]*$/.test(day.rest)) return null;
    days.push({ kind: 'day', date: day.date, said: h.daySaid, terse: false });
  }
  // The newest record of the latest report (referredRecords' one reading; round 64, gdc).
  const latest = referredRecords(ctx, { words: '', deictic: true }).at(-1);
  // What was checked (查的…) is said of a check: when the latest record is none, the check meant is looked up.
  const about = h.about ?? (h.title !== undefined && latest !== undefined && !isCheckType(latest.type) ? '那次检查' : undefined);
  const where = about !== undefined ? { about } : {};
  return title.length === 0 && days.length === 0 ? { ...type, ...where } : { kind: 'several', parts: [type, ...days, ...title], terse: false, ...where };
}

/** How long after the report a bare 算…吧 still means it. */
const BARE_HEDGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * 算专项资金检查吧 alone after a stored 作风纪律检查 (round 63, gca; gbd's left-alone: a query, or a new check asked its day):
 * the kind of the member's latest report's one record of the same family (a check for a check, a talk for a talk) that
 * is not that kind yet. Null when the latest report holds none, or several, or it is older than 14 days: the words are
 * then read as before (a report asking its day).
 */
function bareHedgeSaid(ctx: BotContext): Said | null {
  const bare = bareKindHedge(ctx.text);
  if (!bare) return null;
  const family = typeFamily(bare.kind);
  const latest = referredRecords(ctx, { words: '', deictic: true }).filter((a) => ctx.now.getTime() - Date.parse(a.createdAt) <= BARE_HEDGE_MS);
  const fit = latest.filter((a) => typeFamily(a.type) === family && a.type !== bare.kind);
  if (fit.length !== 1 || latest.some((a) => a.type === bare.kind)) return null;
  return { kind: 'type', to: bare.kind, said: bare.said, terse: false, pinned: fit[0]! };
}

/** 不对，是7人 · 不对 是7个人: a bare head-count after 不对 (no 参加 said, so no count correction alone). */
const BARE_COUNT = /^不对[,;。\s]*(?:应该?是|是)(\d{1,4})(?:个)?(?:人|名|位)[。.!\s]*$/;

/**
 * 李娟 「不对，是7人」 right after 孙丽 (same 财务科) reported a 警示教育 of 6 (round 56, fgb; fhd's left-alone: 没看懂): a bare
 * head-count, when the member made no record in the last 30 minutes and a colleague's record that counts people was made
 * then, is the terse count correction it reads as beside a record — answered with whose that record is (handleCorrection).
 */
function colleagueCountSaid(ctx: BotContext): Said | null {
  const m = BARE_COUNT.exec(arabicizeNumerals(normalizeText(ctx.text).trim()));
  if (!m) return null;
  const recent = (a: Activity) => ctx.now.getTime() - Date.parse(a.createdAt) <= TERSE_WINDOW_MS;
  const own = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
  if (own && recent(own)) return null;
  if (colleagueRecords(ctx, (a) => recent(a) && a.attendees !== undefined).length === 0) return null;
  return { kind: 'count', to: Number(m[1]), terse: true };
}

/** Kind nouns that name no one type (谈话 fits both talks, 会议 several meetings): no type is checked for them. */
const LOOSE_KIND = /^(?:谈话|会议|学习|集中学习|检查|记录|信息)$/;

/**
 * 刚才报的那次警示教育其实是上周五 when the latest report holds only a 党课 (round 54, fja: the 党课 offered to move): the
 * kind the pointer names, when none of the latest report's records is of it, answered with what was stored as a
 * question — a correction naming a type never changes a record of another type. Undefined when the kind fits (or none
 * is named, or the correction names its record by other words or by number).
 */
function otherKindPointed(ctx: BotContext, c: Said): string | undefined {
  if (c.about !== undefined || c.nth !== undefined || ('every' in c)) return undefined;
  const text = withoutApology(normalizeText(ctx.text).trim().replace(/^(?:(?:哦|噢|喔|啊|嗯|呃|额)[,;\s]*)/, ''));
  const pointed = KIND_POINTER.exec(text)?.[0];
  if (pointed === undefined) return undefined;
  const noun = /(?:廉政|廉洁|警示)?(?:党课|警示片|警示教育片?|教育片|片子|谈话|谈心谈话|谈心|学习|集中学习|检查|会议|专题会议?|信息|记录)(?:的?记录)?$/.exec(pointed)?.[0]?.replace(/的?记录$/, '');
  if (!noun || LOOSE_KIND.test(noun)) return undefined;
  const code = parseKind(noun).kind?.code;
  const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
  if (code === undefined || !latest) return undefined;
  const records = siblingsOf(ctx.deps, latest).filter((a) => !a.deletedAt && a.reporter === ctx.update.senderOpenId);
  if (records.some((a) => a.type === code)) return undefined;
  const stored = records.map((a) => `${activityTypeName(a.type)}（${a.date}）`).join('、');
  return `您刚才上报的是${stored}，没有${activityTypeName(code)}的记录，没有改动，也没有新增记录。是要改这条${activityTypeName(records[0]!.type)}吗？是的话请说「刚才那条${activityTypeName(records[0]!.type)}…」再改；${activityTypeName(code)}是另一次活动的话，请直接上报它（不要写「刚才报的」）。`;
}

/** 谈话人错了 · 负责人写错了 · 带队人不对: the doer's field owned wrong (round 65, gei; t68a B2). */
const DOER_FIELD_WRONG = /^(?:谈话人|负责人|带队人|主讲人|活动人)(?:写|填|报|记|搞|弄)?(?:错了?|有误|不对)$/;

/** 不对 还是廉政教育 · 不对，应该还是谈心谈话 · 不对 改回廉政教育 (round 65, gei; t68a B1): the kind said back (group 1). */
const KIND_BACK = /^(?:不对|不是|错了|搞错了)[,;。\s]*(?:还是|应该还是|仍然是|改回|改回成|改回为|还是改回)([\u4e00-\u9fa5]{2,8}?)(?:吧|的)?[。.!！\s]*$/;

/** <naming words>那条议题改成…: a meeting named, then its agenda (looseFieldWords' shape). */
const AGENDA_NAMED = /^(.{2,24}?)那条(议题改成.+)$/;

/** 议题 · 会议议题 · 会议主题 opening a message: the agenda named beyond doubt (a bare 主题/内容 may be a title's). */
const BARE_AGENDA = /^(?:会议?)?议题|^会议主题/;

/** The correction of the member's latest record(s) `text` says (read as correctLatest reads a message), or null. */
function latestCorrectionOf(ctx: BotContext, saidFirst: string): Said | null {
  // 不对 还是廉政教育 right after 周涛's study was changed into a check (round 65, gei; t68a B1: a NEW bare 廉政教育 stored): the
  // kind said back is the kind correction of the latest record (a change card, 不对，是廉政教育), never a new report.
  const back = KIND_BACK.exec(normalizeText(saidFirst).trim());
  const said = back && parseKind(back[1]!).kind !== undefined && parseKind(back[1]!).rest.replace(/\u0000/g, '').trim() === '' ? `不对,是${back[1]!}` : saidFirst;
  // 那条应该是谈心谈话 (round 52, fwd): a bare 那条/那个/那次 before the change is 刚才那条.
  // 刚才那条党课不对，是组联部的 (round 52, fwff): the kind noun after the pointer names the record just told.
  // 修改11月30日的作风纪律检查，部门改为… · 11月30日那次检查…还查了组联部，请补上 (round 57, fed; t59b FB2): the record named,
  // then its change, written as <about>那次的<change> so the change never joins the words that look the record up.
  // 改成谈心谈话 · 第2条改为廉政谈话 (round 61, gae): put as 类型改成… · 第2条应该是… are read.
  // Only a sentence it puts otherwise is taken normalised; any other stays as written, as before.
  const base = (namedChangeWords(said) ?? said).trim();
  const put = storedChangeWords(normalizeText(base));
  const text = (put !== normalizeText(base) ? put : base).replace(BARE_POINTER, '刚才那条').replace(KIND_POINTER, '刚才那条');
  const today = shanghaiDate(ctx.now);
  // 刚才那条议题改成研究…和部署明年… (t52a F5's kind): the value is the agenda, whatever words it holds (明年 · 撤销 · 本季度…).
  const pointed = LATEST.exec(text.trim());
  const agenda = pointed ? cardAgendaWords(text.trim().slice(pointed[0].length).replace(/^(?:的|记录的)/, '')) : undefined;
  if (agenda !== undefined) return { kind: 'agenda', to: agenda, terse: false };
  // 上周三那个专题会那条议题改成… (round 68, gha; t70b: the latest meeting's agenda changed): the agenda of the record the words
  // name — looseFieldWords puts 上周三那个专题会议题不对，应该是… so — looked up as any named record is.
  const namedAgenda = pointed ? null : AGENDA_NAMED.exec(text.trim());
  const agendaTo = namedAgenda ? cardAgendaWords(namedAgenda[2]!) : undefined;
  if (agendaTo !== undefined) return { kind: 'agenda', to: agendaTo, terse: false, about: namedAgenda![1]! };
  // 议题改成传达市纪委全会精神 with no pointer (round 67, gga; t69b Part B: 没看懂): terse, as 日期改成… is — only a record just made.
  const bareAgenda = pointed || !BARE_AGENDA.test(text.trim()) ? undefined : cardAgendaWords(text.trim());
  if (bareAgenda !== undefined) return { kind: 'agenda', to: bareAgenda, terse: true };
  // 部门只有宣文部 · 刚才那条人数改成23人 部门只有宣文部 · 不对，刚才那条只有宣文部，康复中心没参加 (t50a F6: 没看懂): a change
  // of the departments, alone or beside others; read first, as its words would be looked up as people below.
  const places = departmentsCorrection(text, today, (w) => departmentInWords(ctx.deps.directory, w));
  if (places) {
    const where = { ...(places.nth !== undefined ? { nth: places.nth } : {}), ...(places.about !== undefined ? { about: places.about } : {}) };
    const only = places.parts.length === 1 ? places.parts[0]! : undefined;
    if (only?.kind === 'departments') return { ...only, terse: places.terse, ...where };
    if (only) return { ...only, terse: places.terse, ...where } as Said;
    return { kind: 'several' as const, parts: places.parts, terse: places.terse, ...where };
  }
  // 是和李娟廉政谈话 right after a 谈心 with 李娟 (round 55, fhd: the day asked as for a new talk): the person and the talk type
  // restated; the type (or the person) that differs is changed. Only when the latest record is a talk the words may mean —
  // terse, one just made; with 刚才, the latest — else it stays the report it reads as.
  const talk = restatedTalkWith(said);
  if (talk) {
    const latest = latestOwnActivity(ctx.deps.store, ctx.update.senderOpenId);
    const recent = latest !== undefined && (talk.pointed || ctx.now.getTime() - Date.parse(latest.createdAt) <= TERSE_WINDOW_MS);
    // 刚才说的是和李娟的廉政谈话 is no report (parseReport): with no record of the member's, said so (or whose the talk is).
    if (!latest && talk.pointed) return { kind: 'type', to: talk.type, said: talk.type, terse: false };
    if (!latest || !recent || !isTalkType(latest.type)) return null;
    // Only what differs is changed (the card shows no 对象改为「李娟」 when 李娟 it already is); both the same: said so.
    const who = personIn(ctx, talk.person);
    const person = { kind: 'person' as const, role: 'counterpart' as const, to: talk.person, terse: !talk.pointed };
    const type = { kind: 'type' as const, to: talk.type, said: talk.type, terse: !talk.pointed };
    if (who !== undefined && latest.counterpartIds.includes(who)) return type;
    if (latest.type === talk.type) return person;
    return { kind: 'several' as const, parts: [person, type], terse: !talk.pointed };
  }
  const numbered = numberedCorrection(text, today);
  if (numbered) return { ...numbered.correction, nth: numbered.n };
  const every = everyRecordChange(text, today);
  if (every) return every;
  const whole = correctionInWords(undoThenRight(text) ?? text, today);
  // 和张颖谈心是周三不是周四 · 党课人数改成23人 · 更正一下，前天党课实际到场23人 (t48a F3): a record named, then its change.
  // Only where no reading of the latest record is whole (a restated deed is one such naming, read again here).
  // Not said beyond doubt as a correction (和王强的谈话其实是和李娟), it is one only when a record of the member's fits.
  const moved = movedRecordDay(ctx, text, today);
  if (moved) return moved;
  const namedRead = whole === null || whole.kind === 'unread' || 'about' in whole ? namedRecordCorrection(text, today) : null;
  const read = namedRead ? heardRight(ctx, namedRead) : null;
  // 刚才那条谈话人错了，是赵敏 (round 65, gei; t68a B2): 谈话人错了 is a field owned wrong, never the words naming a record; the
  // lead-in reading below takes it (the doer's field names the doer).
  const named = read && !DOER_FIELD_WRONG.test(read.about) && (read.firm || recentRecordsNamed(ctx, read.about).length > 0) ? read : null;
  if (named) {
    const heard = named.heard ? { heard: named.heard } : {};
    // 和王建国那条不是昨天 是上周的 上周四 (round 61, gaf): days swapped read as the day change, the bare week dropped.
    const parts = daySwapParts(named.parts, today);
    // 张书记和赵敏是12月3日谈的，不是12月2日 (round 56, fgb; t58b F5): the day said wrong names the record, when one of that day fits.
    const about = named.was ? aboutOnDay(ctx, named.about, named.was.date) : named.about;
    if (about !== named.about) return { ...parts[0]!, about, ...heard };
    return parts.length === 1 ? { ...parts[0]!, about: named.about, ...heard } : { kind: 'several' as const, parts, terse: false, about: named.about, ...heard };
  }
  // 日期不对，是本周三不是周二 · 对象是李娟，不是王强。另外是周三 (t47b F6, F1: 没看懂, or a new report of both people):
  // a lead-in before one change, or several changes; a whole reading that is one change and no lead-in stays as it was.
  const several = correctionsInWords(text, today);
  if (several && (several.parts.length > 1 || whole === null || whole.kind === 'unread' || 'about' in whole)) {
    const parts = daySwapParts(several.parts, today);
    return parts.length === 1 ? { ...parts[0]!, terse: several.terse } : { kind: 'several' as const, ...several, parts };
  }
  // 刚才和陈静那次 不是上周四 是上周三 (round 61, gaf): 「没有…找到「上周四」「上周三」」 before.
  return whole === null ? null : daySwapCorrection(whole, today);
}

/**
 * 跟周滔那次是廉政谈话 不是谈心 (round 62, gbd; t64a G10: 「没有找到…「跟周滔」的记录」): when the naming words find none of
 * the member's records and a name in them, put right by its sound (soundAlikeNamePut), finds some, the reading with that
 * name and what was heard; otherwise `read` as it was. The change card shows the record, so nothing is stored on the guess.
 */
function heardRight(ctx: BotContext, read: NamedRecordCorrection): NamedRecordCorrection & { heard?: { said: string; name: string } } {
  if (recentRecordsNamed(ctx, read.about).length > 0) return read;
  const put = soundAlikeNamePut(normalizeText(read.about), directoryIndex(ctx.deps.directory));
  if (!put || recentRecordsNamed(ctx, put.words).length === 0) return read;
  return { ...read, about: put.words, heard: { said: put.said, name: put.name } };
}

/**
 * `about` (张书记和赵敏) with the day `date` the member said was wrong put before it (12月2日张书记和赵敏), when the words
 * give no day of their own and a record of that day fits them; else `about` as it was (the wrong day no filter then: the
 * record may have been moved since, or the member misremembers what was stored).
 */
function aboutOnDay(ctx: BotContext, about: string, date: string): string {
  if (parseDay(arabicizeNumerals(normalizeText(about)), shanghaiDate(ctx.now)).date !== undefined) return about;
  const dated = `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日${about}`;
  return recentRecordsNamed(ctx, dated).length > 0 ? dated : about;
}

/** 和张颖的谈心谈话改到周三 · 党课改成12月2日: a record named, then 改到/改成 and a day (no 日期 word said). */
const MOVED_TO = /^(.{2,24}?)(?:要|请|麻烦)?(?:改到|改成|改为|挪到|调到)(?:了)?([^,;。!?]{1,12}?)(?:吧|了|哈|啊)?$/;

/**
 * 和张颖的谈心谈话改到周三 (round 54, fja: 看起来是计划安排 while the talk with 张颖 stood stored): a record of the member's
 * that the words name, moved to a day not in the future, is a change of that record's day; with none stored, or a day
 * ahead, it stays news of a plan (null here, the plan reply after).
 */
function movedRecordDay(ctx: BotContext, text: string, today: string): Said | null {
  const m = MOVED_TO.exec(text.replace(/[。.!！]+$/, ''));
  if (!m || /日期|时间|原定|原计划|本来|计划|推迟|延期/.test(m[1]!)) return null;
  const read = namedRecordCorrection(`${m[1]!}日期改成${m[2]!}`, today);
  const part = read?.parts.length === 1 ? read.parts[0]! : undefined;
  if (!read || part?.kind !== 'day' || part.date > today) return null;
  return recentRecordsNamed(ctx, read.about).length > 0 ? { ...part, about: read.about } : null;
}

/** correctLatest's answer to the correction `c`: a change card, which record, or why nothing changed. */
async function handleCorrection(ctx: BotContext, c: Said): Promise<void> {
  // As for 撤销: a record does not know its chat, and 「刚才那条」 may be a private one, shown to the group on the card.
  if (ctx.update.chatType === 'group') {
    await ctx.reply('在群里不按「刚才那条」修改：请点该条回执上的「修改」，或在与清风的私聊里再说一遍（如「刚才那条日期错了，应该是11月19日」）。');
    return;
  }
  // 地点在三楼会议室 (t24 F: 没看懂): the ledger has no such field; said so, whatever record came last.
  if (c.kind === 'unkept') {
    await ctx.reply(`台账不记${c.field}（只记类型、日期、活动人、对象、题目和参加人数），您的记录没有改动，也没有新增记录。要改题目或人数，可以说「片名是《…》」「人数是15人」。`);
    return;
  }
  const plan = planFor(ctx, c);
  if (plan.kind === 'none') {
    // 李娟 「刚才那条人数写错了，是7人」 with no record of her own, when 孙丽 (same 财务科) reported a 警示教育 today (round 55,
    // fhd; was 「您还没有可以修改的记录。」): the record she means, whose it is and who may change it — the finder and the words
    // restatedReportChange says a restated colleague's record with. Only one reported today: 刚才 points at nothing older.
    // 不对，是7人 (terse, round 56, fgb; fhd's left-alone): only a colleague's record of the last 30 minutes, as for one's own.
    const today = shanghaiDate(ctx.now);
    const theirs = colleagueRecords(ctx, (a) =>
      c.terse ? ctx.now.getTime() - Date.parse(a.createdAt) <= TERSE_WINDOW_MS : shanghaiDate(new Date(a.createdAt)) === today,
    )[0];
    if (theirs) {
      await ctx.reply(colleagueRecordText(ctx, theirs, ctx.text.trim()));
      return;
    }
    // 不对，是前天 with no record just made: said plainly, with how to change an older one.
    await ctx.reply(
      c.terse
        ? '没有可以更正的记录：您最近30分钟内没有新记录，也没有等待确认的上报，什么都没有改动。要改更早的记录，请发送「修改」加日期和对象，如「修改11月5日和周涛的廉政谈话」。'
        : '您还没有可以修改的记录。',
    );
    return;
  }
  if (plan.kind === 'unfit') {
    await ctx.reply(plan.text);
    return;
  }
  if (plan.kind === 'which' && plan.named !== undefined) {
    ctx.notice(whichNamedText(ctx, plan.records, plan.named, plan.what));
    // Kept, so 两条都改成… · 撤销第2条 next acts on these records (round 56, fgb; t58b F7).
    await saveFound(ctx, plan.records, c.kind === 'person' || c.kind === 'word' ? { ...c, about: undefined, pinned: undefined, pinnedAll: undefined } : undefined);
    await ctx.replyCard(receiptFor(ctx.deps, plan.records, ctx.now, [], [], `找到 ${plan.records.length} 条记录`));
    return;
  }
  if (plan.kind === 'which') {
    // Which record is meant only the member knows: the receipt again, with a 修改 under each (as 撤销 does).
    // A day or kind may be meant for all of them: how to say so (round 32a F7: 「三条都改成廉政谈话」 was 没看懂).
    const all = /^(?:日期|类型)改为/.test(plan.what) ? `；${plan.records.length} 项都要改，请回复「都${plan.what.replace(/^(日期|类型)改为\s*/, '改成')}」` : '';
    ctx.notice(`您最近一次上报记录了 ${plan.records.length} 项，要把哪一项${plan.what}？请在那一项下点「修改」，改好后保存${all}；还没有改动任何记录。`);
    // Headed as records found, never 「已记录 N 项」 (round 67, ggi; t70a FB3: it read as records just made).
    await ctx.replyCard(receiptFor(ctx.deps, plan.records, ctx.now, [], [], `要修改哪一项？（共 ${plan.records.length} 项）`));
    return;
  }
  if (plan.kind === 'all') {
    const [first, ...others] = plan.changes;
    const change = mergedChange(ctx, first!.activity, {
      kind: 'change' as const,
      activityId: first!.activity.id,
      what: plan.what,
      after: first!.after,
      also: others.map((o) => ({ activityId: o.activity.id, after: o.after })),
    });
    await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
    await ctx.replyCard(changeCardFor(ctx.deps, first!.activity, change, ctx.now));
    return;
  }
  if (plan.note) ctx.notice(plan.note);
  // A change asked while another waits on the same record joins it (round 59, fcc; t61a F6).
  const change = mergedChange(ctx, plan.activity, { kind: 'change' as const, activityId: plan.activity.id, what: plan.what, after: plan.after });
  await saveDialog(ctx.deps.store, dialogKey(ctx.update.chatId, ctx.update.senderOpenId), change, ctx.now);
  await ctx.replyCard(changeCardFor(ctx.deps, plan.activity, change, ctx.now));
}
