// 「日期改成11月20日，对象是王强」「不是昨天是前天，而且是谈心谈话」「改成11月18日，参加12人」 while a 确认 card or a
// question waits: two fields changed in one answer (issue 10 part C: 没看懂, as cardCorrection reads one change a time).
import { itemByKindWord } from './itemByKindWord.js';
import { messageEntryItems } from './messageEntryItems.js';
import { cardCorrection, type CardCorrection, type CardCorrectionContext } from './cardCorrection.js';
import type { PendingItem } from './followUp.js';
import { normalizeText } from './parseNormalize.js';
import { checkedUnitWords } from './checkedUnitWords.js';
import { swappedSides } from './swappedSides.js';
import { itemRange } from './itemRange.js';
import { withoutLeadIn } from './correctionLeadIn.js';
import { correctionRemark } from './correctionRemark.js';
import { counterpartsListed } from './counterpartsListed.js';
import { plainCountClause } from './countCorrection.js';
import { cardTitleWords, fieldsTakenOff } from './cardTitle.js';
import { doerCorrectionAsLabelled } from './doerCorrectionWords.js';
import { cardDoerForAll } from './cardDoerForAll.js';
import { cardListenerNotDoer } from './cardListenerNotDoer.js';
import { cardEditWords, saysOrganisingDepartment } from './cardEditWords.js';
import { alsoDepartmentItem, numberedDepartmentsWords } from './alsoDepartmentItem.js';
import { cardCheckKindAsked } from './cardCheckKindAsked.js';
import { peopleAsNumbers } from './namedItems.js';

/** 而且 · 并且 · 另外 · 还有 · 同时 · 再就是: the joint before a second change, said nothing by itself. */
const JOINT = /^(?:而且|并且|另外|还有|同时|再就是|然后|以及|也)[,\s]*/;
/** 不是刘洋 · 而不是周二: a clause that only denies a value. */
const DENIAL = /^(?:而|并)?(?:不是|并非|而非)(?:和|跟|与|同)?[^是,;。\s]{1,16}$/;
/** 对象是张颖不是刘洋 · 日期是11月29日而不是30日: a labelled value with its denial after it, in one clause; the value kept. */
const LABELLED_THEN_DENIED = /^((?:谈话)?(?:对象|活动人|谈话人|日期|时间|类型|类别|人数|参加人数|题目|片名)(?:应该?是|应为|改为|改成|是)[^,;。\s]+?)(?:而|并)?不是[^是,;。\s]{1,16}$/;
/** 不对 · 说错了 · 更正 alone as a clause: the change is announced, and what follows says it. */
const OPENING = /^(?:不对|不对不对|错了|说错了|写错了|搞错了|更正|修改|改一下|有误)$/;
/** 不对， · 错了， · 修改 before a change said in full. */
// 修改 活动人是我本人 (round 51, fza; t53a F2): the card's own 修改, typed before the change, opens it as 不对 does.
const OPENING_LEAD = /^(?:不对|不对不对|错了|说错了|写错了|搞错了|记错了|有误|修改|更正|改一下)[,;:\s]+/;
/** 对象 · 日期 · 类型 · 人数…: a field of a record named, so the words after 不对 are about the card. */
const FIELD_WORD = /^(?:谈话)?(?:对象|活动人|谈话人|日期|时间|类型|类别|人数|参加人数|题目|片名|标题)/;
/** 第二条的 · 和赵敏那条: a selector on the first change, meant for those after it as well. */
const SELECTOR = /^(?:(?:修改|更正|改一下)[,:;\s]*)?(第(?:[1-9]\d?|[一二三四五六七八九十])条(?:的|记录)?|(?:和|与|跟|同)[^,;:。\s的]{2,8}?(?:同志)?(?:的|那条|那次))/;
/** 对象是王强 · 谈话对象改成李娟 · 活动人应为张伟: a labelled person, said the way the one-change reader knows it. */
// 活动人是我 (round 37 fjf): the member, by 我/本人, as the doer.
// 活动人是我本人 (round 51, fza; t53a F2: 「我本人」 looked up as a name): 我本人 is the member too.
const PERSON_FIELD = /^(?:谈话)?(对象|活动人|谈话人)(?:应该?是|应为|改为|改成|换成|是|为)\s*(我本人|[^,;。!\s]{2,8}?|我|本人)(?:同志)?$/;
/**
 * 是我组织的 · 我主持的 · 是我本人组织的 (round 51, fza; t53a F2: 「这条消息没有记录」 on a card naming the head): the member saying
 * they held it, with 的 (a deed said anew, 我组织了…, is no correction), as 活动人是我.
 */
