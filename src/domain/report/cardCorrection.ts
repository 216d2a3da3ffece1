// 「修改，和赵敏的是11月20日」「第二条是11月11日」「不是周三，是周四」 typed while a 确认 card waits: the card's records
// changed and shown again (round 20u: 「这条消息没有记录」 and the card unchanged, so 确认 stored the day said wrong).
import { BARE_WEEKDAY, bareWeekdayIs, weekdayOfRecordWeek } from './weekdayOfRecordWeek.js';
import { meetingPlacesDropped, withoutPlaces } from './meetingPlacesDropped.js';
import { SAID_WRONG } from './fieldCorrectionWords.js';
import { cardTitleWords, withoutTitle } from './cardTitle.js';
import { AGENDA_TYPES, agendaPut, cardAgendaWords } from './cardAgenda.js';
import { looseFieldWords } from './looseFieldWords.js';
import { isMeetingAgendaNote } from './meetingAgendaNote.js';
import { entryNumbers, messageEntryItems } from './messageEntryItems.js';
import { namedFieldWords } from './namedFieldWords.js';
import { namedItems } from './namedItems.js';
import type { ActivityTypeCode } from '../activityTypes.js';
import { activityTypeName, isTalkType } from '../activityTypes.js';
import { periodOf } from '../period.js';
import type { PendingItem } from './followUp.js';
import { LATEST } from './latestCorrection.js';
import { parseDay } from './parseDay.js';
import { parseKind } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { heldFromAbove } from './superiorHolds.js';
import { isSendersPair, personChanged, type PersonChangeContext } from './correctedPerson.js';
import { correctionInWords } from './terseCorrection.js';
import { asSupervisedMeeting } from './supervisedMeeting.js';
import { twoDoersWords } from './twoDoersCorrection.js';
import { nounFits, RECORD_NOUN, typeFamily } from './typeFamily.js';
import { withSides } from './swappedSides.js';
import { departmentsNarrowed, type DepartmentsNarrowed } from './departmentsNarrowed.js';
import { placesNarrowed } from './placesNarrowed.js';
import { departmentsSaid } from './departmentsSaid.js';

export type CardCorrection =
  /** The card's records with the change made; `what` says it in a few words (日期改为 2026-11-20). */
  /** `aside`: a remark that told a fact beside the change (陈志强副理事长也来了, t52a F6), said back as not recorded. */
  | { kind: 'changed'; items: PendingItem[]; what: string; aside?: string }
  /** The change could mean more than one of the card's records: the member says which. */
  | { kind: 'which'; what: string }
  /** Read as a change, but nothing on the card fits it: said, the card unchanged. */
  | { kind: 'unfit'; text: string };

/** What cardCorrection needs beyond the text: today (YYYY-MM-DD, Shanghai) and the directory's reading of a name. */
export interface CardCorrectionContext extends PersonChangeContext {
  today: string;
  /** The one person a short phrase names (王强 · 李娟同志), or undefined. */
  personId(words: string): string | undefined;
  personName(id: string): string;
  /** The member correcting: with `superiorOf`, a changed person is read from their side (correctedPerson's personChanged). */
  senderId?: string;
  /** The departments a leader supervises (分管), in directory order: a 分管科室会议 put on a card is at them. */
  supervised?(leaderId: string): string[];
  /** A question waits (not a 确认 card): 第N条 is the message's own item N (messageEntryItems), as the question card shows it. */
  byEntry?: boolean;
  /** How senior someone is (seniorityIn: 3 党组书记 … 0), to tell which of two doers named together held the deed. */
  seniority?(id: string): number;
  /** The one department a short phrase names (财务科 · 教就部 · 维权部), or undefined; without it no department is read. */
  departmentId?(words: string): string | undefined;
  /** A department's name (教育就业部) for the change said back. */
  departmentName?(id: string): string;
}

/** 修改， · 更正： · 改一下: the member says a change follows. */
const EDIT_LEAD = /^(?:修改|更正|改一下)[,:;\s]*/;
/** 第二条 · 第2条的: one record of the card, by its number. */
const BY_INDEX = /^第([1-9]\d?)条(?:的|记录)?[,:;\s]*/;
/**
 * 和赵敏的 · 与王强那条 · 和冯雪是上周四 · 冯雪那条 (round 32a F5: only 和X的/和X那条 were read): the record(s) with that
 * person. Without 和 the name must point (那条 · 那次), and 和X alone must be followed by the value (是 · 应该 · 改).
 */
const BY_PERSON = /^(?:(?:和|与|跟|同)([^,;:。\s的]{2,8}?)(?:同志)?(?:的|那条|那一条|那次)(?:那条|那次|谈话)?|(?:和|与|跟|同)([^,;:。\s的]{2,8}?)(?:同志)?(?:谈话|谈的)?(?=是|应该|应为|改|不是)|([^,;:。\s的和与跟同第]{2,4}?)(?:同志)?(?:的那条|那条|那一条|的那次|那次))[,:;\s]*/;
/** 都 · 全部 · 全都 · 三条都 · 这几条都 · 每条都: every record of the card; the number said, when one is, is kept to check. */
const ALL_ITEMS = /^(?:(?:都|全部|全都|统统|所有的?(?:记录)?都?|每(?:一)?条都?)|(?:这|那)?(?:([两二三四五六七八九十]|[2-9])|几)(?:条|项|次)(?:记录)?(?:全|全部)?都)(?![不没])[,:;\s]*/;
const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** 日期错了， · 不对， before a record named by its person: kept in front of what follows it, as namedItems keeps it. */
const PERSON_LEAD = new RegExp(`^(?:${SAID_WRONG}|(?:日期|时间|类型|人数|参加人数|活动人|对象)(?:写|填|报|记|搞|弄)?(?:错了|不对|有误))[,;:\\s]+`);
/** 是11月20日 · 应该是周四 · 改为 · 日期是: the words before the right value. */
const SHOULD_BE = /^(?:日期|时间)?(?:应该?是|应为|改为|改成|改到|是)\s*/;
/** 不是周三，是周四 · 不是刘芳而是吴静. */
// Round 42 (t42a F10): a type's full name may be long (分管科室党风廉政建设工作会议, 14 characters): up to 20 each side.
const NOT_BUT = /^不是([^,;。\s]{1,16}?)[,;\s]*(?:而|应该|应)?是([^,;。!\s]{1,20}?)$/;
/** 是廉政教育，不是检查 · 应该是郑华，而不是我 (t30f §1.14: not understood): 不是X，是Y said the other way round. */
const BUT_NOT = /^(?:应该?是|应为|是)([^,;。\s]{1,20}?)[,;\s]*(?:而)?不是([^,;。!\s]{1,16}?)(?:的)?$/;
/** 活动人是郑华 · 组织者应为周涛 · 报送人改成周涛部长: who did it, labelled. */
const DOER_LABEL = /^(?:活动人|组织者|组织人|负责人|主持人|经办人|报送人|谈话人|主讲人)(?:应该?是|应为|改为|改成|换成|是)\s*([^,;。!\s]{2,10}?)(?:同志)?$/;
/**
 * 活动人错了，是何平 · 谈话人不对，应该是张伟 (round 31g F2, A07: read as the counterpart, and 「已按您的更正修改」 said of a
 * card left as it was): the doer's label said wrong, then who it is.
 */
