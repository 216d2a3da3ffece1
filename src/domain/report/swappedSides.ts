// 「第1条反了」「反了，是王磊找我谈的」「谈话人是王磊，对象是杨帆」 on a waiting card (round 43, t42a F2: a talk shown the wrong
// way round could only be cancelled — 反了 was not read, and 谈话人是X，对象是Y was refused because X was the card's other
// party when the doer was put first). The two sides of a talk or signing are swapped, or both put at once.
import { isTalkType } from '../activityTypes.js';
import type { CardCorrection, CardCorrectionContext } from './cardCorrection.js';
import { departmentAfter } from './correctedPerson.js';
import type { ReportDraft } from './draft.js';
import type { PendingItem } from './followUp.js';
import { messageEntryItems } from './messageEntryItems.js';
import { normalizeText } from './parseNormalize.js';

const CN_INDEX: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 修改， · 第2条 · 这条 · 卡片上的: which record, when said (group 1 its number). */
const SELECTOR = /^(?:(?:修改|更正|不对|错了)[,:;\s]*)?(?:第([1-9]\d?|[一二三四五六七八九十])条(?:的|记录)?|这条|那条|卡片上的?)?[,:;\s]*/;

/**
 * 反了 · 搞反了 · 谈话人和对象反了 · 方向弄反了 · 两个人颠倒了 · 写反了: the sides swapped, nothing else said (group 1 the
 * words after it that may name who held it: ，是王磊找我谈的).
 */
const SWAPPED = /^(?:(?:谈话人|活动人)(?:和|与|跟)(?:谈话)?对象|谈话(?:的)?双方|双方|方向|两个人|两人|人|顺序|主客)?(?:都)?(?:搞|弄|写|记|填|说|录)?(?:反了|颠倒了|倒过来了|调换了|对调了?)(?:了)?(?:吧|啊|呀)?(?:[,;:\s]+(.+))?$/;

/** 是王磊找我谈的 · 应该是我和杨帆谈 · 王磊找的我 · 王磊跟我签的: the one who held it (1), then the other side (2). */
const HELD_BY = /^(?:应该|其实|实际上?)?(?:是|为)?([^,;。!\s找约叫和与跟同对给是]{1,8}?)(?:同志)?(?:找|约|叫|和|与|跟|同|对|给)(我|本人|[^,;。!\s谈签的]{1,8}?)(?:同志)?(?:谈的|谈话的?|谈心的?|谈|进行的|签的|签订的|签|的)?$/;
/** 王磊找的我 (no 谈): the one who called in (1) the other (2). */
const CALLED_IN = /^(?:是)?([^,;。!\s找约叫是]{1,8}?)(?:同志)?(?:找|约|叫)的(我|[^,;。!\s]{2,8})$/;

/** 王芳是对象 · 我是谈话对象 · 李明是谈话人: the role one side has once swapped (1 the person, 2 the role). */
const ROLE_SAID = /^(?:应该是)?(我|本人|[^,;。!\s是]{2,8}?)(?:同志)?(?:才)?是(谈话人|活动人|(?:谈话)?对象)$/;

/** 谈话人是王磊，对象是杨帆 (either order): both sides labelled in one answer. */
const DOER_LABEL = /^(?:谈话人|活动人|签订人)(?:应该?是|应为|改为|改成|换成|是|为)\s*(我|本人|[^,;。!\s]{2,8}?)(?:同志)?$/;
const OTHER_LABEL = /^(?:谈话|签订)?对象(?:应该?是|应为|改为|改成|换成|是|为)\s*(我|本人|[^,;。!\s]{2,8}?)(?:同志)?$/;

/**
 * 不对， · 承诺书是 · 这次谈话应该是 · 其实是: before a numbered record's deed said again with its two sides (冯部长和我签的),
 * the words owning the card wrong and naming the deed's kind, which change nothing themselves.
 */
const RESTATED_LEAD = /^(?:(?:不对|错了|说错了|写错了|搞错了|有误)[,;:\s]*)?(?:(?:这次|那次|这个|那个)?(?:廉政|廉洁|谈心)?(?:承诺书|责任书|谈话|谈心)(?:应该|其实|实际上?)?(?:是|为))?/;

/** 冯部长和我签的 · 王磊找我谈的 · 是冯雪跟赵磊签订的: the one who held it (1), then the other side (2), with the deed's verb. */
const RESTATED_SIDES = /^(?:应该|其实|实际上?)?(?:是|为)?([^,;。!\s找约和与跟同是\d]{2,8}?)(?:同志)?(?:找|约|和|与|跟|同)(我|本人|[^,;。!\s谈签的\d]{2,8}?)(?:同志)?(?:一起)?(?:谈的|谈话的?|谈心的?|签的|签订的|签署的|进行的|签了)$/;