const SELF_HELD = /^(?:是|就是|其实是|这是)?(?:我|我本人|本人)(?:亲自)?(?:组织|主持|主讲|讲授|召开|开展|牵头|带队)的(?:活动)?$/;
/** 类型是谈心谈话 · 活动类型改为廉政教育: a labelled kind. */
const KIND_FIELD = /^(?:活动)?(?:类型|类别|种类)(?:应该?是|应为|改为|改成|换成|是)/;
/** 是和王强谈的 · 和王强谈的: the other party of a talk said again. */
// 是和赵磊签的 · 是跟赵磊一起签订的 (round 36 F10: 「第3条是和赵磊签的」 not read at all): the signing's too.
const WITH_PERSON =
  /^(?:是|应该是|应为|就是)?(?:和|与|跟|同)([^,;。!\s是]{2,8}?)(?:同志)?(?:一起|一道)?(?:谈的|谈话的|谈|签的|签订的|签署的|签了|签订了|进行的|开展的|的)$/;
/** 应该是与赵磊 · 是和赵磊: the other party alone, after 是 (a bare 和赵磊 may begin anything). */
const WITH_PERSON_BARE = /^(?:是|应该是|应为|就是)(?:和|与|跟|同)([^,;。!\s是的]{2,4})(?:同志)?$/;

/**
 * A comma-free part of a message parted at its spaces (voice input's commas), except a title set with spaces inside it
 * (题目改成《廉洁从业 守住底线》 · 第1条题目改成以案为鉴 守牢底线: round 52 fwe, t54b F2, cut at the space and the second
 * change dropped): kept whole, as cardTitleWords reads its value.
 */
function spacedClauses(whole: string): string[] {
  // 第1条题目改成A B 第2条题目改成C D: each record's own change apart first.
  const own = whole.split(/\s+(?=第(?:[1-9]\d?|[一二三四五六七八九十])条)/);
  if (own.length > 1) return own.flatMap(spacedClauses);
  const part = whole;
  const numbered = NUMBERED_CLAUSE.exec(part);
  const title = cardTitleWords((numbered ? part.slice(numbered[0].length) : part).replace(/^[,:;\s]+/, ''));
  if (title !== undefined && 'to' in title && /\s/.test(title.to)) return [part];
  // A space inside 《》 or quotes is the title's own, never a clause's end (片名改成“清风 伴我行” 人数8人).
  const kept = part.replace(/《[^《》]*》|“[^“”]*”|「[^「」]*」/g, (q) => q.replace(/\s/g, '\u0002'));
  return kept.split(/\s+/).map((c) => c.replace(/\u0002/g, ' '));
}

/** 第4条日期改成… · 第二条的人数…: a clause after the first that names its own record by number (t52b F5). */
const NUMBERED_CLAUSE = /^(?:(?:修改|更正|改一下)[,:;\s]*)?(第(?:[1-9]\d?|[一二三四五六七八九十])条(?:的|记录)?)/;

