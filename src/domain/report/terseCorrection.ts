// 不对，是前天 · 是周四不是周三 · 人错了，是孙丽: a correction of the latest record that does not point at it (no 刚才那条).
import { dayTakenBack } from './correctedDay.js';
import { withOneOpening } from './correctionOpening.js';
import { countCorrection, type CountCorrection } from './countCorrection.js';
import { titleCorrection, type TitleCorrection } from './titleCorrection.js';
import { LATEST, latestCorrection, type LatestCorrection } from './latestCorrection.js';
import { parseDay } from './parseDay.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { terseTypeOrPerson, type TypeOrPersonCorrection } from './terseTypeOrPerson.js';
import { withoutDeedTail } from './deedTail.js';
import { addedField, type UnkeptField } from './addedField.js';
import { restatedCorrection, type RestatedCorrection } from './restatedCorrection.js';
import { ownedSlip, withoutApology } from './ownedSlip.js';
import { withDeicticDayDenied } from './deicticDayDenied.js';
import { fieldChange } from './fieldChange.js';
import { withoutFieldLabel } from './labelledCorrection.js';
import { withShortKindWhole } from './shortKindWord.js';

/** A correction in words; `terse` when it names no record (不对，是前天), so only a record just made is what it means. */
export type CorrectionInWords = (
  | LatestCorrection
  /** 人错了，是孙丽 · 对象错了，是孙丽: a person put in place of the record's one (talked to, or who did it). */
  | { kind: 'person'; role?: 'counterpart' | 'actor'; to: string }
  /** 不对，是廉政谈话 · 类型错了，是谈心谈话: the record's type. */
  | TypeOrPersonCorrection
  /** 刚才那条记错了，应该是…: a slip owned on the latest record whose right value is not one field read (`said`). */
  | { kind: 'unread'; said: string }
  /** 更正：人数是7人 · 参加的是12个人不是10个: the head-count. */
  | CountCorrection
  /** 更正：片名是《警钟长鸣》: the title. */
  | TitleCorrection
  /** 地点在三楼会议室: a field the ledger does not keep, added. */
  | UnkeptField
  /** 更正：昨天和王强进行的是谈心谈话，不是廉政谈话: a word of the restated deed (`about`) put right. */
  | RestatedCorrection
) & { terse: boolean };

/** 刚才那条 · 上一条: the words that point at the latest record (as latestCorrection's). */
const POINTER = /^(?:我)?(?:刚才|刚刚|上一条|上条|上一个|最后一条|最近一条)/;
/** 刚才那条 · 上一条, not the 刚才 of 刚才忘了说: an addition that points at a record is not bound to the terse window. */
const RECORD_POINTER = /^(?:我)?(?:刚才|刚刚)?[^,;。!?\s]{0,6}?(?:那一?条|上一?条|最后一条|最近一条)/;
/** 是周四不是周三 · 应该是周四，而不是周三: the right value first. */
const RIGHT_FIRST = /^(?:不对[,;\s]*)?(?:应该?是|是)([^,;。\s]{1,12}?)[,;\s]*而?不是([^,;。\s]{1,12}?)[。.!\s]*$/;
/** 廉政谈话，不是谈心谈话 · 周四而不是周三: the right value, then the wrong one, after an owned slip (实际是…). */
const OWNED_PAIR = /^([^,;。\s]{1,12}?)[,;\s]*而?不是([^,;。\s]{1,12}?)[。.!\s]*$/;
/** 不对，不是王强，是李娟 · 不是周三，是周四. */
const WRONG_FIRST = /^(?:不对|错了|说错了|写错了)?[,;\s]*(?=不是)/;
/** 人错了，是孙丽 · 谈话对象写错了，应该是孙丽 · 活动人不对，是张伟. */
const PERSON_WRONG = /^(?:谈话)?(对象|活动人|负责人|带队人|主讲人|人|名字|姓名)(?:写|填|报|记|搞|弄)?(?:错了?|有误|不对)[,;\s]*(?:应该?是|应为|改为|改成|是)\s*([^,;。!\s]{2,8}?)(?:同志)?[。.!\s]*$/;
/** 搞错了，对象是王强 · 写错了，对象应该是李娟 (round 18, H: 「…未记录」): the slip owned first, then the field and who. */
const SLIP_THEN_PERSON = /^(?:弄|搞|写|填|报|记|说)?错了[,;。\s]*(?:谈话)?(对象|活动人)(?:应该?是|应为|改为|改成|是)\s*([^,;。!\s]{2,8}?)(?:同志)?[。.!\s]*$/;