const DOER_WRONG = /^(?:活动人|组织者|组织人|负责人|主持人|谈话人|主讲人)(?:错了|不对|有误|写错了|搞错了|弄错了)[,;:\s]*(?:应该?是|应为|改为|改成|换成|是)\s*(我|本人|[^,;。!\s]{2,10}?)(?:同志)?$/;
/** 是周涛部长报送的 · 是郑华谈的 · 应该是吴静组织的: who did it, said with the deed. */
const DOER_DEED = /^(?:是|应该是|应为)(?![和与跟同在于])([^,;。!\s]{1,10}?)(?:同志)?(?:报送|上报|提交|组织|开展|主持|召开|讲|谈|签|做|办|写|交|完成|搞|带队|带领|牵头)的$/;
/**
 * 检查的是我们中心自己的科室(，不是全机关各部门) · 查的是本部门的科室 · 被检查的是我们科室 (round 65, geh; t68a F2): the sender's own unit
 * was what the check covered. Only 我们/本/咱们 with a unit word; a department named is departmentsSaid's.
 */
const OWN_UNIT_CHECKED_SAID = /^(?:检查|查|被检查|检查对象)(?:的|了)?(?:是|的是)?(?:我们|我|本|咱们)(?:中心|部门|部里|部|科室|科|单位)(?:自己|自身|内部)?的?(?:各)?(?:科室|部门|处室)?(?:[,;]?\s*(?:不是|并不是|而不是|没有)[^,;]{1,16})?$/;
/** 不对， · 错了， · 说错了： before what the change is. */
const OPENING_LEAD = new RegExp(`^${SAID_WRONG}[,;:\\s]+`);
/** 看的 · 谈的 · 开的: the deed's verb between a day and the noun naming the record (是12月2日看的片子). */
const DEED_VERB = '(?:看|放|观看|谈|开|召开|讲|签|学|学习|查|检查)的';
/** 是12月2日看的片子 · 应该是前天开的会: a day, then the record named by its noun. */
const NOUN_LAST = new RegExp(`^(?:应该?是|应为|是)?(.{1,12}?)${DEED_VERB}(${RECORD_NOUN})$`);
/** 片子是12月2日看的 · 谈话应该是前天 · 看片子那天是周二: the record named by its noun, then its day. */
const NOUN_FIRST = new RegExp(`^(?:看|开|谈)?(${RECORD_NOUN.split('|').filter((n) => n.length > 1).join('|')})(?:那条|那次|那天|的日期|的时间|的)?(?:应该?是|应为|改为|改成|是|在)(.{1,12}?)(?:${DEED_VERB}|的)?$`);

const CN_INDEX: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/** A day written alone (11月20日 · 前天 · 上周四), as a date; undefined when the words are more than a day. */
function wholeDay(words: string, today: string): string | undefined {
  const digits = arabicizeNumerals(words);
  const day = parseDay(digits, today);
  const left = day.text ? digits.replace(day.text, '').replace(/[上下]午|晚上|[。.!\s]|才对|吧|的|[谈开签讲做办]的/g, '') : digits;
  return day.date !== undefined && left.length === 0 ? day.date : undefined;
}

/**
 * The day `words` names for a record now on `date`: a bare weekday (周四) is in that record's own week (a card of 上周三
 * corrected to 周四 means 上周四, not this week's); anything else as written. Undefined when `words` is no day.
 */
function dayFor(words: string, date: string | undefined, today: string): string | undefined {
  const inWeek = date !== undefined ? weekdayOfRecordWeek(words, date) : undefined;
  return inWeek ?? wholeDay(words, today);
}

/** Whether `words` (a day said wrong: 周三 · 11月19日 · 19日) names `date`. */
function namesDay(words: string, date: string | undefined, today: string): boolean {
  if (date === undefined) return false;
  const weekday = bareWeekdayIs(words, date);
  if (weekday !== undefined) return weekday;
  const said = wholeDay(words, today);
  if (said !== undefined && said === date) return true;
  // 19日 · 19号: the day of the month alone.
  const dom = /^(\d{1,2})[日号]$/.exec(arabicizeNumerals(words));
  return dom !== null && Number(dom[1]) === Number(date.slice(8, 10));
}

function withDay(item: PendingItem, date: string, today: string): PendingItem {
  const problems = item.problems.filter((p) => p.code !== 'missing_date' && p.code !== 'future_date');
  return { ...item, problems, draft: { ...item.draft, date, late: date < periodOf('quarter', today).start } };
}