const CN_INDEX: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The indexes a selector names (第二条 · 和赵敏那条): undefined when it names none of `items` (said by the one-change reader). */
function selectedBy(selector: string, items: PendingItem[], ctx: CardCorrectionContext): number[] | undefined {
  const n = /^第([1-9]\d?|[一二三四五六七八九十])条/.exec(selector);
  if (n) {
    const index = (CN_INDEX[n[1]!] ?? Number(n[1])) - 1;
    if (ctx.byEntry) {
      const at = messageEntryItems(items, index + 1);
      return at.length > 0 ? at : undefined;
    }
    return index < items.length ? [index] : undefined;
  }
  const id = ctx.personId(selector.replace(/^(?:和|与|跟|同)/, '').replace(/(?:同志)?(?:的|那条|那次)$/, ''));
  if (id === undefined) return undefined;
  const at = items.flatMap((item, i) => (item.draft.counterpartIds.includes(id) || item.draft.actorId === id ? [i] : []));
  return at.length > 0 ? at : undefined;
}

/** 人数8人 · 日期12月3日 · 题目《…》: a field's name and its value with no 是 between (t47a F5 variants: not read). */
const LABEL_THEN_VALUE = /^(日期|时间|人数|参加人数|题目|片名|标题)(?=[0-9一二三四五六七八九十两《本上这今昨前周])/;

/** One clause in the words cardCorrection reads (labelled fields turned into its own forms). */
function asOneChange(clause: string): string {
  if (LABEL_THEN_VALUE.test(clause)) return asOneChange(clause.replace(LABEL_THEN_VALUE, '$1是'));
  const person = PERSON_FIELD.exec(clause);
  if (person) return `${person[1] === '谈话人' ? '活动人' : person[1]}错了,是${person[2] === '我本人' ? '我' : person[2]}`;
  if (SELF_HELD.test(clause)) return '活动人错了,是我';
  if (KIND_FIELD.test(clause)) return clause.replace(KIND_FIELD, '是');
  const withPerson = WITH_PERSON.exec(clause) ?? WITH_PERSON_BARE.exec(clause);
  if (withPerson) return `对象错了,是${withPerson[1]}`;
  return clause;
}

/**
 * The change(s) `text` asks of the waiting `items`: cardCorrection of the whole text when it reads it as a change;
 * otherwise, when the text is two or three clauses (split at ， ； 。 ： or spaces — 第2条改一下：人数8人，日期12月3日, t47a F5 — 而且/并且/另外 dropped) each of which
 * cardCorrection reads, every change applied in turn (a selector on the first, 第二条的, also governs the others), `what`
 * joined with '；'. A clause read but fitting nothing (`unfit`, `which`) is answered as it is, nothing changed; a clause
 * not read at all makes the whole text no correction (undefined), so an answer that is something else is left alone.
 */
