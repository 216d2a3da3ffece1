// 「…签订责任书：王建国与李明、孙丽（12月1日）；刘芳与周涛、吴静（12月2日）」 · 「廉政谈话：王建国—李明，12月1日；刘芳—周涛，
// 12月2日」 (round 49, fvf kind 1: a clerk's list of pairs under the lead that names the deed, each pair's day after it):
// before, the first pair's day went to the last pair and the first pair was lost (王建国's two signings dropped, 刘芳's
// stored on 12-01), and the dash pairs were read as talks of the sender's (王建国>王芳). Each such item is written the way
// the readers already read it, its day first and 与 between the two sides: 「12月1日王建国与李明、孙丽」.

import { perNames } from './directoryNames.js';

/** A day the pair ends (or opens) with: 12月1日 · 12月1号 · 12.1 · 12/1, maybe 上午/下午. */
const DAY = String.raw`\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}(?![\d.])`;
/** A title written after a name in such lists (王建国副理事长—李明主任). */
const TITLE = String.raw`(?:同志|副?书记|副?理事长|副?主任|副?部长|副?科长|医师)?`;
/** What stands between the two sides of a pair: 与 和 同 跟, or a dash or arrow of any width. */
const JOIN = String.raw`与|和|同|跟|[—―－\-]{1,2}|→|->`;

/** 12.1 · 12/1 → 12月1日; a day written with 月 stays as it is. */
function spelledDay(day: string): string {
  const m = /^(\d{1,2})[.．/](\d{1,2})$/.exec(day);
  return m ? `${m[1]}月${m[2]}日` : day;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The item pattern and the 、-after-a-bracketed-day pattern for `names`, built once per names array (issue 14, r50 fxh: the
 * 1,000 names were copied, sorted, escaped and joined for every reading of every message); undefined for no names. Both
 * global, used only by `replace`, which starts from 0.
 */
const itemPatterns = perNames((names): { item: RegExp; bracketedDayThenPair: RegExp } | undefined => {
  const name = [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
  if (name === '') return undefined;
  const person = `(?:${name})${TITLE}`;
  const side = `${person}(?:[、,，和及]${person})*`;
  const dayPart = `(?:上午|下午)?`;
  const day = `(${DAY})${dayPart}`;
  return {
    item: new RegExp(
      String.raw`(?<=[：:；;。\n])([ \t]*)(?:${day}[ \t，,]*)?(${person})[ \t]*(${JOIN})[ \t]*(${side})[ \t]*(?:[（(][ \t]*${day}[ \t]*[)）]|[，,\t ][ \t]*${day})?[ \t]*(?=[；;。\n]|$)`,
      'g',
    ),
    bracketedDayThenPair: new RegExp(String.raw`([（(][ \t]*(?:${DAY})[ \t]*[)）])、(?=[ \t]*${person}[ \t]*(?:${JOIN}))`, 'g'),
  };
});

/**
 * `text` with each list item that is only a pair of directory people and one day (`names`: every person's name) — 「王建国
 * 与李明、孙丽（12月1日）」, 「刘芳—周涛，12月2日」, 「12月2日 刘芳—周涛」 — rewritten as 「12月1日王建国与李明、孙丽」. An
 * item is what stands between a colon, ；, 。 or a line break and the next ；, 。 or line break; the first item of a text
 * (with no lead before it) is left as written, for it names no deed to share. Unchanged when no item is such a pair.
 */
export function withPairItemsDayFirst(text: string, names: readonly string[]): string {
  const patterns = itemPatterns(names);
  if (patterns === undefined) return text;
  // 张伟—王建国（11.23）、张伟—刘芳（11.24） (round 50, fxf: the first pair read as a talk with 张伟 of no day): a 、 after a
  // pair's bracketed day parts it from the next pair as ； does.
  const parted = text.replace(patterns.bracketedDayThenPair, '$1；');
  return parted.replace(patterns.item, (whole, space: string, before: string | undefined, doer: string, _join: string, others: string, bracketed: string | undefined, after: string | undefined) => {
    const days = [before, bracketed, after].filter((d) => d !== undefined);
    if (days.length !== 1) return whole;
    // 上午/下午 is left out: a record keeps the day only, and two pairs of one day 「11月20日上午…；11月20日下午…」 were read as
    // four talks of the sender's.
    // 王建国—李明、孙丽（12.1） (round 50, fxf: 「12.1王建国与…」 was no day to the readers, the pairs read as the sender's
    // talks): a dotted day is written out as 12月1日 where it opens the item.
    return `${space}${spelledDay(days[0]!)}${doer}与${others}`;
  });
}