/** Indexes of `items` a selector at the start of `rest` names (第二条 · 和赵敏的), the rest after it; all when none. */
function selected(rest: string, items: PendingItem[], ctx: CardCorrectionContext): { at: number[]; rest: string; named: boolean; every?: true } | { unfit: string; rest: string } {
  // 第3、4条 · 后两条 · 警示教育那条 · 活动人错了，第3条… (round 31g F1/F4/F7): several records, or one after 不对.
  // While a question waits on a numbered message (byEntry), the numbers are the member's own (l1 left only 第N条 read so).
  const named = namedItems(rest, items, ctx.byEntry);
  if (named && 'beyond' in named) {
    const said = ctx.byEntry ? `这条消息里的是第${entryNumbers(items).join('、')}条，没有第${named.beyond}条，没有改动。` : `卡片上只有 ${named.count} 条记录，没有第${named.beyond}条，没有改动。`;
    return { unfit: said, rest: named.rest };
  }
  if (named) return { at: named.at, rest: named.rest, named: true };
  const byIndex = BY_INDEX.exec(rest.replace(/^第([一二三四五六七八九十])条/, (_, c: string) => `第${CN_INDEX[c]}条`));
  if (byIndex) {
    const n = Number(byIndex[1]);
    const after = rest.replace(/^第[一二三四五六七八九十\d]+条(?:的|记录)?[,:;\s]*/, '');
    if (ctx.byEntry) {
      const at = messageEntryItems(items, n);
      if (at.length === 0) return { unfit: `这条消息里的是第${entryNumbers(items).join('、')}条，没有第${n}条，没有改动。`, rest: after };
      return { at, rest: after, named: true };
    }
    if (n > items.length) return { unfit: `卡片上只有 ${items.length} 条记录，没有第${n}条，没有改动。`, rest: after };
    return { at: [n - 1], rest: after, named: true };
  }
  const lead = PERSON_LEAD.exec(rest)?.[0] ?? '';
  const byPerson = BY_PERSON.exec(rest.slice(lead.length));
  const name = byPerson ? (byPerson[1] ?? byPerson[2] ?? byPerson[3])! : undefined;
  const id = name === undefined ? undefined : ctx.personId(name);
  // 警示教育那条 fitting no record is no person: left to the readings below, as before.
  if (byPerson && (id !== undefined || byPerson[3] === undefined)) {
    const after = lead + rest.slice(lead.length + byPerson[0].length);
    if (id === undefined) return { unfit: `没有在通讯录里找到「${name}」，卡片没有改动。`, rest: after };
    const at = items.flatMap((item, i) => (item.draft.counterpartIds.includes(id) || item.draft.actorId === id ? [i] : []));
    if (at.length === 0) return { unfit: `卡片上没有和${ctx.personName(id)}的记录，没有改动。`, rest: after };
    return { at, rest: after, named: true };
  }
  // 都改成廉政谈话 · 三条都是上周四 · 全部改为谈心谈话 (round 32a F7: 没看懂): every record, named so; a count that is not the card's is said.
  const all = ALL_ITEMS.exec(rest.slice(lead.length));
  if (all) {
    const after = lead + rest.slice(lead.length + all[0].length);
    const n = all[1] === undefined ? items.length : (CN_COUNT[all[1]] ?? Number(all[1]));
    if (n !== items.length) return { unfit: `卡片上是 ${items.length} 条记录，不是${all[1]}条，没有改动。`, rest: after };
    return { at: items.map((_, i) => i), rest: after, named: true, every: true };
  }
  return { at: items.map((_, i) => i), rest, named: false };
}

/**
 * Whether `text` names a record by someone in the directory, after 不对，/日期错了， if any (和冯雪那条 · 和冯雪是… · 冯雪那条),
 * and says something after it: a correction of that record, never an answer to the question asked (round 32a F5).
 */
export function namesRecordByPerson(text: string, ctx: CardCorrectionContext): boolean {
  const t = normalizeText(text).trim().replace(/[。.!！]+$/, '');
  const lead = PERSON_LEAD.exec(t)?.[0] ?? '';
  const m = BY_PERSON.exec(t.slice(lead.length));
  if (!m || t.length === lead.length + m[0].length) return false;
  return ctx.personId((m[1] ?? m[2] ?? m[3])!) !== undefined;
}

/** `items` with a day put on the records at `at` (each by dayFor), or why not; `every`: the member said all of them (都是…). */
function moveDay(items: PendingItem[], at: number[], words: string, ctx: CardCorrectionContext, every = false): CardCorrection {
  const days = at.map((i) => dayFor(words, items[i]!.draft.date, ctx.today));
  if (days.some((d) => d === undefined)) return { kind: 'unfit', text: `没能把「${words}」读成一个日期，卡片没有改动。` };
  if (days.some((d) => d! > ctx.today)) return { kind: 'unfit', text: `「${words}」还没到，做过的事不会在这一天，卡片没有改动。` };
  // Different days on the records it could mean, and nothing said which: asked, never guessed.
  if (!every && at.length > 1 && new Set(at.map((i) => items[i]!.draft.date)).size > 1) return { kind: 'which', what: `日期改为「${words}」` };
  const changed = items.map((item, i) => (at.includes(i) ? withDay(item, days[at.indexOf(i)]!, ctx.today) : item));
  return { kind: 'changed', items: changed, what: `日期改为 ${[...new Set(days)].join('、')}` };
}

/**
 * A day for the record(s) `said` names by their noun (是12月2日看的片子 · 谈话是前天: typeFamily's nounFits), moved as
 * moveDay does (asked when they are on different days); said when no record is of that noun; undefined when `said` is
 * not such words or names no day.
 */
function nounDay(said: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const last = NOUN_LAST.exec(said);
  const first = last ? undefined : NOUN_FIRST.exec(said);
  const [noun, day] = last ? [last[2]!, last[1]!] : first ? [first[1]!, first[2]!] : [];
  if (noun === undefined || day === undefined) return undefined;
  if (!BARE_WEEKDAY.test(day) && wholeDay(day, ctx.today) === undefined) return undefined;
  const at = items.flatMap((item, i) => (nounFits(noun, item.draft.type) ? [i] : []));
  if (at.length === 0) return { kind: 'unfit', text: `卡片上没有「${noun}」这一条，卡片没有改动。` };
  return moveDay(items, at, day, ctx);
}

/** 不是X，是Y on the records at `at`: a day, a person or a type put in place of another. */
function replaceWord(items: PendingItem[], at: number[], from: string, to: string, ctx: CardCorrectionContext): CardCorrection {
  const onDay = at.filter((i) => namesDay(from, items[i]!.draft.date, ctx.today));
  if (onDay.length > 0) return moveDay(items, onDay, to, ctx);
  const fromId = ctx.personId(from);
  const toId = ctx.personId(to);
  if (fromId !== undefined && toId !== undefined) {
    const fits = at.filter((i) => items[i]!.draft.counterpartIds.includes(fromId) || items[i]!.draft.actorId === fromId);
    if (fits.length === 0) return { kind: 'unfit', text: `卡片上没有「${from}」，没有改动。` };
    let above = false;
    const changed = items.map((item, i) => {
      if (!fits.includes(i)) return item;
      const d = item.draft;
      // The member's talk or signing with the person replaced: read as the first message would (held from above, round 35).
      if (ctx.superiorOf && isSendersPair(d, fromId, ctx) && toId !== ctx.senderId) {
        const turned = personChanged(d, toId, ctx);
        above ||= turned.above;
        return { ...item, draft: turned.draft };
      }
      const draft = d.counterpartIds.includes(fromId) ? { ...d, counterpartIds: d.counterpartIds.map((x) => (x === fromId ? toId : x)) } : { ...d, actorId: toId };
      return { ...item, draft };
    });
    const held = above ? `，${heldFromAbove(ctx.personName(toId), changed[fits[0]!]!.draft.type)}` : '';
    return { kind: 'changed', items: changed, what: `「${ctx.personName(fromId)}」改为「${ctx.personName(toId)}」${held}` };
  }
  const wrongKind = parseKind(from).kind;
  const rightKind = parseKind(to).kind;
  // 第3条不是检查，是廉政教育 (t30f §1.14): 检查 alone names no one kind; on the one record named, the kind said is put.
  if (!wrongKind && rightKind && at.length === 1 && parseKind(to).rest.replace(/[\s\u0000]/g, '').length === 0) return setType(items, at, rightKind.code, ctx);
  if (wrongKind && rightKind) {
    const fits = at.filter((i) => items[i]!.draft.type === wrongKind.code);
    if (fits.length === 0) return { kind: 'unfit', text: `卡片上没有${activityTypeName(wrongKind.code)}，没有改动。` };
    return setType(items, fits, rightKind.code, ctx);
  }
  if (wholeDay(from, ctx.today) !== undefined || BARE_WEEKDAY.test(from)) return { kind: 'unfit', text: `卡片上没有「${from}」的记录，没有改动。` };
  return { kind: 'unfit', text: `没有在通讯录或活动类型里找到「${from}」「${to}」，卡片没有改动。` };
}

