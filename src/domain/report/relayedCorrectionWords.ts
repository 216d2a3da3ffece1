// 张颖 「周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我」 about her stored report of 周涛's signing with her
// (round 59, fcc; t61b F4: a card of the stored signing again beside a new one of 张颖 with 陈志强): a correction one of the
// record's people asked the clerk to pass on. 他/她 is the one who said it, 我 the sender: the deed was the speaker's with
// the one named, not with the sender. This reader only splits the words; the bot finds the record and offers the change.

import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** The words of a relayed correction of who a deed was with. */
export interface RelayedCorrection {
  /** Who said it, as written (周部长 · 周涛同志). */
  speaker: string;
  /** The day as written, '' when none. */
  day: string;
  /** The one the speaker says the deed was with, as written (陈志强副理事长). */
  partner: string;
  /** 签 (a signing) or 谈 (a talk). */
  verb: 'sign' | 'talk';
  /** The paper or talk as written after the verb (责任书 · 廉政谈话), '' when none. */
  deed: string;
}

/**
 * The deed as the speaker tells it, written as a report (11月25日，王建国副理事长和孙科长签订了责任书): what the message says
 * happened, for the report reader when no stored record of the sender's is the one corrected. `partnerFirst`: the one
 * named outranks the speaker, so is written first, the doer as a leader's signing with a head is stored.
 */
export function relayedDeedText(said: RelayedCorrection, partnerFirst: boolean): string {
  const deed = said.deed !== '' ? said.deed : said.verb === 'sign' ? '责任书' : '谈话';
  const [first, second] = partnerFirst ? [said.partner, said.speaker] : [said.speaker, said.partner];
  return `${said.day}，${first}和${second}${said.verb === 'sign' ? '签订了' : '进行了'}${deed}`;
}

/** 周部长说 · 周涛同志反映 · 周部长告诉我: the speaker, then the verb of saying. */
const SPEAKER = '^([\\u4e00-\\u9fa5]{2,7}?)(?:同志)?(?:刚才|刚刚|今天)?(?:说|讲|反映|告诉我|跟我说|和我说|打电话说|提醒)(?:了)?[:：,，\\s]*';
/** 上次报的不对 · 之前那条有误 · 报错了: what was wrong, said before the right version. */
const WRONG = '(?:(?:上次|之前|刚才|前面|昨天|那天)?(?:报的|上报的|那条|记的|的)?(?:不对|有误|错了|报错了|记错了|写错了)[,，;；\\s]*)?';
/** A day: 12月3日 · 3号 · 上周四 (digits, as arabicizeNumerals leaves them). */
const DAY = '((?:\\d{1,2}月)?\\d{1,2}[日号]|\\d{1,2}[.．/]\\d{1,2}|(?:上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天)?(?:那天|那次)?[,，\\s]*';
/** 他是和陈志强副理事长签的责任书 · 她是跟王建国谈的: the deed with the right one. */
const WITH = '(?:他|她)(?:其实|实际上?)?(?:是)?(?:和|跟|与|同)([\\u4e00-\\u9fa5]{2,8}?)(签订|签署|签|谈)(?:的|了)?([\\u4e00-\\u9fa5]{0,10}?(?:责任书|承诺书|责任状|谈话|谈心))?[,，;；\\s]*';
/** 不是和我 · 而不是跟我 · 不是我: the sender denied. */
const NOT_ME = '(?:而|并)?(?:不是|并非)(?:和|跟|与|同)?我(?:签的|谈的)?$';
const RELAYED = new RegExp(`${SPEAKER}${WRONG}${DAY}${WITH}${NOT_ME}`);

/**
 * The relayed correction `text` tells (周部长说上次报的不对，12月3日他是和陈志强副理事长签的责任书，不是和我), or undefined for any
 * other shape. Only the words: whether a stored record of the sender's fits is the caller's to find.
 */
export function relayedCorrectionWords(text: string): RelayedCorrection | undefined {
  if (!/说|讲|反映|告诉|提醒/.test(text) || !/不是|并非/.test(text)) return undefined;
  const t = arabicizeNumerals(normalizeText(text)).trim().replace(/[。.!！~～\s]+$/, '');
  const m = RELAYED.exec(t);
  if (!m) return undefined;
  return { speaker: m[1]!, day: m[2] ?? '', partner: m[3]!, verb: /签/.test(m[4]!) ? 'sign' : 'talk', deed: m[5] ?? '' };
}