/**
 * 「刚才那条弄错了，应该是昨天」「搞错了，是昨天谈的」 (round 17, K6: 「…未记录」): a slip owned, then only a day (and the
 * verb it was done by). Without the word 日期 the day is still the one field a bare day can change.
 */
const SLIP_THEN_DAY = /^(?:(?:弄|搞|写|填|报|记|说)?错了|有误)[,;。\s]*(?:应该?是|应为|应当是|其实是|实际是|是)\s*(.+?)(?:[谈开签讲做办]的|的)?[。.!\s]*$/;

/**
 * 时间是3号 · 日期是11月3日 · 谈话时间其实是上周五 (round 52, fwd: 没看懂 right after a receipt): the day field stated with a bare
 * 是, terse (only within the window a record just made may be meant), as 日期应该是3号 already was.
 */
const DAY_STATED = /^(?:谈话|谈心|活动|学习|会议|检查|签订|签字)?(?:的)?(?:时间|日期)(?:其实|实际上?)?是\s*(.+?)(?:[谈开签讲做办查]的|的)?(?:吧|哈|啊)?[。.!\s]*$/;

/** A word that is a day on its own (周四, 25号, 前天), as a day correction; undefined otherwise. */
function asDay(words: string, today: string): string | undefined {
  const day = parseDay(arabicizeNumerals(words), today);
  return day.date !== undefined && day.date <= today && /^[\s\u0000]*$/.test(day.rest) ? day.date : undefined;
}

/**
 * The correction `text` asks of the sender's latest record: what latestCorrection reads (刚才那条…, 日期错了…), or a terse
 * one (不对，是前天 · 是周四不是周三 · 不是王强，是李娟 · 人错了，是孙丽), marked `terse`; a 「不是X，是Y」 whose Y is a day
 * is a day correction. Null when `text` is none. `today` is YYYY-MM-DD in Shanghai.
 */
export function correctionInWords(text: string, today: string): CorrectionInWords | null {
  // 维权部那次改成专项检查 (round 62, gbj; t65a B-F3: 「没有在通讯录里找到「专项检查」」): the short kind word read whole.
  const said = withDeicticDayDenied(withoutApology(withShortKindWhole(normalizeText(text).trim())));
  // Before the rest: 「不是10人，是12人」 would read as one word put in place of another (round 22 #34: 没看懂).
  const count = countCorrection(said);
  if (count) return { ...count, terse: !POINTER.test(said) };
  const title = titleCorrection(said);
  if (title) return { ...title, terse: !POINTER.test(said) };
  // 片名忘写了，叫《蜕变》 · 人数是15人，刚才漏了 · 地点在三楼会议室 (t24 F: 没看懂): a field added to the record just made.
  const added = addedField(said);
  if (added) return { ...added, terse: !RECORD_POINTER.test(said) };
  // 不对不对，是谈心 · 不是不是，是前天 · 更正：是王强: the opening said once (round 23 F4: a new report beside the wrong
  // record); first, as 「不是不是，是前天」 as written would put 前天 in place of a person called 不是.
  const opened = withOneOpening(said);
  const once = opened !== undefined ? correctionInWords(opened, today) : null;
  if (once && once.kind !== 'unread') return once;
  const read = correctionAsWritten(said, today);
  if (read && read.kind !== 'unread') return read;
  // 刚才那条补充一下，谈话时间是前天不是昨天 · 谈话对象是李娟不是王强 (t46a F6: 「没有…找到「昨天」「前天」」): the field named
  // before 是X不是Y only says which field; the value reads as the terse 是前天不是昨天 does.
  const labelled = withoutFieldLabel(said);
  const byLabel = labelled !== undefined ? correctionAsWritten(labelled, today) : null;
  if (byLabel && byLabel.kind !== 'unread') return { ...byLabel, terse: !POINTER.test(said) };
  // 更正：昨天和王强进行的是谈心谈话，不是廉政谈话 (t24 leftover: a new report beside the wrong record).
  const restated = restatedCorrection(said);
  if (restated) return { ...restated, terse: false };
  // 不对，是昨天谈的 · 应该是前天签的: the value read without the verb that closes it (round 20, fault 5).
  const bare = withoutDeedTail(said);
  return (bare !== said ? correctionAsWritten(bare, today) : null) ?? read;
}

