// 原定上周的廉政谈话推迟到昨天，和周涛谈的 · 和周涛的廉政谈话推迟到昨天了 · 原定上周和张颖的谈心谈话改到了周三 · 和张颖的廉政谈话
// 推迟到昨天谈了 (round 52, fwc, issue 10: not a report, the deed dropped without a word — 推迟 read as 「没有进行」 unless
// 进行了/召开了… followed the day): a deed put off to a day already gone by was held on that day. Written the way the reader
// already takes it (…推迟到昨天进行了, RESCHEDULED in parseReport puts the deed on that day), the day first meant taken out of
// the plan words (原定上周二 → 原定) so it is named as unmatched nowhere, and shown on a card saying it was read as held.
// 推迟到下周 · 改到明天 · 改到周三 · 改到周三了 (a day still ahead as easily as gone by) stay as they were: not held.
import { parseDay } from './parseDay.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** A day said outright, gone by or not (昨天 · 上周五 · 周三 · 11月26日 · 26号). */
const DAY = '(?:(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号]|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|昨天|前天|大前天)';
/**
 * Put off to a day: group 1 the verb (推迟到 · 改到了 · 延期至), 2 了 right after 到 (改到了周三), 3 the day, 4 what follows
 * it up to the clause's end (了 · 谈了 · 谈的 · nothing).
 */
const MOVED = new RegExp(
  `((?:顺延|推迟|延期|改期|延后|推后|调整|挪|改|推(?=到))(?:至|到|在))(了)?\\s*(${DAY})(?:上午|下午|晚上)?((?:才|又)?(?:谈了|谈的|签了|签的|开了|开的|查了|查的|搞的|(?:进行|召开|举行|开展|组织)的|了)?)(?=[\\s，,；;。！!]|$|(?:才|又)?(?:进行|举行|召开|开展|组织|完成)了)`,
);
/**
 * The clause of what was first meant (原定上周的… · 本来约了王强上周二谈心 · 原计划11月20日… · 约了王强上周二谈心 opening its
 * clause), up to the next stop.
 */
const MEANT = /(?:原定|原计划|原来定|原来|原本|本来|(?<![^，,；;。\s])(?=约(?!谈)))[^，,；;。\n]*/;
/**
 * 约了 · 约好了 in it (本来约了王强…谈心): the arranging, read by the gate as a talk not held (arrangesTalk) and so dropping the
 * clause; once the deed is said held on the later day, what is left is whom it was with (本来和王强谈心). 约了…和 keeps its 和.
 */
const ARRANGING = /约(?!谈)(?:好|定)?了?(?:(?=和|与|跟|同)|(?!我))/;
/** A day or span said in it (上周二 · 11月20日 · 上周的 · 11月中旬的), taken out: the deed was not held then. */
const MEANT_DAY = new RegExp(`(?:${DAY}|(?:上上|上|本|这)个?(?:周|星期|礼拜|月)|\\d{1,2}月(?:份|上旬|中旬|下旬|初|底)?)的?`, 'g');
/** 郑华因出差顺延至11月23日 · 冯雪推迟到…: a person's own put-off beside a deed told (rescheduledHeld's, or someone absent). */
const PERSON_MOVED = /(?:^|[，,；;。\s])(?:与|和|同|跟)?[\u4e00-\u9fa5]{2,3}(?:同志|部长|科长|主任)?(?:因|由于|临时)/;

export interface MovedHeld {
  /** The message as the reader takes it: …推迟到昨天进行了. */
  text: string;
  /** The words as written (推迟到昨天) and the day they name. */
  words: string;
  date: string;
}

/**
 * `text` with a deed said put off to a day before `today` (YYYY-MM-DD) written as held then (…推迟到昨天进行了); undefined when
 * none is (a day still to come, today, or a bare weekday put off to with no 了 anywhere, which may be this week's still ahead).
 */
export function withMovedDeedHeld(text: string, today: string): MovedHeld | undefined {
  if (!/顺延|推迟|延期|改期|延后|推后|推到|调整|挪|改/.test(text)) return undefined;
  const m = MOVED.exec(text);
  if (!m) return undefined;
  const [whole, verb, doneBefore, day, after] = [m[0], m[1]!, m[2], m[3]!, m[4] ?? ''];
  // Already said held (推迟到昨天进行了 · 改期至11月27日召开) is read as it is, but for what was arranged (本来约了王强上周二谈心，
  // 推迟到上周四进行了): that clause, read as a talk not held, dropped the deed, and is written as whom it was with.
  const saidHeld = /^(?:才|又)?(?:进行|举行|召开|开展|组织|完成)了/.test(text.slice(m.index + whole.length - after.length));
  if (saidHeld && !ARRANGING.test(text.slice(0, m.index))) return undefined;
  const date = parseDay(arabicizeNumerals(day), today).date;
  if (date === undefined || date >= today) return undefined;
  // 改到周三 with nothing said done: the Wednesday may as well be this week's, still ahead; 改到了周三 · 改到周三了 is gone by.
  // 改到周三了 / 改在周五了 says the day was changed (round 25b's rows: a plan); 改到了周三 · 改到周三谈的 says it was held.
  if (/^(?:周|星期|礼拜)/.test(day) && doneBefore === undefined && (after === '' || after === '了')) return undefined;
  const before = text.slice(0, m.index);
  if (PERSON_MOVED.test(before.slice(Math.max(0, before.search(/[^，,；;。]*$/))))) return undefined;
  // 本来约了王强上周二谈心，推迟到上周四谈的 (round 52, fwaa, issue 10: no report, round 51's row) — the arranging goes too.
  const asMeant = (meant: string) => meant.replace(MEANT_DAY, '').replace(ARRANGING, (w, at: number) => (/^(?:和|与|跟|同)/.test(meant.slice(at + w.length)) ? '' : '和'));
  if (saidHeld) {
    const meantBefore = before.replace(MEANT, asMeant);
    return meantBefore === before ? undefined : { text: `${meantBefore}${text.slice(m.index)}`, words: `${verb}${doneBefore ?? ''}${day}`, date };
  }
  const rest = `${before.replace(MEANT, asMeant)}${verb}${day}进行了${text.slice(m.index + whole.length)}`;
  return { text: rest, words: `${verb}${doneBefore ?? ''}${day}`, date };
}

/** The card's word on a deed read as held on the day it was put off to. */
export function movedHeldRemark(moved: MovedHeld): string {
  return `「${moved.words}」按${Number(moved.date.slice(5, 7))}月${Number(moved.date.slice(8))}日已进行记录；如那天没有进行，请点「取消」`;
}
