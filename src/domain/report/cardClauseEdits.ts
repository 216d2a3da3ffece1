// Round 60 (fbd; t62a B-F2, B-F3; t62b G3, G4, G8): what members type while a 确认 card waits, several changes in one breath,
// often passed on from the leader — 「谈话也是张书记谈的，不是我」 · 「赵书记说不对 那次是廉政谈话 徐辉副主任也在」 · 「不对 王强是25号
// 李明孙丽也要记上」 · 「不对，是张书记和李明签的，我没签」. Each was read as a new report or not at all, the card kept as it was.
// This reads such a message clause by clause against the card: a doer said like the others' (X也是Y谈的), the two who signed
// (是X和Y签的 + 我没签), a person's own day (王强是25号), people added (X也在 · X、Y也要记上), and any clause the card's own
// reader takes (cardCorrections). Every clause must be read, or the message is not this card's (left to the other readers).
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { CardCorrection, CardCorrectionContext } from './cardCorrection.js';
import { cardCorrections } from './cardCorrections.js';
import { cardEditLead, DEED_POINTED } from './cardEditLead.js';
import type { ReportDraft } from './draft.js';
import { withDate, type PendingItem } from './followUp.js';
import { problemsOf } from './problemsOf.js';
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { counterpartAsDoer } from './counterpartAsDoer.js';
import { peopleOwnDay } from './peopleOwnDay.js';
import { departmentsAsCounterparts } from './departmentsAsCounterparts.js';
import { counterpartDenied } from './counterpartDenied.js';
import { numberedDropClauses } from './numberedDropClauses.js';

/** What the clause reader needs beyond cardCorrections' context. */
export interface ClauseEditContext extends CardCorrectionContext {
  /** Everyone a run of names says (李明孙丽 · 李明、孙丽科长 · 徐辉副主任), in order; undefined when any word names no one. */
  peopleIn(words: string): string[] | undefined;
}

/**
 * The card changed (`changed`, as cardCorrections says it), or changed with records whose day is still to be asked
 * (`ask_days`: `items` holds them with their missing_date question; `what` says what was changed and added).
 */
export type ClauseEdited = CardCorrection | { kind: 'ask_days'; items: PendingItem[]; what: string };

/** 不对 · 错了 · 记错了 · 更正: a clause that says only that a change follows. */
const OPENING = /^(?:不对|不对不对|不是这样|错了|说错了|写错了|搞错了|记错了|弄错了|有误|更正|修改|改一下|另外|还有|而且|补充一下)$/;
/** 不是我 · 我没签 · 我没有参加: the member says they were not in it (what the other clauses put right). */
const NOT_ME = /^(?:不是我|并不是我|不是本人|没有我|我不在|我没在|我没(?:有)?(?:谈|谈话|签|签字|签过|去|参加|参与|主持)(?:过)?)(?:的|了|啊|呀)?$/;
/**
 * 谈话也是张书记谈的 · 也是张书记谈的 · 检查其实是黄书记带队的: the deed's kind (group 1) or its verb (group 3), and its doer
 * (group 2) — like the card's other records (也), or instead of the member.
 */
const DOER_LIKE =
  /^(廉政谈话|谈心谈话|谈话|责任书|签字|签订|检查|会议|党课)?(?:也|都|同样|其实|实际上|实际)*(?:是|由)([^,;。\s和与跟同]{2,10}?)(?:同志)?(谈|签|主持|讲|查|检查|带队|组织|开)?的$/;
/**
 * 黄志刚带队 · 黄志刚同志领队: who led a check (group 1), a bare clause of its own (round 64, gdi; t67a P3). 是X带队的 stays
 * DOER_LIKE's (on a card of several kinds it asks which record, t54b F4).
 */
