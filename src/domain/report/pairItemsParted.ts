// 「11月5日廉政谈话：王建国与李明（11月5日），刘芳与周涛（11月5日），谈话时长均约半小时」 · 「廉政谈话：王建国与李明（11月3日）；
// 刘芳与周涛（时间待定）」 (round 49, fwb; fvf's left-alones): a clerk's list of pairs read wrong as soon as a remark clause
// followed the last pair or the pairs were parted by ，: the card held 王建国>李明, 王建国>刘芳, 王建国>周涛 (two talks that
// were not held), or only the last pair was read (王建国's talk lost); a pair whose time is still to be set
// (时间待定 · 另行安排) lost the pair before it. Each dated pair item is ended by ； instead of ，, as pairItemsDayFirst
// reads its items, and a pending pair is written as the deed not done that notDoneFor names on the card.

import { perNames } from './directoryNames.js';
import { pairListLeadDeed } from './pairListLeadDeed.js';

/** A day a pair opens or ends with: 12月1日 · 12月1号 · 12.1 · 12/1, maybe 上午/下午. */
const DAY = String.raw`(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}[.．/]\d{1,2}(?![\d.]))(?:上午|下午)?`;
/** A title written after a name in such lists (王建国副理事长与李明主任). */
const TITLE = String.raw`(?:同志|副?书记|副?理事长|副?主任|副?部长|副?科长|医师)?`;
/** What stands between the two sides of a pair: 与 和 同 跟, or a dash or arrow of any width. */
const JOIN = String.raw`与|和|同|跟|[—―－\-]{1,2}|→|->`;
/** A time still to be set, in brackets after a pair: （时间待定） · （待定） · （另行安排） · （待安排） · （日期未定）. */
const PENDING = String.raw`[（(][ \t]*((?:时间|日期)?(?:待定|未定|待商定)|另行安排|待安排)[ \t]*[)）]`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The patterns for `names`, built once per names array (issue 14, r50 fxh: the 1,000 names were copied, sorted, escaped and
 * joined for every reading of every message); undefined for no names. `itemThenComma` and `pending` are global, used only by
 * `replace`, which starts from 0; `nextPair` and `namesAny` are not (`test` keeps no state).
 */
const partedPatterns = perNames((names): { itemThenComma: RegExp; nextPair: RegExp; namesAny: RegExp; pending: RegExp } | undefined => {
  const name = [...names].sort((a, b) => b.length - a.length).map(escape).join('|');
  if (name === '') return undefined;
  const person = `(?:${name})${TITLE}`;
  const pair = `${person}[ \\t]*(?:${JOIN})[ \\t]*${person}(?:[、,，和及]${person})*?`;
  const start = String.raw`(?<=^|[；;。\n，,、])[ \t]*`;
  const bracket = `[（(][ \\t]*(?:${DAY})[ \\t]*[)）]`;
  return {
    itemThenComma: new RegExp(`${start}(?:(${DAY})[ \\t，,]*)?${pair}[ \\t]*(?:(${bracket})|${PENDING})?[ \\t]*[，,]`, 'g'),
    nextPair: new RegExp(`^[ \\t]*(?:(?:${DAY})[ \\t，,]*)?${pair}`),
    namesAny: new RegExp(name),
    pending: new RegExp(`${start}(${pair})[ \\t]*${PENDING}`, 'g'),
  };
});

/** The closing remark after a pair item, up to 。, a line break or the end. */
const REMARK_TO_END = /^[^：:；;。\n]*?(?=[。\n]|$)/;

/**
 * `text` with the list after a lead naming a talk or a signing (「11月5日廉政谈话：」, 「签订责任书：」) parted the way
 * pairItemsDayFirst reads it: the ， after a pair item with a day (「王建国与李明（11月5日），」 · 「11月3日王建国与李明，」)
 * written as ；, so neither the next pair nor a closing remark (谈话时长均约半小时) is glued to it; and a pair with its time still
 * to be set (「刘芳与周涛（时间待定）」) written as 「刘芳与周涛进行廉政谈话的时间待定」 (another 安排: 「…另行安排」), a deed not done.
 * `names`: every directory person's name. Unchanged when the lead names no such deed or no item is such.
 */
export function withPairItemsParted(text: string, names: readonly string[]): string {
  const patterns = partedPatterns(names);
  if (patterns === undefined) return text;
  const colon = text.search(/[：:]/);
  if (colon < 0) return text;
  const deed = pairListLeadDeed(text.slice(0, colon).split('\n').pop()!);
  if (deed === undefined) return text;
  const { itemThenComma, nextPair, namesAny, pending } = patterns;
  /** Whether the ， after a pair item ends it: the item has a day or a pending time, or another pair or a closing remark
   * (no name, no digit: 谈话时长均约半小时 · 效果良好) follows it. */
  const endsItem = (rest: string, dated: boolean): boolean => {
    if (dated || nextPair.test(rest)) return true;
    const remark = REMARK_TO_END.exec(rest)?.[0] ?? '';
    return remark.trim() !== '' && !namesAny.test(remark) && !/\d/.test(remark);
  };
  const list = text
    .slice(colon + 1)
    .replace(itemThenComma, (item: string, before: string | undefined, bracketed: string | undefined, when: string | undefined, at: number, all: string) =>
      endsItem(all.slice(at + item.length), before !== undefined || bracketed !== undefined || when !== undefined) ? `${item.slice(0, -1)}；` : item,
    )
    .replace(pending, (_whole, side: string, when: string) =>
      /安排/.test(when) ? `${side}${deed}另行安排` : `${side}${deed}的时间待定`,
    );
  const written = `${text.slice(0, colon + 1)}${list}`;
  return written === text ? text : written;
}
