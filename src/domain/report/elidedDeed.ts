// 今天跟王强谈心谈话，昨天跟李娟 · 上周二和李明签了责任书，周四和孙丽 · 前天和何平谈了心，昨天又和徐辉 (h24 probe and round 24b #20: the second person put on the first day,
// on the card, with the second day said to be unaccounted): a clause of only a day and people, after a talk or a signing,
// is that deed again on its own day, written out here so the reader sees it whole. 周二和李娟也是 · 周二和李娟 都是廉政谈话
// (round 45 frf, phone chat: 李娟 dropped, or put on the first day): 也是/一样 closing the clause, or a 都是 after a space, too.
import { namesKey } from './directoryNames.js';
import { CLAUSE_DAY } from './clauseDay.js';
import { guardedAlternation } from './guardedAlternation.js';

/** The deed of the clause before: its kind word, written out whole. */
const DEEDS: Array<[RegExp, string]> = [
  [/谈心谈话|谈了?心/, '谈心谈话'],
  [/廉政谈话|谈了?(?:一次)?廉政|约谈|提醒谈话/, '廉政谈话'],
  [/签(?:订|署|了)?[^,，。;；]{0,12}?(?:责任书|承诺书)/, '签订了责任书'],
];

const cache = new Map<string, RegExp>();

function elided(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = `(?:${guardedAlternation(names)})`;
  const re = new RegExp(`([,，;；]\\s*|(?<=[\\u4e00-\\u9fa5])\\s+)(${CLAUSE_DAY}[\\s,，]?(?:又|还)?(?:和|跟|与|同)${name}(?:[、和]${name}){0,5})(\\s*(?:也是|也一样|一样|同样|也)(?:的)?)?(?=\\s*(?:[,，。;；!！]|$)|\\s+(?:都|均)是)`, 'g');
  cache.set(key, re);
  return re;
}

/**
 * `text` with each clause of a day and people only (，昨天跟李娟) given the deed of the clause before it (，昨天跟李娟谈心谈话);
 * `text` itself when there is none, or the clause before names no talk or signing.
 */
export function withElidedDeed(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  return text.replace(elided(names), (whole, sep: string, clause: string, _same: string | undefined, offset: number) => {
    const before = text.slice(0, offset).split(/[。;；\n]/).at(-1) ?? '';
    const deed = DEEDS.find(([re]) => re.test(before));
    return deed ? `${sep}${clause}${deed[1]}` : whole;
  });
}