/**
 * The records at `at` of `type`; a 分管科室会议 placed at its doer's supervised departments (asSupervisedMeeting), or said
 * when its doer supervises none (the card unchanged: a first reading asks whose such a meeting was).
 */
function setType(items: PendingItem[], at: number[], type: ActivityTypeCode, ctx: CardCorrectionContext): CardCorrection {
  const drafts = at.map((i) => {
    // A 分管科室会议's departments attended it: another kind takes none of them (round 36).
    // A meeting the message placed (中心12月3日的…会议) but read with no department: a retype to a 分管科室会议 keeps the
    // departments the message named, those the doer supervises (round 42, t42a F10: was every one they supervise).
    const said = type === 'meeting_dept' ? items[i]!.placesSaid : undefined;
    const was = said !== undefined && items[i]!.draft.departmentId === undefined ? { ...items[i]!.draft, departmentId: said[0]!, ...(said.length > 1 ? { departmentIds: said } : {}) } : items[i]!.draft;
    const draft = meetingPlacesDropped(was.type, type) ? withoutPlaces({ ...was, type }) : { ...was, type };
    // Whose it was still asked (a question waits on it): placed by no one yet, the question goes on as before.
    const doerAsked = items[i]!.problems.some((p) => p.code === 'missing_actor');
    return type === 'meeting_dept' && ctx.supervised && !doerAsked && items[i]!.draft.type !== 'meeting_dept' ? asSupervisedMeeting(draft, ctx.senderId, ctx.supervised) : draft;
  });
  const lone = drafts.findIndex((d) => d === 'unsupervised');
  if (lone >= 0) {
    const doer = items[at[lone]!]!.draft.actorId;
    const who = doer === undefined || doer === ctx.senderId ? '您' : ctx.personName(doer);
    const n = at.length > 1 || items.length > 1 ? at[lone]! + 1 : 1;
    return { kind: 'unfit', text: `${activityTypeName(type)}是分管领导召开的，${who}没有分管的科室，卡片没有改动。是哪位领导召开的？请说「第${n}条活动人是某某」，再说类型。` };
  }
  const changed = items.map((item, i) => (at.includes(i) ? { ...item, draft: drafts[at.indexOf(i)] as PendingItem['draft'] } : item));
  return { kind: 'changed', items: changed, what: `类型改为${activityTypeName(type)}` };
}

/**
 * A kind said with no record named (不对，是谈心谈话) on the records at `at`: on a card of several, only the records it can
 * be about take it — those of its family (typeFamily: a talk for a talk, never a film for a talk) not of that kind
 * already, or of no kind yet (round 30g §8: the 警示教育 film became a 谈心谈话 with the talk). Records of different kinds
 * it could mean, or none, are asked (which); a card of one record, or a record named (`named`), takes it as said.
 */
function kindChanged(items: PendingItem[], at: number[], named: boolean, type: ActivityTypeCode, ctx: CardCorrectionContext): CardCorrection {
  if (named || at.length <= 1) return setType(items, at, type, ctx);
  const family = typeFamily(type);
  const fits = at.filter((i) => {
    const was = items[i]!.draft.type;
    return was === undefined || (was !== type && typeFamily(was) === family);
  });
  const what = `类型改为${activityTypeName(type)}`;
  if (fits.length === 0 && at.some((i) => items[i]!.draft.type === type)) {
    return { kind: 'unfit', text: `卡片上已是${activityTypeName(type)}的不用改，其余各条不是同一类活动，卡片没有改动；要改某一条请说是第几条，如「第2条是${activityTypeName(type)}」。` };
  }
  // Fitting records of one kind (分别与两人廉政谈话, all to 谈心谈话) change together, as one day said moves a card's one day.
  if (fits.length === 0 || new Set(fits.map((i) => items[i]!.draft.type)).size > 1) return { kind: 'which', what };
  return setType(items, fits, type, ctx);
}

/** 人数是7人 · 片名是《围猎》 on a card: the one record that has such a field (a talk or a signing has neither). */
function setField(items: PendingItem[], at: number[], field: { attendees: number } | { title: string }, what: string, named = false): CardCorrection {
  const held = at.filter((i) => {
    const type = items[i]!.draft.type;
    return type === undefined || (!isTalkType(type) && type !== 'pledge_sign');
  });
  const fieldName = 'title' in field ? '题目' : '参加人数';
  if (held.length === 0) return { kind: 'unfit', text: `卡片上的记录是谈话或签订责任书，没有${fieldName}，卡片没有改动。` };
  // Records the member named (第2、3条人数是29人) each take it; one of them a talk is said, never half done.
  const without = at.find((i) => !held.includes(i));
  if (named && without !== undefined) return { kind: 'unfit', text: `第${without + 1}条是谈话或签订责任书，没有${fieldName}，卡片没有改动。` };
  if (held.length > 1 && !named) return { kind: 'which', what };
  const changed = items.map((item, i) => (held.includes(i) ? { ...item, draft: { ...item.draft, ...field } } : item));
  return { kind: 'changed', items: changed, what };
}

/**
 * `rest` after a record named without the words owning it wrong (不对， · 日期错了，): they say no value (round 32a F5:
 * 「日期错了，和冯雪那条是上周四」 was read as no change).
 */