/** A talk or a signing with exactly one other party: the records whose two sides can be swapped. */
function twoSided(d: ReportDraft): boolean {
  return d.type !== undefined && (isTalkType(d.type) || d.type === 'pledge_sign') && d.counterpartIds.length === 1;
}

/** The person `words` name: the member for 我/本人. */
function personOf(words: string, ctx: CardCorrectionContext): string | undefined {
  return words === '我' || words === '本人' ? ctx.senderId : ctx.personId(words);
}

/** What the answer asks, read: a plain swap, or both sides said (doer, other), or undefined when it is neither. */
function sidesSaid(body: string, ctx: CardCorrectionContext, numbered = false): { swap: true; held?: [string | undefined, string | undefined, string, string]; role?: [string | undefined, string, 'doer' | 'other'] } | { both: [string | undefined, string | undefined, string, string] } | undefined {
  const swapped = SWAPPED.exec(body);
  if (swapped) {
    const tail = swapped[1]?.trim();
    if (!tail) return { swap: true };
    const role = ROLE_SAID.exec(tail);
    if (role) {
      const id = personOf(role[1]!, ctx);
      return { swap: true, role: [id, role[1]!, /对象/.test(role[2]!) ? 'other' : 'doer'] };
    }
    const held = HELD_BY.exec(tail) ?? CALLED_IN.exec(tail);
    if (!held) return undefined;
    return { swap: true, held: [personOf(held[1]!, ctx), personOf(held[2]!, ctx), held[1]!, held[2]!] };
  }
  // 第2条不对，承诺书是冯部长和我签的 · 第1条其实是王磊和杨帆谈的 (round 57, fec; t59b F1: 没能读出第2条要改成什么): after a
  // record's number, the deed said again with both its sides puts them, as 谈话人是X，对象是Y does.
  // Both must be people of the directory (第2条：11月5日与王强谈话 is a deed's day, 第2条好像不太对啊 no one at all).
  const restated = numbered ? RESTATED_SIDES.exec(body.replace(RESTATED_LEAD, '')) : null;
  const sides = restated ? [personOf(restated[1]!, ctx), personOf(restated[2]!, ctx)] : [];
  if (restated && sides[0] !== undefined && sides[1] !== undefined) return { both: [sides[0], sides[1], restated[1]!, restated[2]!] };
  const clauses = body.split(/[,;，；\s]+/).filter((c) => c.length > 0);
  if (clauses.length !== 2) return undefined;
  const doer = clauses.map((c) => DOER_LABEL.exec(c)).find((m) => m);
  const other = clauses.map((c) => OTHER_LABEL.exec(c)).find((m) => m);
  if (!doer || !other) return undefined;
  return { both: [personOf(doer[1]!, ctx), personOf(other[1]!, ctx), doer[1]!, other[1]!] };
}

/**
 * `d` held by `doer` with `other` alone: the member's own when `doer` is them; at `other`'s department as a first reading
 * puts it. Never turned round again (the member said which way it went).
 */
export function withSides(d: ReportDraft, doer: string, other: string, ctx: CardCorrectionContext): ReportDraft {
  const { actorId: _old, ...rest } = d;
  const turned: ReportDraft = { ...rest, ...(doer !== ctx.senderId ? { actorId: doer } : {}), counterpartIds: [other] };
  return departmentAfter(turned, d.counterpartIds[0], other, ctx);
}

/**
 * The change a 「反了」 answer (or 谈话人是X，对象是Y) asks of the waiting `items`: the named record (第N条), or the card's one
 * talk or signing with one other party, its doer and other party swapped — or put as said, when the answer names them.
 * 'which' when several records could be meant, 'unfit' when none can or a name is not in the directory; undefined when
 * `text` is no such answer (left to cardCorrection).
 */
