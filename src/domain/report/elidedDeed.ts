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

// 今天和王强谈了廉政谈话 李娟昨天谈过了 (round 50, fxe kind 5, r49's left-alone: 李娟 put on 今天, 「昨天」 unmatched, on the
// card) · …，昨天和李娟谈过了 · …，和李娟是昨天谈的 (a 谈话 of no kind asked): a clause of a day, people and only a bare
// verb (谈过了 · 也谈了 · 谈的 · 签了) is the deed before again, on its own day, written out whole as the clause above is.
const BARE_TALK = '(?:也|又|就)?(?:谈过了|谈过|谈完了|谈了|谈的)';
const BARE_SIGN = '(?:也|又|就)?(?:签过了|签完了|签了|签的)';
const bareCache = new Map<string, RegExp>();

/** Group 1 the separator; then day / people / verb in one of three orders (named groups, the day and people kept). */
function bareVerb(names: readonly string[]): RegExp {
  const key = namesKey(names);
  const hit = bareCache.get(key);
  if (hit) return hit;
  const name = `(?:${guardedAlternation(names)})`;
  const people = `${name}(?:[、和]${name}){0,5}`;
  const verb = `(${BARE_TALK}|${BARE_SIGN})`;
  const re = new RegExp(
    `([,，;；]\\s*|(?<=[\\u4e00-\\u9fa5])\\s+)(?:(${CLAUSE_DAY})[\\s,，]?(?:又|还|也)?(?:和|跟|与|同)(${people})${verb}|(${people})(?:也)?(?:是)?(${CLAUSE_DAY})${verb}|(?:和|跟|与|同)(${people})(?:也)?是(${CLAUSE_DAY})${verb})(?=\\s*(?:[,，。;；!！]|$))`,
    'g',
  );
  bareCache.set(key, re);
  return re;
}

/** `text` with each clause of a day, people and a bare verb (李娟昨天谈过了) given the talk or signing of the clause before. */
function withBareVerbDeed(text: string, names: readonly string[]): string {
  return text.replace(bareVerb(names), (whole: string, sep: string, ...g: unknown[]) => {
    const [d1, p1, v1, p2, d2, v2, p3, d3, v3] = g as Array<string | undefined>;
    const day = d1 ?? d2 ?? d3!;
    const people = p1 ?? p2 ?? p3!;
    const verb = v1 ?? v2 ?? v3!;
    const offset = g[9] as number;
    const before = text.slice(0, offset).split(/[。;；\n]/).at(-1) ?? '';
    const deed = DEEDS.find(([re]) => re.test(before));
    if (!deed || /签/.test(verb) !== (deed[1] === '签订了责任书')) return whole;
    return `${sep}${day}和${people}${deed[1]}`;
  });
}

/**
 * `text` with each clause of a day and people only (，昨天跟李娟) given the deed of the clause before it (，昨天跟李娟谈心谈话);
 * `text` itself when there is none, or the clause before names no talk or signing.
 */
export function withElidedDeed(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  text = withBareVerbDeed(text, names);
  return text.replace(elided(names), (whole, sep: string, clause: string, _same: string | undefined, offset: number) => {
    const before = text.slice(0, offset).split(/[。;；\n]/).at(-1) ?? '';
    const deed = DEEDS.find(([re]) => re.test(before));
    return deed ? `${sep}${clause}${deed[1]}` : whole;
  });
}