function withoutOwnedWrong(rest: string): string {
  return rest.trim().replace(OPENING_LEAD, '').replace(/^(?:日期|时间|类型)(?:写|填|报|记|搞|弄)?(?:错了|不对|有误)[,;:\s]+/, '');
}

/** Whether `rest` (after 第N条 / 和某某的) gives a new value: 不是X，是Y, a day, or a type alone. */
function changeWords(rest: string, today: string): boolean {
  if (NOT_BUT.test(rest) || namedFieldWords(rest) !== undefined) return true;
  const value = rest.replace(SHOULD_BE, '');
  if (BARE_WEEKDAY.test(value) || wholeDay(value, today) !== undefined) return true;
  const kind = parseKind(value);
  return kind.kind !== undefined && kind.rest.replace(/[\s\u0000]/g, '').length === 0;
}

/**
 * The change `text` asks of a waiting 确认 card's `items`, or undefined when `text` is no change of them. Reads a
 * record named by number (第二条) or person (和赵敏的), or none (then all, when they agree), and a day (a bare weekday
 * in the record's own week), a person or a type put in place of another (不是X，是Y), or a right value alone after 修改
 * or a selector (修改：第二条是11月11日), or a bare day (11月11日: the card's one day moved).
 */
export function cardCorrection(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  const said = cardCorrectionAsSaid(text, items, ctx);
  if (said !== undefined) return said;
  // 刚才那个会议题不对，应该是… · 部门没写上，是康复中心的 (round 67, gga; t69b Part B: 「没能把这条回复读成…」): loose words,
  // put as the field change they mean, when as written they are no change.
  // A bare 对象/活动人 change (对象错了,是我 → 对象改成我) is the card readers' own, in every form: put loosely it lost their refusal
  // of a field the record has not (the merge of round 67: 「第2条 活动人 是 冯雪 对象 是 我」 on a check made 刘洋 its doer).
  // A meeting named before its 议题 (上周三那个会议题不对…) is a stored record's naming: on a card, the card's meeting, as before.
  const loose = looseFieldWords(normalizeText(text))?.replace(/^.+?那条(?=议题改成)/, '刚才那条');
  return loose !== undefined && !/^(?:对象|活动人)改成/.test(loose) ? cardCorrectionAsSaid(loose, items, ctx) : undefined;
}