export function swappedSides(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const t = normalizeText(text).trim().replace(/[。.!！]+$/, '');
  const sel = SELECTOR.exec(t)!;
  const said = sidesSaid(t.slice(sel[0].length), ctx, sel[1] !== undefined);
  if (!said) return undefined;
  const sides = 'both' in said ? said.both : said.held;
  if (sides && (sides[0] === undefined || sides[1] === undefined)) {
    return { kind: 'unfit', text: `没有在通讯录里找到「${sides[0] === undefined ? sides[2] : sides[3]}」，卡片没有改动。` };
  }
  const role = 'swap' in said ? said.role : undefined;
  if (role && role[0] === undefined) return { kind: 'unfit', text: `没有在通讯录里找到「${role[1]}」，卡片没有改动。` };
  if (sides && sides[0] === sides[1]) return { kind: 'unfit', text: '谈话人和对象不能是同一个人，卡片没有改动。' };
  const label = (i: number) => (items.length > 1 ? `第${i + 1}条` : '这条记录');
  const doerOf = (d: ReportDraft) => d.actorId ?? ctx.senderId;
  const involves = (d: ReportDraft, id: string) => doerOf(d) === id || d.counterpartIds[0] === id;
  let at: number[];
  if (sel[1] !== undefined) {
    const n = CN_INDEX[sel[1]] ?? Number(sel[1]);
    at = ctx.byEntry ? messageEntryItems(items, n) : n <= items.length ? [n - 1] : [];
    if (at.length === 0) return { kind: 'unfit', text: `卡片上没有第${n}条，卡片没有改动。` };
  } else {
    // No record named: the one two-sided record the answer can mean (one naming the people said, when said).
    // No record named: the one two-sided record the answer can mean — with both people said, when said; 谈话人是X，对象是Y
    // may also put a new person on the one record naming either, or on the card's only talk or signing.
    const pairs = items.flatMap((item, i) => (twoSided(item.draft) ? [i] : []));
    const both = sides ? pairs.filter((i) => sides.slice(0, 2).every((id) => involves(items[i]!.draft, id!))) : pairs;
    const either = sides ? pairs.filter((i) => sides.slice(0, 2).some((id) => involves(items[i]!.draft, id!))) : pairs;
    const named = role ? pairs.filter((i) => involves(items[i]!.draft, role[0]!)) : pairs;
    at = both.length > 0 ? both : either.length > 0 || !('both' in said) ? either : pairs;
    if (role) at = named;
  }
  // 第2条活动人是冯雪，对象是我 on a signing with no other party yet (round 57, fec; t59b F1: 「这条消息没有记录」): a record
  // named by its number takes both sides said, when it is a talk or a signing with at most one other party.
  const puttable = (d: ReportDraft) => twoSided(d) || ('both' in said && sel[1] !== undefined && d.type !== undefined && (isTalkType(d.type) || d.type === 'pledge_sign') && d.counterpartIds.length === 0);
  const fit = at.filter((i) => puttable(items[i]!.draft) && doerOf(items[i]!.draft) !== undefined);
  // 第2条活动人是赵敏，对象是何平 while 和谁谈的 waits on record 2 (no one on it yet to swap with, dialogsThirtySevenF): both
  // sides labelled put people, not a swap, and cardCorrection sets each field as it did before round 43.
  if (fit.length === 0 && 'both' in said) return undefined;
  if (fit.length === 0) return { kind: 'unfit', text: '卡片上没有能对调的谈话或签订记录（只有一位对象的才能对调），卡片没有改动；也可以说「谈话人是某某，对象是某某」。' };
  if (fit.length > 1) return { kind: 'which', what: '谈话人和对象对调' };
  const i = fit[0]!;
  const d = items[i]!.draft;
  const [doer, other] = sides ? [sides[0]!, sides[1]!] : [d.counterpartIds[0]!, doerOf(d)!];
  // 反了，是王强找我谈的 on 李明's talk: no swap of the two on the card; said, never a third person put in on a guess.
  if ('swap' in said && !(involves(d, doer) && involves(d, other))) {
    return { kind: 'unfit', text: `${label(i)}是${ctx.personName(doerOf(d)!)}与${ctx.personName(d.counterpartIds[0]!)}，对调不出您说的，卡片没有改动；要换人请说「谈话人是某某，对象是某某」。` };
  }
  if (doerOf(d) === doer && d.counterpartIds[0] === other) return { kind: 'unfit', text: `卡片上已经是${ctx.personName(doer)}与${ctx.personName(other)}${d.type === 'pledge_sign' ? '签订' : '谈话'}，卡片没有改动。` };
  // 反了，王芳是对象: the role said must be the one the swap gives.
  if (role && (role[2] === 'other' ? other : doer) !== role[0]) {
    return { kind: 'unfit', text: `${label(i)}对调后${ctx.personName(role[0]!)}不是${role[2] === 'other' ? '对象' : '活动人'}，卡片没有改动；请说「谈话人是某某，对象是某某」。` };
  }
  const changed = items.map((item, j) => (j === i ? { ...item, draft: withSides(d, doer, other, ctx) } : item));
  return { kind: 'changed', items: changed, what: `${items.length > 1 ? label(i) : ''}活动人改为「${ctx.personName(doer)}」，对象改为「${ctx.personName(other)}」` };
}