export function cardCorrections(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  // 不对，被检查的是宣文部 · 查的是宣文部 on a check's card (round 64, gdi; t67a P3: 「这条消息没有记录」): the check's unit.
  const checkedUnit = checkedUnitWords(text, items);
  if (checkedUnit !== undefined) {
    const read = cardCorrectionsOnce(checkedUnit, items, ctx);
    if (read !== undefined) return read;
  }
  // 会议部门也是财务科 (round 54, fjf): the one record of the kind named, as 第N条 (itemByKindWord), when that changes it.
  // Not while a question waits on a numbered message (byEntry): there 第N条 is the member's own entry, not the card's item.
  // 陈志强、赵敏那两条是周三 (round 55, fha): the people name the card's records, read as their numbers.
  const byPeople = ctx.byEntry === true ? undefined : peopleAsNumbers(text, items, ctx.personId);
  if (byPeople !== undefined) {
    const read = cardCorrections(byPeople, items, ctx);
    if (read !== undefined) return read;
  }
  // 不对 赵书记只是来听的 课是我讲的 谈心也是我谈的 (round 63, gch; t66a F1/B-F8: a new report, a talk 赵敏→何平): every
  // record the listener was made the doer of is the sender's; a card already the sender's needs no change, and says so.
  const listener = ctx.byEntry === true ? undefined : cardListenerNotDoer(text, items, ctx.personId);
  if (listener !== undefined) {
    const name = ctx.personName(listener.listenerId);
    if (listener.indexes.length === 0) return { kind: 'unfit', text: `卡片上各条的活动人已经是您本人，${name}没有记为活动人，不用改动；核对无误请点「确认」。` };
    let now = items;
    for (const i of listener.indexes) {
      const one = cardCorrectionsOnce(`第${i + 1}条活动人错了,是我`, now, ctx);
      if (one?.kind !== 'changed') return one;
      now = one.items;
    }
    return { kind: 'changed', items: now, what: `${listener.indexes.map((i) => `第${i + 1}条`).join('、')}活动人改为您本人（${name}只是在场）` };
  }
  // 不对，谈话的是张书记，不是我 · 活动人改成张伟 on a card whose records all have one doer (round 56, fga): every record's doer.
  const forAll = ctx.byEntry === true ? undefined : cardDoerForAll(text, items);
  const allDoers = forAll !== undefined ? cardCorrectionsOnce(forAll, items, ctx) : undefined;
  if (allDoers?.kind === 'changed' && allDoers.items.every((i) => i.draft.actorId === undefined || !i.draft.counterpartIds.includes(i.draft.actorId))) return allDoers;
  const kindNamed = ctx.byEntry === true ? undefined : itemByKindWord(text, items);
  // 信息报送那两条不要题目和参加人数 · 第2、3条去掉题目和人数 (round 57, fec; t59a F3): title and count taken off together.
  const takenOff = ctx.byEntry === true ? undefined : fieldsTakenOff(kindNamed ?? text, items);
  if (takenOff !== undefined) return takenOff;
  const byKind = kindNamed !== undefined ? cardCorrections(kindNamed, items, ctx) : undefined;
  if (byKind?.kind === 'changed') return byKind;
  // 第2条是宣文部组织的 from 杨帆 (round 53, fkcc): the department that organised it, never its head (王磊) as the doer; the
  // plain words first.
  const organiser = saysOrganisingDepartment(text, ctx) ? cardEditWords(text, ctx) : undefined;
  const byOrganiser = organiser !== undefined ? cardCorrectionsOnce(organiser, items, ctx) : undefined;
  if (byOrganiser?.kind === 'changed') return byOrganiser;
  // 也是宣文部的 · 部门也是宣文部 with no item named (round 53, fkcc; was 「这条消息没有记录」): the one record without a
  // department, or 第几条 asked when several have none.
  const also = alsoDepartmentItem(text, items, ctx);
  if (also !== undefined && 'which' in also) return { kind: 'which', what: `部门改为${also.words}` };
  if (also !== undefined) {
    const put = cardCorrectionsOnce(`第${also.at + 1}条部门是${also.words}`, items, ctx);
    if (put?.kind === 'changed') return put;
  }
  // 第4条冯部长也参加了，应该是教育就业部和维权部 (round 57, fec; t59b F2): the departments added or set, a head standing for theirs.
  const departments = ctx.byEntry === true ? undefined : numberedDepartmentsWords(text, items, ctx);
  const byDepartments = departments !== undefined ? cardCorrectionsOnce(departments, items, ctx) : undefined;
  if (byDepartments?.kind === 'changed') return byDepartments;
  const read = cardCorrectionsOnce(text, items, ctx);
  if (read?.kind === 'changed') return read;
  // 第1条是检查 · 第1条不是谈话，是检查 (round 55, fha): which kind of check is asked, the card kept.
  const check = ctx.byEntry === true ? undefined : cardCheckKindAsked(text);
  if (check !== undefined) return check;
  // 第2条也是宣文部的 · 第2条不对，是11月10日组织的 · (2)部门是宣文部 (round 53, fkc; t55a F6): read again in the words above,
  // only when the words as written change nothing.
  const plain = cardEditWords(text, ctx);
  const again = plain !== undefined ? cardCorrectionsOnce(plain, items, ctx) : undefined;
  return again?.kind === 'changed' ? again : read ?? again;
}

