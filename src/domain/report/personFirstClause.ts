// 今天和李明签了责任书，孙丽那边明天签 · 前天跟王强谈心了，李娟那边周一也谈了 · 今天和赵敏谈了，刘芳上周就谈了 (h24 probe:
// the second person put on the first clause's day on the card, a signing still to come among them): a clause opening
// with someone by name and its own day, after the sender's talk or signing with someone, is the sender's deed with that
// person on that day, written here in the order the reader knows (…，周一也和李娟谈了).
import { namesKey } from './directoryNames.js';
import { guardedAlternation } from './guardedAlternation.js';

/** A day said right after the person. */
const DAY = '(?:今天|昨天|前天|明天|后天|(?:上|本|这|下)(?:周|星期|礼拜)[一二三四五六日天]?|(?:周|星期|礼拜)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])(?:上午|下午|晚上)?';

/** The sender's own deed with someone in the text before (和李明签了 · 跟王强谈心了). */
const OWN_DEED_BEFORE = /(?:和|跟|与|同)[\u4e00-\u9fa5]{2,4}?(?:[、和][\u4e00-\u9fa5]{2,4}?)*(?:进行了?|分别)?(?:签|谈|聊|廉政谈话|谈心)/;

const cache = new Map<string, RegExp>();

function pattern(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = `(?:${guardedAlternation(names)})`;
  // 那边/那里 marks the person as the topic; without it, 就/也 before the verb says it goes on from the clause before.
  const re = new RegExp(`([,，;；]\\s*)(${name})(?:(?:那边|那里|那儿|这边)(?:是)?(${DAY})(就|也|已经|都)?|(?:是)?(${DAY})(就|也|已经))(?=签|谈|聊)`, 'g');
  cache.set(key, re);
  return re;
}

/**
 * `text` with each such clause written with the person after 和 (，孙丽那边明天签 → ，明天和孙丽签); `text` itself when none,
 * or when nothing before it is the sender's own deed with someone.
 */
export function withPersonFirstClauses(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  return text.replace(pattern(names), (whole, sep: string, name: string, day1: string | undefined, adv1: string | undefined, day2: string | undefined, adv2: string | undefined, offset: number) => {
    if (!OWN_DEED_BEFORE.test(text.slice(0, offset))) return whole;
    return `${sep}${day1 ?? day2}也和${name}`;
  });
}
