// 「…；会后分别与郑华、冯雪进行了廉政谈话。11月23日，又到维权部和赵磊谈了一次心」 (round 22u D1): the ；-entry ran on past
// its full stop into the next sentence, whose day then dated the talks. A sentence that opens with a day of its own
// starts a new entry; what came before it keeps the day of the sentence it belongs to.
import { DAY_WORD } from './dayWord.js';
import { findKinds } from './parseKind.js';

/** A sentence opening with a written day: 11月23日 · 11.23 · 昨天 · 上周三. */
const DAY_OPENS = new RegExp(`^\\s*(?:${DAY_WORD.source})`);
/** A day written anywhere in a piece (the one before the stop must have none, or it already had its own). */
const ANY_DAY = /近日|近期|日前|\d{1,2}月\d{1,2}[日号]|\d{1,2}\.\d{1,2}(?!\d)|今天|昨天|前天|(?:上|本)?周[一二三四五六日天]/;

/** 谈了廉政 · 签了 · 学习了: a deed said without its kind's name. */
const DEED_VERB = /谈|签|学习|检查|督查|观看|讲/;

/**
 * A ；-clause (splitItems passes only entries after a line's first) split where a full stop is followed by a sentence that opens with its own day, when the words before the stop
 * name a deed and no day: 「会后与郑华谈了话。11月23日，又…」 → 「会后与郑华谈了话。」, 「11月23日，又…」.
 */
export function breakDayAfterStop(entry: string): string[] {
  const out: string[] = [];
  let rest = entry;
  for (let at = rest.indexOf('。'); at >= 0 && at < rest.length - 1; at = rest.indexOf('。')) {
    const head = rest.slice(0, at + 1);
    const tail = rest.slice(at + 1);
    if (!DAY_OPENS.test(tail) || ANY_DAY.test(head) || (findKinds(head).length === 0 && !DEED_VERB.test(head))) break;
    out.push(head);
    rest = tail;
  }
  return [...out, rest];
}