function cardCorrectionsOnce(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  // 第1条反了 · 谈话人是王磊，对象是杨帆 (round 43, t42a F2): the two sides of a talk or signing swapped or both put.
  const swapped = swappedSides(text, items, ctx);
  if (swapped) return swapped;
  const t = normalizeText(text).trim().replace(/[。.!！]+$/, '');
  // 第3条不对，检查是陈志强副理事长带队的，不是我 (round 52 fwe, t54b F4: not read): the doer said in natural words, read as
  // 第3条活动人是陈志强副理事长.
  // Only a person of the directory is a doer: 第2条是上周谈的 names a day, read below as it always was.
  const samePerson = (x: string, y: string): boolean => {
    const id = ctx.personId(x);
    return id !== undefined && id === ctx.personId(y);
  };
  const doerSaid = doerCorrectionAsLabelled(t, items, samePerson);
  const doerId = doerSaid === undefined ? undefined : ctx.personId('which' in doerSaid ? doerSaid.which : doerSaid.doer);
  if (doerSaid !== undefined && doerId !== undefined) {
    if ('which' in doerSaid) return { kind: 'which', what: `活动人改为「${ctx.personName(doerId)}」` };
    const byDoer = cardCorrectionsAsWritten(doerSaid.said, doerSaid.said, items, ctx);
    if (byDoer !== undefined) return byDoer;
  }
  const asWritten = cardCorrectionsAsWritten(text, t, items, ctx);
  if (asWritten?.kind === 'changed') return asWritten;
  // 更正一下，第2条人数是8人 · 日期写错了，第2条是12月3日 (t47b F6: only 第2条… worked): the lead-in says only that a change
  // follows; read without it only when the message as written is no change.
  const led = withoutLeadIn(t);
  const afterLead = led !== undefined ? cardCorrectionsOnce(led, items, ctx) : undefined;
  if (afterLead?.kind === 'changed') return afterLead;
  // 第2条人数改成7人 陈志强副理事长也来了 · 不好意思，日期改成25号 (t52a F6: 没看懂): a reason, apology or remark beside the
  // change says nothing to change; the change read without it, a remark of fact said back (never dropped silently).
  const remarked = correctionRemark(t);
  const withoutRemark = remarked !== undefined ? cardCorrectionsOnce(remarked.change, items, ctx) : undefined;
  if (withoutRemark?.kind === 'changed') return remarked!.fact ? { ...withoutRemark, aside: remarked!.remark } : withoutRemark;
  // Read but not fitting (unfit, which) is said only when the remark was a reason or an apology: 「李娟也在」 may end a report.
  return asWritten ?? (remarked?.fact === false ? withoutRemark : undefined);
}

/** cardCorrections of `text` (`t` normalised) as it is written. */
function cardCorrectionsAsWritten(text: string, t: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  // 1-3条活动人改成李明 · 第1、2、3条… · 前三条… · 活动人都改成李明 (t46b F5: 「这条消息没有记录」): the change said for each.
  // 第2条是我和何平谈的 (round 37 fjf): the member and the other side said together are two changes, never 「我和何平」
  // read whole as the doer.
  const selector = SELECTOR.exec(t);
  if (selector && SELF_WITH_PERSON.test(t.slice(selector[0].length).replace(/^[,:;\s]+/, '').split(/[,;。]/)[0] ?? '')) {
    const several = severalChanges(text, items, ctx);
    if (several) return several;
  }
  // 不对，谈话对象是胡军 (round 30g §11: read as a new report): the labelled change after 不对 read as it is alone.
  const bare = t.replace(OPENING_LEAD, '');
  // 对象是王建国、刘芳 alone (t51a F1): one record with each person named.
  const listed = counterpartsListed(bare, items, items.map((_, i) => i), ctx);
  if (listed !== undefined) return listed;
  const labelled = asOneChange(bare);
  const whole = cardCorrection(labelled !== bare ? labelled : asOneChange(t), items, ctx);
  if (whole?.kind === 'changed') return whole;
  // Only when nothing else reads it: 第3、4条应该记在我名下 · 第1、2条人数是9人 have readers of their own (namedItemsCorrection).
  // 第1、2条是11月25日 (round 55, fha; t57a F3: 「卡片上有几条记录都可能是…」): the items named settle which ones, so a
  // reading that asks which is no reading here.
  const range = whole === undefined || whole.kind === 'which' ? itemRange(t, ctx.byEntry ? Math.max(0, ...items.map((i) => i.entry ?? 0)) : items.length) : undefined;
  const read = severalChanges(text, items, ctx) ?? (whole?.kind === 'which' && range ? undefined : whole) ?? (range ? eachOfRange(range.numbers, range.change, items, ctx) : undefined);
  // 不对，谈话对象… not read: still a change of this card, said so with the card, never taken as a new report (§11).
  if (read === undefined && bare !== t && FIELD_WORD.test(bare) && bare.length <= 24) {
    return { kind: 'unfit', text: '没能读出要改成什么，卡片没有改动。请说改后的内容，如「对象是王强」「第2条是11月11日」「不是周三，是周四」。' };
  }
  return read;
}