/** cardCorrection of `text` as written. */
function cardCorrectionAsSaid(text: string, items: PendingItem[], ctx: CardCorrectionContext): CardCorrection | undefined {
  if (items.length === 0) return undefined;
  const t = normalizeText(text).trim().replace(/[。.!！]+$/, '');
  const edit = EDIT_LEAD.exec(t);
  const unpointed = edit ? t.slice(edit[0].length) : t;
  // 最后一条人数是15人: on a card the last of its records (namedItems), not the latest stored record LATEST points at.
  const body = (/^最后(?:一|那|两|二|[2-9])(?:条|项)/.test(unpointed) ? unpointed : unpointed.replace(LATEST, '')).replace(/^(?:那条|这条|卡片上的?)[,;\s]*/, '');
  const sel = selected(body, items, ctx);
  // Said only when what follows reads as a new value (第三条是11月21日); 「第三条是计划，还没做」 is another answer.
  // 第5项也是财务科的 on a card of two (round 53, fkcc; was 「这条消息没有记录」): a department said is a new value too.
  if ('unfit' in sel) return changeWords(withoutOwnedWrong(sel.rest), ctx.today) || placeSaid(sel.rest, ctx) ? { kind: 'unfit', text: sel.unfit } : undefined;
  // 不对，第2条是11月11日: the 不对 before the record named owns it wrong and says no value.
  const said = sel.named ? withoutOwnedWrong(sel.rest) : sel.rest.trim();
  // 不对，是12月2日看的片子 · 谈话是前天 (round 30g §11: 没看懂): the record named by what it was, its day moved.
  const byNoun = sel.named ? undefined : nounDay(said.replace(OPENING_LEAD, ''), items, ctx);
  if (byNoun) return byNoun;
  // 第2条人数不对，是29人 · 第3、4条是我参加的，应该记在我名下 (round 31g F1/F4/F7: 「这条消息没有记录」): the named records'
  // head count or doer, every one of them.
  const field = sel.named ? namedFieldWords(said) : undefined;
  if (field?.kind === 'doer') return doerChanged(items, sel.at, field.words, ctx, true);
  if (field?.kind === 'count') return setField(items, sel.at, { attendees: field.to }, `${itemsLabel(sel.at)}人数改为${field.to}人`, true);
  // 第3条题目改为X · 修改：题目删掉 · 第3条没有题目 (round 34a, A24: not understood, the wrong title stored at 确认).
  // 题目改成无 · 没有片名 不是我也 with no record named (t50a F7: 「这条消息没有记录」): the card's one titled record, or which.
  // 议题改成研究…和部署明年… (t52a F5: read as a plan for its 明年): a meeting's agenda, before a title is looked for.
  const agenda = cardAgendaWords(sel.named || edit ? said : said.replace(OPENING_LEAD, ''));
  const agendaChanged = agenda === undefined ? undefined : agendaPut(items, sel.at, sel.named, agenda);
  if (agendaChanged !== undefined) return agendaChanged;
  const titleWords = cardTitleWords(sel.named || edit ? said : said.replace(OPENING_LEAD, ''));
  if (titleWords !== undefined) {
    if ('removed' in titleWords) return withoutTitle(items, sel.at, sel.named);
    // 题目改成传达市纪委全会精神 on a meeting's card (round 67, gga; t69b Part B: 《…》 put beside the 议题): its agenda.
    const meetingAgenda = isMeetingAgendaNote(titleWords.to) && sel.at.every((i) => AGENDA_TYPES.has(items[i]!.draft.type ?? '')) ? agendaPut(items, sel.at, sel.named, titleWords.to) : undefined;
    if (meetingAgenda !== undefined) return meetingAgenda;
    return setField(items, sel.at, { title: titleWords.to }, `${sel.named ? itemsLabel(sel.at) : ''}题目改为《${titleWords.to}》`, sel.named);
  }
  // 不对 检查的是我们中心自己的科室，不是全机关各部门 (round 65, geh; t68a F2: refused, 「没有找到「我们中心自己的科室」」): the
  // sender's own unit is the one checked, set as a department said would be.
  const ownChecked = ctx.senderId === undefined ? undefined : OWN_UNIT_CHECKED_SAID.test(said.replace(OPENING_LEAD, '')) ? ctx.departmentOf?.(ctx.senderId) : undefined;
  if (ownChecked !== undefined) {
    const checks = sel.at.filter((i) => items[i]!.draft.type?.startsWith('inspect_') === true);
    if (checks.length === 1) return fieldChange(items, checks[0]!, { field: 'departments', to: [ownChecked] }, ctx);
  }
  // 第1条是教育就业部、维权部两个部门 · 第1条部门改为财务科 (round 39, t38a F9(c)): the record's departments, through
  // fieldChange as any other field.
  const places = sel.named || edit || /^(?:部门|科室|所在|会议所在|会议部门|检查|被检查)/.test(said) ? (ctx.departmentId === undefined ? undefined : departmentsSaid(said, sel.named, ctx.departmentId)) : undefined;
  if (places !== undefined) {
    if ('unknown' in places) return { kind: 'unfit', text: `没有找到「${places.unknown}」这个部门，卡片没有改动。` };
    if (places.count !== undefined && places.count !== places.ids.length) return { kind: 'unfit', text: `说的是${places.count}个部门，列出的是${places.ids.length}个，卡片没有改动；请列出每个部门，如「第1条是财务科、办公室」。` };
    // Several named (第1、2条都是财务科): each of them; none named: the card's one record that has departments, else which.
    if (sel.named && sel.at.length > 1) return placesPut(items, sel.at, places.ids, ctx);
    const held = sel.at.filter((i) => !pairwiseType(items[i]!.draft.type));
    if (sel.at.length > 1 && held.length !== 1) return { kind: 'which', what: `部门改为${places.ids.map((id) => ctx.departmentName?.(id) ?? id).join('、')}` };
    return fieldChange(items, held.length === 1 ? held[0]! : sel.at[0]!, { field: 'departments', to: places.ids }, ctx);
  }
  // 部门只有教育就业部，没有维权部 · 去掉维权部 · 维权部不对 (round 47, t49b F4: 「没看懂」, the card kept): a department taken off.
  const narrowed = ctx.departmentId === undefined ? undefined : departmentsNarrowed(said.replace(OPENING_LEAD, ''), ctx.departmentId);
  if (narrowed !== undefined) return narrowedPlacesPut(items, sel.at, sel.named, narrowed, ctx);
  // 是周涛部长报送的，不是我 · 是廉政教育，不是检查: read as 不是X，是Y; a doer said with the deed is read below.
  const butNot = BUT_NOT.exec(said);
  const deed = butNot ? DOER_DEED.exec(`是${butNot[1]}`) : DOER_DEED.exec(said);
  // 是上周谈的 · 是11月20日签的 name a day, not a doer: a deed form counts only when its words name someone.
  const doer = DOER_LABEL.exec(said) ?? (deed && ctx.personId(deed[1]!) !== undefined ? deed : null);
  if (doer && sel.named) return doerChanged(items, sel.at, doer[1]!, ctx, true);
  // No record named: the card's one record, or which one is asked (never the counterpart changed in its place).
  const doerWrong = DOER_WRONG.exec(said);
  if (doerWrong) return doerChanged(items, sel.at, doerWrong[1]!, ctx, sel.named);
  // 不是我，是赵敏书记和何主任来检查的: the senior of the two (the first when equal), as 「X和Y一起来检查」 is read.
  const two = twoDoersWords(said);
  if (two) {
    const ids = two.map((w) => ctx.personId(w));
    if (ids[0] === undefined || ids[1] === undefined) return { kind: 'unfit', text: `没有在通讯录里找到「${two[ids[0] === undefined ? 0 : 1]}」，卡片没有改动。` };
    const rank = (id: string) => ctx.seniority?.(id) ?? 0;
    return doerChanged(items, sel.at, ctx.personName(rank(ids[1]) > rank(ids[0]) ? ids[1] : ids[0]), ctx, sel.named);
  }
  const rest = butNot ? `不是${butNot[2]},是${butNot[1]}` : said;
  const notBut = NOT_BUT.exec(rest);
  if (notBut) return replaceWord(items, sel.at, notBut[1]!, notBut[2]!, ctx);
  // 修改：第二条是11月11日 · 和赵敏的是11月20日 · 11月11日 (the card's one day).
  if (edit || sel.named || rest === t) {
    const value = rest.replace(SHOULD_BE, '');
    const isDay = BARE_WEEKDAY.test(value) || wholeDay(value, ctx.today) !== undefined;
    if (isDay && (sel.named || edit || SHOULD_BE.test(rest) || value === t)) return moveDay(items, sel.at, value, ctx, sel.every);
    const kind = SHOULD_BE.test(rest) || sel.named ? parseKind(value) : undefined;
    if (kind?.kind && kind.rest.replace(/[\s\u0000]/g, '').length === 0) return kindChanged(items, sel.at, sel.named, kind.kind.code, ctx);
  }
  // 不对，是前天 · 日期错了，应该是11月19日 · 不对，是廉政谈话: what a correction of the latest record reads.
  const c = correctionInWords(t, ctx.today);
  if (!c) return undefined;
  if (c.kind === 'day') return moveDay(items, sel.at, c.said, ctx, sel.every);
  if (c.kind === 'type') return kindChanged(items, sel.at, sel.named, c.to, ctx);
  if (c.kind === 'word') return replaceWord(items, sel.at, c.from, c.to, ctx);
  if (c.kind === 'count') return setField(items, sel.at, { attendees: c.to }, `参加人数改为${c.to}人`);
  if (c.kind === 'title') return c.to === '' ? withoutTitle(items, sel.at, sel.named) : setField(items, sel.at, { title: c.to }, `题目改为《${c.to}》`);
  // 地点在三楼会议室 while a card waits: no field for it, said so (t24 F).
  if (c.kind === 'unkept') return { kind: 'unfit', text: `台账不记${c.field}，卡片没有改动。` };
  if (c.kind === 'person') {
    const toId = ctx.personId(c.to);
    const one = sel.at.filter((i) => items[i]!.draft.counterpartIds.length === 1);
    if (toId === undefined) return { kind: 'unfit', text: `没有在通讯录里找到「${c.to}」，卡片没有改动。` };
    // 不对，是王强 on a card of a 警示教育 or a check, where no one is talked to (round 29 q: 「卡片上有几条记录都可能…」 for a
    // card of one): the person is who did it, when the records it could mean have one doer between them.
    const doerOnly = sel.at.length > 0 && sel.at.every((i) => items[i]!.draft.counterpartIds.length === 0);
    // 第3条不对，是和赵磊签的承诺书 · 第3条对象是赵磊 on a signing or talk that names no one yet (round 36 F10: 赵磊 made its
    // doer): the person said with 和/与/对象 is the other party; 是赵磊签的 (no 和) still names the doer.
    const pairwise = (i: number) => items[i]!.draft.type !== undefined && (isTalkType(items[i]!.draft.type!) || items[i]!.draft.type === 'pledge_sign');
    // 第2条对象是李明 from 李明 on 王建国's signing (round 38, fkg F5: refused 「是您本人」): the sender may be the other party
    // of a record someone else holds; only their own record cannot have them on both sides.
    const heldByOther = (i: number) => items[i]!.draft.actorId !== undefined && items[i]!.draft.actorId !== ctx.senderId;
    if (doerOnly && c.role === 'counterpart' && sel.at.every(pairwise)) {
      if (toId === ctx.senderId && !(sel.at.length === 1 && heldByOther(sel.at[0]!))) return { kind: 'unfit', text: `「${c.to}」是您本人；要改对象请写对方的姓名，要改活动人请说「第N条是某某谈的」。卡片没有改动。` };
      if (sel.at.length !== 1) return { kind: 'which', what: `对象改为「${ctx.personName(toId)}」` };
      const at = sel.at[0]!;
      if (items[at]!.draft.actorId === toId) return { kind: 'unfit', text: `${ctx.personName(toId)}是这条记录的活动人，不能同时是对象，卡片没有改动。` };
      const { draft, above } = personChanged(items[at]!.draft, toId, ctx);
      const name = ctx.personName(toId);
      return { kind: 'changed', items: items.map((item, i) => (i === at ? { ...item, draft } : item)), what: `对象改为「${name}」${above ? `，${heldFromAbove(name, draft.type)}` : ''}` };
    }
    if (doerOnly && new Set(sel.at.map((i) => items[i]!.draft.actorId ?? ctx.senderId)).size === 1) {
      const changed = items.map((item, i) => (sel.at.includes(i) ? { ...item, draft: withDoer(item.draft, toId, ctx.senderId) } : item));
      return { kind: 'changed', items: changed, what: `活动人改为「${ctx.personName(toId)}」` };
    }
    // The sender named as the other party of their own talk: no talk of one person; said, not guessed.
    if (toId === ctx.senderId && !(one.length === 1 && heldByOther(one[0]!))) return { kind: 'unfit', text: `「${c.to}」是您本人；要改谈话对象请写对方的姓名，要改活动人请说「第N条是某某谈的」。卡片没有改动。` };
    if (one.length !== 1) return { kind: 'which', what: `对象改为「${ctx.personName(toId)}」` };
    return otherPartyPut(items, one[0]!, toId, ctx);
  }
  return { kind: 'unfit', text: '没能读出要改成什么，卡片没有改动。请一次改一项，如「第二条是11月11日」「不是周三，是周四」。' };
}