const LED = /^([\u4e00-\u9fa5]{2,6}?)(?:同志)?(?:带队|领队)$/;
/** 是张书记和李明签的 · 其实是张伟与李明谈的: the two sides of the deed (groups 1, 2), its verb (group 3). */
const TWO_PARTIES = /^(?:是|应该是|其实是|实际是|实际上是)?([^,;。\s和与跟同是]{2,8}?)(?:和|与|跟|同)([^,;。\s和与跟同]{2,8}?)(?:之间)?(签|谈)(?:订|署)?(?:的|了)$/;
/** 王强是25号 · 和王强的是25号 · 王强那次应该是11月25日: a person's own day (group 1 the person, group 2 the day). */
const PERSON_DAY = /^(?:和|与|跟)?([^,;。\s和与跟]{2,8}?)(?:同志)?(?:的|那条|那次|那个)?(?:应该是|应为|改为|改成|是|在)([^,;。\s]{2,10}?)(?:谈的|签的|的)?$/;
/**
 * 徐辉副主任也在 · 李明孙丽也要记上 · 李明、孙丽也是25号 · 还有周涛也谈了: people added (group 1), and how — present at the
 * same deed (在 · 参加 · 谈了 · 签了: its day), more records (记上 · 加上: their day said, or asked), or their day (group 2).
 */
const ADDED =
  /^(?:还有|另外|再)?([^,;。\s]{2,16}?)(?:同一天|同天|那天|当天)?(?:也|都|同样)(?:要|得|需要|应该|一起|一块)?(?:(在|在场|参加了?|参与了?|谈了|签了)|(?:记上|记一下|记进去|记录上?|记|加上|算上|算进去|补上|登记上?)|是([^,;。\s]{1,10}?)(?:谈的|签的|的)?)$/;
/** 不是昨天 · 而不是11月29日 · 不是对象: the wrong value denied, after the clause that put it right. */
const DENIED = /^(?:而|并)?不是[^,;。\s]{1,10}?(?:的)?$/;
/** 同一天 · 也是那天 · 当天: added people on the card's own day. */
const SAME_DAY = /同一天|同天|也是那天|那天也|当天|一起谈的|一起签的/;
/**
 * 反了 · 弄反了 · 反过来: the member says the card's talk is the wrong way round. Such a sentence may only turn the card's own
 * people; someone not on the card in it (「反了，是王强找我谈的」 on a talk 王芳–李明, round 60 merge, dialogFortyThreeD's
 * near-miss: 王强 was made the doer) is no change of this reader's, and the card's readers leave the card unchanged.
 */
// 弄反 · 记反 only at a clause's end: 赵书记反馈 holds 记反 (cardEditsInWordsSixtyD case 3) and is no turning.
const TURNED = /反了|反过来|(?:弄|搞|说|写|记)反(?=$|[,;。!?\s])/;
/** A comma, a full stop or a space (voice input) parts the clauses. */
const CLAUSES = /[,;。!?、]?\s+|[,;。!?]+/;

/** Whether `type` is of the family the kind word or verb names (谈 → talks, 签 → signings, 检查 → checks…). */
function ofFamily(word: string, type: ActivityTypeCode | undefined): boolean {
  if (type === undefined) return false;
  if (/谈/.test(word)) return isTalkType(type);
  if (/签|责任书/.test(word)) return type === 'pledge_sign';
  if (/查|带队/.test(word)) return type.startsWith('inspect_') || type === 'pledge_check';
  if (/会|主持|开/.test(word)) return type.startsWith('meeting_');
  if (/党课|讲/.test(word)) return type === 'edu_lecture';
  return word === '组织';
}

/** The talk or signing items a person may be added to: one kind, doer and day, or undefined when they differ or none. */
function modelFor(items: readonly PendingItem[]): ReportDraft | undefined {
  const like = items.filter((i) => i.draft.type !== undefined && (isTalkType(i.draft.type) || i.draft.type === 'pledge_sign'));
  const kinds = new Set(like.map((i) => `${i.draft.type}|${i.draft.actorId ?? ''}`));
  return kinds.size === 1 ? like[0]!.draft : undefined;
}