/**
 * `change` made to each item `numbers` names, one after another as 「第N条<change>」 is read alone; the first that is not
 * read (undefined) or does not fit (unfit, which) is the answer, nothing changed.
 */
function eachOfRange(numbers: readonly number[], change: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  let now = items;
  const said: string[] = [];
  for (const n of numbers) {
    const one = cardCorrections(`第${n}条${change}`, now, ctx);
    if (one === undefined || one.kind !== 'changed') return one;
    now = one.items;
    said.push(one.what);
  }
  return { kind: 'changed', items: now, what: [...new Set(said)].join('；') };
}

/** 是和刘洋的廉政谈话 · 应该是与刘洋签的责任书: the other side and the kind of one record, said together, as two changes. */
// 是和赵磊签的承诺书 (round 36 F10: 「赵磊签」 read as the name, then as the doer): the verb before 的 is no part of the name.
const WITH_PERSON_KIND =
  /^(?:是|应该是|应为|改成|改为)?(?:和|与|跟|同)([^,;。!\s的]{2,8}?)(?:同志)?(?:一起|一道)?(?:签订|签署|签|谈话|谈|进行|开展)?的([^,;。!\s的]{2,10})$/;

/**
 * 是我和何平谈的 · 是我跟赵磊签的 (round 37 fjf, t36c F9: 「这条消息没有记录」): the member as the doer and the other side,
 * said together, as two changes.
 */
const SELF_WITH_PERSON =
  /^(?:是|应该是|应为|就是|其实是)?(?:我|本人)(?:和|与|跟|同)([^,;。!\s的]{2,8}?)(?:同志)?(?:一起|一道)?(?:谈的|谈话的|谈|签的|签订的|签署的|进行的|开展的|的)$/;

function personAndKind(clause: string): string[] {
  const self = SELF_WITH_PERSON.exec(clause);
  if (self) return ['活动人错了,是我', `对象错了,是${self[1]}`];
  const m = WITH_PERSON_KIND.exec(clause);
  return m ? [`对象错了,是${m[1]}`, `是${m[2]}`] : [clause];
}

/**
 * The changes of a text of two or three clauses each of which is one change (see cardCorrections), or undefined when
 * the text is not so made (one clause, or a clause that is no change): a question's answer is told apart from a
 * correction of several fields by it.
 */