/**
 * 第2条活动人是郑华 · 第4条是周涛部长报送的 (t30f §1.14: not understood): the named record's doer put as `words` name,
 * the sender's own when it is them; said when `words` name no one, or are the other party of the talk.
 */
function doerChanged(items: PendingItem[], at: number[], words: string, ctx: CardCorrectionContext, several = false): CardCorrection {
  const toId = ctx.personId(words);
  if (toId === undefined) return { kind: 'unfit', text: `没有在通讯录里找到「${words}」，卡片没有改动。` };
  if (at.length !== 1 && !several) return { kind: 'which', what: `活动人改为「${ctx.personName(toId)}」` };
  return doerPut(items, at, toId, ctx, several);
}

/** The records at `at` done by `toId` (the sender's own when it is them); said when `toId` is the other party of one. */
function doerPut(items: PendingItem[], at: number[], toId: string, ctx: CardCorrectionContext, several: boolean): CardCorrection {
  const talkedTo = at.find((i) => items[i]!.draft.counterpartIds.includes(toId));
  if (talkedTo !== undefined) {
    const which = at.length > 1 ? `第${talkedTo + 1}条记录` : '这条记录';
    return { kind: 'unfit', text: `${ctx.personName(toId)}是${which}的谈话对象，不能同时是活动人，卡片没有改动。` };
  }
  const changed = items.map((x, i) => (at.includes(i) ? { ...x, draft: withDoer(x.draft, toId, ctx.senderId) } : x));
  return { kind: 'changed', items: changed, what: `${several ? itemsLabel(at) : ''}活动人改为「${ctx.personName(toId)}」` };
}

/** A talk or a signing: placed by the one it was with, never at departments said. */
/** 是财务科的 · 部门是财务科 · 部门改成财务科 after an item named: a department of the directory said as the item's value. */
const PLACE_SAID = /^(?:的)?(?:部门|科室)?(?:也)?(?:是|改成|改为|应该是|应为)([^,，;；。\s是的]{2,10})(?:的)?$/;
function placeSaid(rest: string, ctx: CardCorrectionContext): boolean {
  const m = PLACE_SAID.exec(rest.trim());
  return m !== null && ctx.departmentId?.(m[1]!) !== undefined;
}

const pairwiseType = (type: ActivityTypeCode | undefined): boolean => type !== undefined && (isTalkType(type) || type === 'pledge_sign');

/** The card's records put at the departments `narrowed` leaves them (placesNarrowed), each as fieldChange puts one. */
function narrowedPlacesPut(items: PendingItem[], at: number[], named: boolean, narrowed: DepartmentsNarrowed, ctx: CardCorrectionContext): CardCorrection {
  const name = (id: string) => ctx.departmentName?.(id) ?? id;
  const fit = placesNarrowed(items, at, named, narrowed, (i) => !pairwiseType(items[i]!.draft.type), name);
  if ('unfit' in fit) return { kind: 'unfit', text: fit.unfit };
  if ('which' in fit) return { kind: 'which', what: 'only' in narrowed ? `部门改为${narrowed.only.map(name).join('、')}` : `去掉${narrowed.drop.map(name).join('、')}` };
  let now = items;
  for (const [k, i] of fit.at.entries()) {
    const done = fieldChange(now, i, { field: 'departments', to: fit.to[k]! }, ctx);
    if (done.kind !== 'changed') return done;
    now = done.items;
  }
  const label = items.length > 1 ? itemsLabel(fit.at) : '';
  const same = fit.to.every((ids) => ids.join() === fit.to[0]!.join());
  return { kind: 'changed', items: now, what: same ? `${label}部门改为${fit.to[0]!.map(name).join('、')}` : `${label}去掉${'drop' in narrowed ? narrowed.drop.map(name).join('、') : ''}` };
}