/** correctionInWords of `t` (normalised, no apology) as it is written. */
function correctionAsWritten(t: string, today: string): CorrectionInWords | null {
  const dayOf = (c: LatestCorrection): LatestCorrection => {
    if (c.kind !== 'word') return c;
    const date = asDay(c.to, today);
    return date !== undefined && asDay(c.from, today) !== undefined ? { kind: 'day', date, said: c.to } : c;
  };
  const pointed = latestCorrection(t, today);
  if (pointed) return { ...dayOf(pointed), terse: !POINTER.test(t) };
  // 刚才那条记错了，应该是谈心谈话: the right value after a pointed slip, read as 「不对，是…」 is (a type or a person).
  const owned = ownedSlip(t);
  const ownedValue = owned !== undefined ? terseTypeOrPerson(`不对,是${owned}`) : null;
  if (ownedValue) return { ...ownedValue, terse: false };
  // 刚才那条报错了，实际是廉政谈话，不是谈心谈话 (round 67, after t70b FB2: 「没能读出要改成什么」): the right value and the wrong one
  // after the owned slip, read as 是X，不是Y is.
  const ownedPair = owned !== undefined ? OWNED_PAIR.exec(owned) : null;
  const ownedSwap = ownedPair ? latestCorrection(`刚才那条不是${ownedPair[2]}，是${ownedPair[1]}`, today) : null;
  if (ownedSwap) return { ...dayOf(ownedSwap), terse: false };
  const slip = SLIP_THEN_DAY.exec(t.replace(LATEST, ''));
  const slipDay = slip ? asDay(slip[1]!, today) : undefined;
  if (slip && slipDay !== undefined) return { kind: 'day', date: slipDay, said: slip[1]!, terse: !POINTER.test(t) };
  const stated = DAY_STATED.exec(t);
  const statedDay = stated ? asDay(stated[1]!, today) : undefined;
  if (statedDay !== undefined) return { kind: 'day', date: statedDay, said: stated![1]!, terse: true };
  const back = dayTakenBack(t, today);
  // 不对，是明天: a day to come corrects no deed done (as latestCorrection has it).
  if (back) return back.date <= today ? { kind: 'day', date: back.date, said: back.text, terse: true } : null;
  const right = RIGHT_FIRST.exec(t);
  const wrong = right ? null : WRONG_FIRST.exec(t);
  const swapped = right ? `刚才那条不是${right[2]}，是${right[1]}` : wrong ? `刚才那条${t.slice(wrong[0].length)}` : undefined;
  const c = swapped !== undefined ? latestCorrection(swapped, today) : null;
  if (c) return { ...dayOf(c), terse: true };
  // 修改 活动人改成王建国 · 日期改为11月20日 (round 32b F7): the field and its value, as the card's 修改 would take them.
  const field = fieldChange(t, today);
  if (field) return { ...field, terse: !POINTER.test(t) };
  const who = PERSON_WRONG.exec(t) ?? SLIP_THEN_PERSON.exec(t);
  if (!who) {
    const typeOrPerson = terseTypeOrPerson(t);
    if (typeOrPerson) return { ...typeOrPerson, terse: true };
    // 刚才那条记错了，应该是上周和王强谈的: still a correction, never a new report stored beside the wrong one (round 19).
    return owned !== undefined ? { kind: 'unread', said: owned, terse: false } : null;
  }
  // 谈话人错了 是赵敏 · 负责人错了 (round 65, gei; t68a B2: the counterpart changed): the doer's field names the doer.
  const role = who[1] === '对象' ? 'counterpart' : /^(?:活动人|负责人|带队人|主讲人)$/.test(who[1]!) || /^谈话人/.test(who[0]) ? 'actor' : undefined;
  return { kind: 'person', ...(role ? { role } : {}), to: who[2]!, terse: true };
}
