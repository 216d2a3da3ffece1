// 李娟「不对，是王建国副理事长和孙丽科长谈的，廉政谈话」 while her report of 王剑国's talk with 孙丽 waited on a question (round 69,
// gij; t72a F2: the waiting report dropped, two new talks offered, both with 李娟 and no day): the whole deed said again —
// who held it, with whom, and its kind — as one correction of the waiting report, never a new report. Pure: the caller
// resolves the names and changes the waiting report (restatedWaitingDeed).
import type { ActivityTypeCode } from '../activityTypes.js';
import { parseKind } from './parseKind.js';

/** 不对， · 错了， · 更正： · 不是这样，: the slip owned before the deed. */
const OPENING = /^(?:(?:不对|错了|说错了|写错了|更正|纠正一下|不是这样)[,;:\s]*)+/;
/** A post after a name (王建国副理事长 · 孙丽科长 · 张书记). */
const POST = String.raw`(?:副?(?:书记|理事长|主任|部长|科长)|同志)`;
/** A person said: a name or surname, its post after it. */
const PERSON = String.raw`([\u4e00-\u9fa5]{1,3}?${POST}?)`;
/**
 * (应该/其实)是X<post>和Y(进行了)谈/签的(，kind): the deed restated, its doer with a post (是王强和李娟谈的 from their head is her
 * talks with both, restatedCardItems' reading).
 */
const DEED = new RegExp(String.raw`^(?:应该|实际上?|其实)?是\s*([\u4e00-\u9fa5]{1,3}?副?(?:书记|理事长|主任|部长|科长))\s*(?:和|与|跟|同)\s*${PERSON}\s*(?:进行了|开展了|一起)?(谈|签)(?:的|了)?(?:话|的)?(?:[,;\s]+(?:是)?(.{2,8}))?$`);

export interface RestatedDeed {
  /** Who held it, as written (王建国副理事长). */
  doer: string;
  /** With whom, as written (孙丽科长 · 我). */
  other: string;
  /** 谈 or 签. */
  verb: '谈' | '签';
  /** The kind said after it (廉政谈话), when one was. */
  type?: ActivityTypeCode;
}

/**
 * The deed `text` (normalised: ASCII punctuation) restates after owning a slip: 「不对，是X和Y谈的(，廉政谈话)」; undefined for
 * any other shape, for no slip owned (是X和Y谈的 alone may answer 和谁谈的), or for a kind after it that is no talk or signing
 * of the verb said.
 */
export function restatedDeedWords(text: string): RestatedDeed | undefined {
  const raw = text.trim().replace(/[。.!！~～]+$/, '');
  const t = raw.replace(OPENING, '');
  if (t === raw) return undefined;
  const m = DEED.exec(t);
  if (!m) return undefined;
  const verb = m[3] as '谈' | '签';
  if (m[4] === undefined) return { doer: m[1]!, other: m[2]!, verb };
  const type = parseKind(m[4]).kind?.code;
  const fits = verb === '谈' ? type === 'talk_integrity' || type === 'talk_heart' : type === 'pledge_sign';
  return fits ? { doer: m[1]!, other: m[2]!, verb, type } : undefined;
}
