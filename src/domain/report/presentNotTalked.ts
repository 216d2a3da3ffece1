// 赵敏, on the receipt of her three talks (1 李娟, 2 王强, 3 孙杰): 「孙杰只是在场，没和他谈，第3条不对」 · 「第3条不对 孙杰只是旁听」 ·
// 「孙杰没谈 他就在旁边」 (round 66, gfc; t68b Part B: 没看懂, the talk with 孙杰 kept). The one talked to on a record was only
// there: that record is to leave. The words are read here whole — who was there only, that they were not talked to, and
// the record's number — in any order, parted by commas or spaces; the bot withdraws the record (dropNamedRecord) or takes it
// off a waiting card (correctWaitingCard, by companionNotDoer's words).

import { chineseNumber } from './chineseNumber.js';

/** The cheap gate: every shape says presence or a talk denied. */
const GATE = /在场|旁听|陪|旁边|边上|一旁|列席|没谈|没有谈|没和|没跟|没找|未谈/;

/** A name (2–7 characters, a title after it allowed), only there: 孙杰只是在场 · 孙科长只是旁听 · 孙杰就在旁边 (group 1). */
const ONLY_THERE =
  /^([\u4e00-\u9fa5]{2,7}?)(?:同志)?(?:当时|其实)?(?:只是|就是|只|仅|仅仅是?|就|其实只是|其实就是)(?:在场|旁听|陪同|陪着|陪着来的|跟着来的|列席|在旁边|在边上|在一旁)(?:听着?|看着|坐着)?(?:的|而已|了|一下)*$/;
/** 他就在旁边 · 她只是旁听 · 他只是陪着来的: the one named elsewhere in the message, only there. */
const PRONOUN_THERE = /^(?:他|她)(?:当时|其实)?(?:只是|就是|只|仅|就|其实只是)(?:在场|旁听|陪同|陪着|陪着来的|跟着来的|列席|在旁边|在边上|在一旁)(?:听着?|看着|坐着)?(?:的|而已|了|一下)*$/;
/** 孙杰没谈 · 孙杰其实没谈过 (group 1 the name). */
const NAME_NOT_TALKED = /^([\u4e00-\u9fa5]{2,7}?)(?:同志)?(?:其实|实际上?|根本)?(?:没有?|未)(?:谈|谈话|谈过)(?:过|了|成)*$/;
/** 没和他谈 · 没跟孙杰谈 · 其实没找他谈 (group 1 the name, when one is written). */
const NOT_TALKED_WITH = /^(?:所以|因此|其实|实际上?|并)?(?:没有?|未|并没有?)(?:跟|和|与|同|找)(?:他|她|([\u4e00-\u9fa5]{2,4}?))(?:同志)?(?:谈|谈话|谈过)(?:过|了|成)*(?:的)?$/;
/** 第3条不对 · 第三条记错了 · 第3条有误 · 第3条不算 (group 1 the number). */
const NUMBERED_WRONG = /^第([0-9一二三四五六七八九十]{1,3})(?:条|项)(?:记录)?(?:不对|错了|记错了|有误|不算|不用记|不要|去掉|撤销)(?:了|吧)*$/;
/**
 * 不算和他谈的 · 不是跟她谈的. With 和/跟/与 only: 「王部长只是陪着 不算他谈的」 says the card's DOER only went along (round
 * 63 gcb's reading, the talk the sender's own), not that the one talked to was only there.
 */
const NOT_COUNTED = /^(?:不算|不是|不能算)(?:和|跟|与)(?:他|她)(?:谈的|谈话)$/;

/** 3 · 三 · 十二 as a number (NUMBERED_WRONG's 1–3 characters). */
const itemNumber = (words: string): number | undefined => (/^\d+$/.test(words) ? Number(words) : chineseNumber(words));

/** The one said to have been only there and not talked to, and the record's number when the message gives one. */
export interface PresentNotTalked {
  /** The words naming them, as written (孙杰 · 孙科长), 同志 taken off. */
  name: string;
  /** 第3条 → 3 (1-based), when said. */
  item?: number;
}

/**
 * Reads `text` (a message, any marks) as someone on a record said to have been only there and not talked to: every clause
 * (parted by , ， ; ； 。 or spaces) is one of 「X只是在场/旁听/就在旁边」, 「他就在旁边」, 「X没谈」, 「没和他谈」, 「不算他谈的」 or
 * 「第N条不对」; one person named, and besides who was only there, a denial of the talk or the record's number (X只是在场 alone
 * is no correction). Undefined when the words are anything else.
 */
export function presentNotTalked(text: string): PresentNotTalked | undefined {
  if (!GATE.test(text)) return undefined;
  const clauses = text.trim().split(/[,，;；。!！\s]+/).filter((c) => c !== '');
  if (clauses.length < 2 || clauses.length > 4) return undefined;
  const names = new Set<string>();
  let item: number | undefined;
  let there = false;
  let denied = false;
  for (const c of clauses) {
    const only = ONLY_THERE.exec(c);
    if (only && !/^(?:他|她|我|本人)/.test(only[1]!)) {
      names.add(only[1]!);
      there = true;
      continue;
    }
    if (PRONOUN_THERE.test(c)) {
      there = true;
      continue;
    }
    const notTalked = NAME_NOT_TALKED.exec(c);
    if (notTalked && !/^(?:他|她|我|本人|还|都|也)/.test(notTalked[1]!)) {
      names.add(notTalked[1]!);
      denied = true;
      continue;
    }
    const notWith = NOT_TALKED_WITH.exec(c);
    if (notWith) {
      if (notWith[1] !== undefined) names.add(notWith[1]);
      denied = true;
      continue;
    }
    if (NOT_COUNTED.test(c)) {
      denied = true;
      continue;
    }
    const numbered = NUMBERED_WRONG.exec(c);
    if (numbered && item === undefined) {
      item = itemNumber(numbered[1]!);
      if (item === undefined) return undefined;
      continue;
    }
    return undefined;
  }
  if (names.size !== 1 || !(there || denied) || !(denied || item !== undefined)) return undefined;
  const [name] = [...names];
  return { name: name!.replace(/同志$/, ''), ...(item !== undefined ? { item } : {}) };
}