/** A day said alone (25号 · 11月25日 · 上周二), read against `today`, or undefined when the words are more than a day. */
function dayAlone(words: string, today: string): string | undefined {
  const read = parseDay(words, today);
  return read.date !== undefined && read.rest.replace(/[\s\u0000]/g, '').replace(/^(?:谈的|签的|的)$/, '') === '' ? read.date : undefined;
}

/** One clause applied to the card, or undefined when the clause is not read. */
type Step = { items: PendingItem[]; what: string; meSaid?: true; opened?: true };

function step(clause: string, items: PendingItem[], ctx: ClauseEditContext, sameDay: boolean, changedBefore = false): Step | undefined {
  if (OPENING.test(clause)) return { items, what: '', opened: true };
  if (NOT_ME.test(clause)) return { items, what: '', meSaid: true };
  // 黄书记是谈话人不是对象 · 王磊和杨帆是今天上午谈的 · 对象是办公室和财务科全体人员 · 赵敏不是对象 (round 62, gbc; t64a G3,
  // G4, G6): each its own reader, gated on its own words.
  const turned = counterpartAsDoer(clause, items, ctx) ?? peopleOwnDay(clause, items, ctx) ?? departmentsAsCounterparts(clause, items, ctx) ?? counterpartDenied(clause, items, ctx, changedBefore);
  if (turned !== undefined) return turned;
  const sender = ctx.senderId;
  // 黄志刚带队，查的是宣文部 on a check's card (round 64, gdi; t67a P3: the unit silently ignored): the leader said as a
  // clause of its own is the checks' doer (kept when already so), the unit read by cardCorrections below.
  const led = LED.exec(clause);
  const leader = led ? ctx.personId(led[1]!) : undefined;
  const checks = items.flatMap((i, n) => (i.draft.type?.startsWith('inspect_') === true ? [n] : []));
  // Only on a card of checks alone: beside a talk or a study, who led is which record's is asked (t54b F4).
  if (leader !== undefined && checks.length > 0 && checks.length === items.length) {
    if (checks.every((n) => (items[n]!.draft.actorId ?? sender) === leader)) return { items, what: '' };
    const next = items.map((i, n) => {
      if (!checks.includes(n)) return i;
      const { actorId: _old, ...rest } = i.draft;
      return { ...i, draft: leader === sender ? rest : { ...rest, actorId: leader } };
    });
    return { items: next, what: `检查的活动人改为${ctx.personName(leader)}` };
  }
  const doer = DOER_LIKE.exec(clause);
  // 是陈志强带队的 alone on a card of a talk, a study and a check stays the card's own question (which record, t54b F4): a
  // verb names the records only when it is a talk's or a signing's (谈 · 签); other deeds need their kind word.
  if (doer && (doer[1] !== undefined || doer[3] === '谈' || doer[3] === '签')) {
    const id = ctx.personId(doer[2]!);
    const word = doer[1] ?? doer[3]!;
    const at = items.flatMap((i, n) => (ofFamily(word, i.draft.type) ? [n] : []));
    if (id === undefined || at.length === 0 || at.some((n) => items[n]!.draft.counterpartIds.includes(id))) return undefined;
    const next = items.map((i, n) => {
      if (!at.includes(n)) return i;
      const { actorId: _old, ...rest } = i.draft;
      return { ...i, draft: id === sender ? rest : { ...rest, actorId: id } };
    });
    return { items: next, what: `${doer[1] ?? '这项活动'}的活动人改为${ctx.personName(id)}` };
  }
  const two = TWO_PARTIES.exec(clause);
  const a = two ? ctx.personId(two[1]!) : undefined;
  const b = two ? ctx.personId(two[2]!) : undefined;
  // 李明孙丽同一天也谈了 fits the pattern (同 of 同一天) but names no two people: read below.
  if (two && a !== undefined && b !== undefined) {
    if (a === b || a === sender || b === sender) return undefined;
    const mine = (i: PendingItem) => ofFamily(two[3]!, i.draft.type) && (i.draft.actorId === undefined || i.draft.actorId === sender || (sender !== undefined && i.draft.counterpartIds.includes(sender)));
    const at = items.flatMap((i, n) => (mine(i) ? [n] : []));
    if (at.length === 0) return undefined;
    // The senior of the two held it (张书记和李明签的: 张伟 signed with 李明), the first written when equal.
    const senior = (ctx.seniority?.(b) ?? 0) > (ctx.seniority?.(a) ?? 0) ? b : a;
    const other = senior === a ? b : a;
    const model = items[at[0]!]!.draft;
    const { departmentId: _d, departmentIds: _ds, ...kept } = model;
    const place = ctx.departmentOf?.(other);
    const draft: ReportDraft = { ...kept, actorId: senior, counterpartIds: [other], ...(place !== undefined ? { departmentId: place } : {}) };
    const next = items.flatMap((i, n) => (n === at[0] ? [{ draft, problems: [] }] : at.includes(n) ? [] : [i]));
    return { items: next, what: `改为${ctx.personName(senior)}与${ctx.personName(other)}的一条，您不在其中`, meSaid: true };
  }
  const added = ADDED.exec(clause);
  if (added) {
    const people = ctx.peopleIn(added[1]!);
    const model = modelFor(items);
    if (people === undefined || people.length === 0 || model === undefined) return undefined;
    const said = added[3] !== undefined ? dayAlone(added[3], ctx.today) : undefined;
    if (added[3] !== undefined && said === undefined && !/^(?:那天|当天|同一天)$/.test(added[3])) return undefined;
    const onCardDay = added[2] !== undefined || sameDay || (added[3] !== undefined && said === undefined);
    const fresh = people.filter((id) => id !== sender && id !== model.actorId && !items.some((i) => ofFamily(isTalkType(model.type!) ? '谈' : '签', i.draft.type) && i.draft.counterpartIds.includes(id)));
    if (fresh.length === 0) return { items, what: '' };
    const news = fresh.map((id): PendingItem => {
      const place = ctx.departmentOf?.(id);
      const base: ReportDraft = {
        type: model.type,
        counterpartIds: [id],
        late: model.late,
        ...(model.actorId !== undefined ? { actorId: model.actorId } : {}),
        ...(model.dutyYear !== undefined ? { dutyYear: model.dutyYear } : {}),
        ...(place !== undefined ? { departmentId: place } : {}),
      };
      const day = said ?? (onCardDay ? model.date : undefined);
      const draft = day !== undefined ? withDate(base, day, ctx.today) : { ...base, late: false };
      return { draft, problems: day !== undefined ? [] : problemsOf(draft, ctx.today) };
    });
    const names = fresh.map((id) => ctx.personName(id)).join('、');
    return { items: [...items, ...news], what: `加上和${names}的${said !== undefined ? `（${said}）` : onCardDay ? '（同一天）' : '（日期待问）'}` };
  }
  const personDay = PERSON_DAY.exec(clause);
  if (personDay) {
    const id = ctx.personId(personDay[1]!);
    const day = dayAlone(personDay[2]!, ctx.today);
    if (id !== undefined && day !== undefined) {
      const at = items.flatMap((i, n) => (i.draft.counterpartIds.includes(id) || i.draft.actorId === id ? [n] : []));
      if (at.length === 0) return undefined;
      const next = items.map((i, n) => (at.includes(n) ? { ...i, draft: withDate(i.draft, day, ctx.today), problems: i.problems.filter((p) => p.code !== 'missing_date') } : i));
      return { items: next, what: `和${ctx.personName(id)}的日期改为${day}` };
    }
  }
  // 那次是廉政谈话 · 那个是廉政谈话: the deed pointed at is the card's.
  const pointed = DEED_POINTED.exec(clause);
  const bare = pointed && pointed[0].length > 0 && pointed[1] === undefined ? clause.slice(pointed[0].length) : clause;
  const read = cardCorrections(bare, items, ctx);
  return read?.kind === 'changed' ? { items: read.items, what: read.what } : undefined;
}

