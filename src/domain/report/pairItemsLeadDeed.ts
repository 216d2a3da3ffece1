// 「11月3日廉政谈话：王建国与李明；刘芳与周涛。」 · 「廉政谈话：王建国与李明、刘芳与周涛」 · 「签订责任书：王建国—李明；刘芳—周涛」
// (round 49, fvf kind 1, its pairs with no day of their own): only the last pair was read (王建国's talk lost), or the pairs
// joined by 、 became talks of the first doer's with everyone after (王建国>刘芳, 王建国>周涛). Each bare pair of the list is
// written with the lead's deed after it, as the readers read 「王建国与李明进行廉政谈话；刘芳与周涛进行廉政谈话」.

import { perNames } from './directoryNames.js';
import { pairListLeadDeed } from './pairListLeadDeed.js';

/** A title written after a name in such lists (王建国副理事长与李明主任). */
const TITLE = String.raw`(?:同志|副?书记|副?理事长|副?主任|副?部长|副?科长|医师)?`;
/** What stands between the two sides of a pair: 与 和 同 跟, or a dash or arrow of any width. */
const JOIN = String.raw`与|和|同|跟|[—―－\-]{1,2}|→|->`;
/** A day a pair may open with (pairItemsDayFirst put it there). */
const DAY = String.raw`(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}(?![\d.]))[，,\s]*`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The patterns for `names`, built once per names array (issue 14, r50 fxh: the 1,000 names were copied, sorted, escaped and
 * joined for every reading of every message); undefined for no names. `bare` is not global (`exec` keeps no state); `pairThenComma`
 * is global, used only by `replace`, which starts from 0.
 */
const pairPatterns = perNames((names): { bare: RegExp; pairThenComma: RegExp } | undefined => {
  const name = [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
  if (name === '') return undefined;
  const person = `(?:${name})${TITLE}`;
  const pairOf = `(${DAY})?(${person})[ \\t]*(${JOIN})[ \\t]*(${person}(?:[、,，和及]${person})*?)`;
  return {
    bare: new RegExp(`^[ \\t]*${pairOf}[ \\t]*$`),
    pairThenComma: new RegExp(`(${person}[ \\t]*(?:${JOIN})[ \\t]*${person})、(?=${person}[ \\t]*(?:${JOIN}))`, 'g'),
  };
});

/**
 * `text` with the list after a lead naming a talk or a signing (「11月3日廉政谈话：」, 「签订责任书：」) written with that deed
 * after each of its pairs, when the list holds two or more pairs of directory people (or one joined by a dash) (`names`: every person's name) with
 * nothing else in their items (a day before a pair is fine), separated by ；, 。, 、 or line breaks. Unchanged otherwise.
 */
export function withLeadDeedOnPairs(text: string, names: readonly string[]): string {
  const patterns = pairPatterns(names);
  if (patterns === undefined) return text;
  const { bare, pairThenComma } = patterns;
  // 节前廉政谈话⏎王建国—李明（11.23）⏎… (round 50, fxf: one talk of no one asked): a lead on a line of its own, with no colon,
  // leads the pairs on the lines after it as a colon would.
  const said = text.search(/[：:]/);
  const firstBreak = text.indexOf('\n');
  const colon = said >= 0 ? said : firstBreak > 0 && pairListLeadDeed(text.slice(0, firstBreak)) !== undefined ? firstBreak : -1;
  if (colon < 0) return text;
  const leadLine = text.slice(0, colon).split('\n').pop()!;
  const deed = pairListLeadDeed(leadLine);
  if (deed === undefined) return text;
  // 王建国与李明、刘芳与周涛: a 、 between two whole pairs parts them as ； does.
  const rest = text.slice(colon + 1).replace(pairThenComma, '$1；');
  const parts = rest.split(/([；;。\n])/);
  let pairs = 0;
  let dashed = 0;
  // 11月3日廉政谈话：⏎王建国与李明；⏎刘芳与周涛: the pairs on lines of their own are the lead's one list, written on its line
  // (a lead line left alone was read as a talk with no one of its own).
  const written = parts.map((part, i) => {
    if (i % 2 === 1) return part === '\n' ? '；' : part;
    const m = bare.exec(part);
    if (!m) return part;
    pairs += 1;
    if (!/^(?:与|和|同|跟)$/.test(m[3]!)) dashed += 1;
    return `${m[1] ?? ''}${m[2]}与${m[4]}${deed}`;
  });
  // 12月1日廉政谈话：王建国—李明、孙丽 (round 50, fxf: read as talks of the sender's with 王建国 and of 李明's with her, after one
  // tap): one pair joined by a dash is written out too, for no reader reads a dash as 与; one pair joined by 与 reads as it is.
  if (pairs < 2 && dashed === 0) return text;
  const list = written.join('').replace(/^[；;\s]+/, '').replace(/[；;]{2,}/g, '；').replace(/[；;]+。|。[；;]+/g, '。').replace(/[；;]+$/, '');
  return `${text.slice(0, colon + 1)}${list}`;
}