/** Several records named (第1、2条都是财务科) each put at `ids`, as fieldChange puts one. */
function placesPut(items: PendingItem[], at: number[], ids: string[], ctx: CardCorrectionContext): CardCorrection {
  let now = items;
  for (const i of at) {
    const done = fieldChange(now, i, { field: 'departments', to: ids }, ctx);
    if (done.kind !== 'changed') return done;
    now = done.items;
  }
  return { kind: 'changed', items: now, what: `${itemsLabel(at)}部门改为${ids.map((id) => ctx.departmentName?.(id) ?? id).join('、')}` };
}

/** 第2条 · 第3、4条: the records at `at` (0-based) as the card numbers them. */
function itemsLabel(at: number[]): string {
  return `第${at.map((i) => i + 1).join('、')}条`;
}

/** `d` done by `toId`: the sender's own (no actorId) when `toId` is the sender, as a message without a doer reads. */
function withDoer(d: PendingItem['draft'], toId: string, senderId: string | undefined): PendingItem['draft'] {
  const { actorId: _old, ...rest } = d;
  return toId === senderId ? rest : { ...rest, actorId: toId };
}

/** The record at `at` with its other party `toId`, read as a first message would (personChanged: held from above). */
function otherPartyPut(items: PendingItem[], at: number, toId: string, ctx: CardCorrectionContext): CardCorrection {
  const { draft, above } = personChanged(items[at]!.draft, toId, ctx);
  const changed = items.map((item, i) => (i === at ? { ...item, draft } : item));
  const name = ctx.personName(toId);
  const held = above ? `，${heldFromAbove(name, draft.type)}` : '';
  return { kind: 'changed', items: changed, what: `对象改为「${name}」${held}` };
}

/**
 * One field of a record set to a value already known (a directory id, a YYYY-MM-DD day, a type code): the change a
 * correction in words makes once it has read the value, shared by the 修改 form of a waiting card (waitingFormChange),
 * so the form and the words give the same record for the same change. `to` undefined takes a title or head count off.
 */
export type FieldChange =
  | { field: 'type'; to: ActivityTypeCode }
  | { field: 'date'; to: string }
  | { field: 'doer'; to: string }
  | { field: 'counterpart'; to: string }
  | { field: 'title'; to?: string }
  | { field: 'attendees'; to?: number }
  /** The departments a record is at, in order (ids; the first is its departmentId): never a talk's or a signing's. */
  | { field: 'departments'; to: string[] }
  /** A talk or signing held by `doer` with `other` alone, both put at once (round 43, t42a F2: the form's swap refused). */
  | { field: 'sides'; doer: string; other: string };

/**
 * `items` with `change` made on the record at `at` (0-based), as cardCorrection makes it from words: a type by setType
 * (a 分管科室会议 at its doer's departments), a day with its 补录 recomputed (a day to come refused), a doer (never the
 * record's other party), the other party of a talk or signing turned round when above the member (personChanged), a
 * title or head count (never on a talk or signing). `what` names the record (第N条) when the card has several.
 */
export function fieldChange(items: PendingItem[], at: number, change: FieldChange, ctx: CardCorrectionContext): CardCorrection {
  const label = items.length > 1 ? itemsLabel([at]) : '';
  switch (change.field) {
    case 'type':
      return setType(items, [at], change.to, ctx);
    case 'date':
      if (change.to > ctx.today) return { kind: 'unfit', text: `${label || '这条记录'}的日期 ${change.to} 还没到，只能记录已经完成的活动，卡片没有改动。` };
      return { kind: 'changed', items: items.map((item, i) => (i === at ? withDay(item, change.to, ctx.today) : item)), what: `${label}日期改为 ${change.to}` };
    case 'doer':
      return doerPut(items, [at], change.to, ctx, items.length > 1);
    case 'counterpart':
      if (change.to === ctx.senderId && (items[at]!.draft.actorId === undefined || items[at]!.draft.actorId === ctx.senderId)) {
        return { kind: 'unfit', text: `${label || '这条记录'}的对象是您本人；要改对象请选对方，要改活动人请改「活动人」。卡片没有改动。` };
      }
      if (items[at]!.draft.actorId === change.to) return { kind: 'unfit', text: `${ctx.personName(change.to)}是${label || '这条记录'}的活动人，不能同时是对象，卡片没有改动。` };
      return otherPartyPut(items, at, change.to, ctx);
    case 'title':
      if (change.to === undefined) return withoutTitle(items, [at], items.length > 1);
      return setField(items, [at], { title: change.to }, `${label}题目改为《${change.to}》`, true);
    case 'departments': {
      // A talk or signing is at the department of the one it was with (the form has no department for it either).
      if (pairwiseType(items[at]!.draft.type)) return { kind: 'unfit', text: `${label || '这条记录'}是谈话或签订责任书，按对象所在部门记录，不能改部门，卡片没有改动。` };
      if (change.to.length === 0) return { kind: 'unfit', text: `${label || '这条记录'}没有说是哪个部门，卡片没有改动。` };
      const { departmentId: _one, departmentIds: _all, ...rest } = items[at]!.draft;
      const draft = { ...rest, departmentId: change.to[0]!, ...(change.to.length > 1 ? { departmentIds: [...change.to] } : {}) };
      const names = change.to.map((id) => ctx.departmentName?.(id) ?? id).join('、');
      return { kind: 'changed', items: items.map((item, i) => (i === at ? { ...item, draft } : item)), what: `${label}部门改为${names}` };
    }
    case 'sides': {
      // 活动人 and 对象 swapped on the 修改 form (t42a F2): put as chosen, neither refused for being the other side before.
      if (change.doer === change.other) return { kind: 'unfit', text: `${ctx.personName(change.doer)}不能同时是活动人和对象，卡片没有改动。` };
      const draft = withSides(items[at]!.draft, change.doer, change.other, ctx);
      return { kind: 'changed', items: items.map((item, i) => (i === at ? { ...item, draft } : item)), what: `${label}活动人改为「${ctx.personName(change.doer)}」，对象改为「${ctx.personName(change.other)}」` };
    }
    case 'attendees': {
      if (change.to !== undefined) return setField(items, [at], { attendees: change.to }, `${label}人数改为${change.to}人`, true);
      const { attendees: _gone, ...draft } = items[at]!.draft;
      return { kind: 'changed', items: items.map((item, i) => (i === at ? { ...item, draft } : item)), what: `${label}参加人数已去掉` };
    }
  }
}