/**
 * The waiting card `items` changed by `text`, clause by clause (see the header), or undefined when any clause is not read,
 * no clause changes anything, or the message is one clause the card's own readers would have read (then it is theirs).
 * 不是我 / 我没签 is read only beside a clause that takes the member off (a doer or the two sides named).
 */
export function cardClauseEdits(text: string, items: PendingItem[], ctx: ClauseEditContext): ClauseEdited | undefined {
  const t = arabicizeNumerals(normalizeText(text)).trim().replace(/[。.!！~～]+$/, '').replace(/(?:吧|啊|呀|哈)$/, '');
  const lead = cardEditLead(t, items, ctx.today);
  if (lead === undefined) return undefined;
  const clauses = lead.rest.split(CLAUSES).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length === 0) return undefined;
  const sameDay = SAME_DAY.test(t);
  // 第1条是合计的不用记 beside other changes (round 62, gbc; t64a G3: the drop applied, the doer change after it lost): the
  // records numbered as the card shows them leave first, the other clauses are read on the rest.
  const parted = numberedDropClauses(clauses);
  const dropped = new Set((parted?.numbers ?? []).map((n) => n - 1));
  const said = parted?.rest ?? clauses;
  if ([...dropped].some((k) => k >= items.length) || dropped.size >= items.length) return undefined;
  const base = items.filter((_, k) => !dropped.has(k));
  let now = base;
  const whats: string[] = dropped.size > 0 ? [`去掉第${[...dropped].sort((a, b) => a - b).map((k) => k + 1).join('、')}条`] : [];
  let meSaid = false;
  let meOff = false;
  for (let k = 0; k < said.length; k++) {
    const clause = said[k]!;
    // 王磊和杨帆是今天上午谈的，不是昨天 · 黄书记是谈话人，不是对象: a clause not read alone may be read with the next one
    // (a denial after the comma, or a list parted by a voice pause).
    let s = step(clause, now, ctx, sameDay, whats.length > 0);
    if (s === undefined && k + 1 < said.length) {
      s = step(`${clause} ${said[k + 1]!}`, now, ctx, sameDay, whats.length > 0);
      if (s !== undefined) k++;
    }
    // 不是昨天 after 王磊和杨帆是今天上午谈的: the wrong value denied after the change, nothing more to do.
    if (s === undefined && whats.length > 0 && DENIED.test(clause)) continue;
    if (s === undefined) return undefined;
    if (s.meSaid && s.what === '') meSaid = true;
    else if (s.meSaid) meOff = true;
    if (s.what !== '' && !whats.includes(s.what)) whats.push(s.what);
    now = s.items;
  }
  // 不是我 said, yet no clause took the member off: a denial the card's readers answer, not this reader's.
  const doerChanged = now.some((i, n) => base[n] !== undefined && i.draft.actorId !== base[n]!.draft.actorId);
  if (meSaid && !meOff && !doerChanged) return undefined;
  if (TURNED.test(t)) {
    const onCard = new Set(items.flatMap((i) => [i.draft.actorId ?? ctx.senderId, ...i.draft.counterpartIds]));
    if (now.some((i) => [i.draft.actorId ?? ctx.senderId, ...i.draft.counterpartIds].some((id) => !onCard.has(id)))) return undefined;
  }
  if (whats.length === 0) return undefined;
  const what = whats.join('；');
  return now.some((i) => i.problems.length > 0) ? { kind: 'ask_days', items: now, what } : { kind: 'changed', items: now, what };
}