export function severalChanges(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const t = normalizeText(text).trim().replace(/^(?:好的|好|嗯|哦)[,\s]+/, '').replace(/[。.!！]+$/, '');
  // 第3条…和第4条… (t52b F5): a joint before a record's number parts two changes.
  const split = t
    .replace(/(?:和|以及|还有|另外)(?=第(?:[1-9]\d?|[一二三四五六七八九十])条)/g, ',')
    .split(/[,;。:]+/)
    .flatMap(spacedClauses)
    .map((c) => c.replace(JOINT, '').trim())
    .filter((c) => c !== '' && !OPENING.test(c));
  // 不是昨天，是前天: one change written over two clauses.
  const clauses: string[] = [];
  for (const c of split) {
    const last = clauses.at(-1);
    if (last !== undefined && /^不是[^是]+$/.test(last) && /^(?:而|应该|应)?是/.test(c)) clauses[clauses.length - 1] = `${last},${c}`;
    // 对象是张颖，不是刘洋 (t47b F1 on a card: 「没有在通讯录…找到「刘洋」「11月29日」」): the value said, then the wrong one
    // denied — the denial only says what is put right, and the name in it is never the new value.
    else if (last !== undefined && /是/.test(last) && !/^不是/.test(last) && DENIAL.test(c)) continue;
    else clauses.push(c.replace(LABELLED_THEN_DENIED, '$1'));
  }
  // 第二条日期改成11月18日，参加12人: the selector names the records every clause changes.
  const selector = SELECTOR.exec(clauses[0] ?? '');
  if (selector) {
    // 第1条不对，是和刘洋的廉政谈话 · 第1条应该是和刘洋谈的 (round 34b §3a: a new report, the card kept the invented
    // record): after a record's number, its 不对 is no change of its own, and one clause is a change of that record.
    clauses[0] = clauses[0]!.slice(selector[0].length).replace(/^[,:;\s]+/, '').replace(LABELLED_THEN_DENIED, '$1');
    if (OPENING.test(clauses[0]!) || clauses[0] === '') clauses.shift();
    clauses.splice(0, clauses.length, ...clauses.flatMap(personAndKind));
  }
  // 第3条日期改成12月1日，第4条日期改成12月2日 (t52b F5: the second clause was read on record 3 alone, 「卡片上只有 1 条记录，
  // 没有第4条」): a later clause naming its own record changes that record, up to three changes per record named.
  const reselected = clauses.filter((c, i) => i > 0 && NUMBERED_CLAUSE.test(c)).length;
  if (clauses.length < (selector ? 1 : 2) || clauses.length > 3 * (1 + reselected)) return undefined;
  let at = selector ? selectedBy(selector[1]!, items, ctx) : items.map((_, i) => i);
  if (at === undefined) return undefined;
  let now = items;
  const said: string[] = [];
  // Each change said with its record's number when the message names several (「第3条日期改为…；第4条日期改为…」).
  let label = reselected > 0 && selector ? selector[1]!.replace(/(?:的|记录)$/, '') : '';
  for (const raw of clauses) {
    const own = NUMBERED_CLAUSE.exec(raw);
    let clause = raw;
    if (own) {
      const picked = selectedBy(own[1]!, now, ctx);
      // 第5条… on a card of four: said with the card's real count by the one-change reader, nothing changed.
      if (picked === undefined) {
        const beyond = cardCorrection(raw, now, ctx);
        return beyond?.kind === 'changed' ? undefined : beyond;
      }
      at = picked;
      label = own[1]!.replace(/(?:的|记录)$/, '');
      clause = raw.slice(own[0].length).replace(/^[,:;\s]+/, '').replace(LABELLED_THEN_DENIED, '$1');
      if (clause === '') return undefined;
    }
    // 对象是王建国、刘芳、陈志强、赵敏 (t51a F1): one record with each person named; the records after it renumbered, so
    // only as the last change.
    const listed = clause === clauses.at(-1) ? counterpartsListed(clause, now, at, ctx) : undefined;
    if (listed !== undefined) {
      if (listed.kind !== 'changed') return listed;
      now = listed.items;
      said.push(listed.what);
      continue;
    }
    const chosen = at;
    const part = chosen.map((i) => now[i]!);
    // 题目是守住底线，一共5个人 (round 51 fzb, t53a F5): a count said plainly beside another change is a change of it.
    const one = cardCorrection(plainCountClause(clause) ?? asOneChange(clause), part, ctx);
    if (one === undefined) return undefined;
    if (one.kind !== 'changed') return one;
    now = now.map((item, i) => (chosen.includes(i) ? one.items[chosen.indexOf(i)]! : item));
    said.push(reselected > 0 ? `${label}${one.what}` : one.what);
  }
  return { kind: 'changed', items: now, what: [...new Set(said)].join('；') };
}
