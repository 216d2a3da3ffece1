// 黄志刚「本月检查3次：11月4日（康复部）、11月11日（维权部）、11月25日（教育就业部），均为作风纪律检查，均由本人带队，林晓参加。」
// (round 38, t37c F2: one check on 11-04, the other two days asked and then all three put at 康复部): a counted list whose kind
// is said only after its items (均为/都是/均系/以上均属…) reads as the same list with the kind in its head
// (本月作风纪律检查3次：…), which the list readers (dayDepartmentPairs, the talk lists) already read one deed per item.
// Items written place first (康复部（11月4日） · 李明（11月4日）) are turned day first, the shape those readers know.

import { findKinds } from './parseKind.js';

/** A counted head: words before the deed, the deed word of no kind yet, the count, then the colon. */
const HEAD = /([^，,；;。：:！!？?\n]*?)(检查|督查|抽查|巡查|暗访|谈话|谈心|约谈)(\s*了?\s*(?:共|总共|一共|共计)?\s*(?:[一二三四五六七八九十两]+|\d+)\s*(?:次|场|轮))\s*([：:])/g;

/**
 * The kind said after the items: a separator, 以上/上述 perhaps, 均/都/全部… + 为/是/系/属, the kind's words (a check or a
 * talk of some kind, 活动 perhaps), then a separator or the end. Group 1: the kind's words.
 */
const KIND_AFTER = /[，,；;。]\s*(?:(?:以上|上述)(?:检查|督查|谈话|活动)?(?:均|都|全部|全都|皆|一律)?|(?:检查|督查|谈话)?(?:均|都|全部|全都|皆|一律))(?:为|是|系|属于?)\s*([\u4e00-\u9fa5]{0,10}?(?:检查|督查|抽查|巡查|暗访|谈话|谈心|约谈))(?:活动)?(?=\s*(?:[，,；;。！!]|$))/;

/** A day as a list item writes it: 11月4日 · 4日 · 4号. */
const DAY = /(?:\d{1,2}月)?\d{1,2}[日号]/g;

/** One item written place or person first: the place or name, then its day in brackets. */
const PLACE_FIRST = /^([\u4e00-\u9fa5]{2,10})\s*[（(]\s*((?:\d{1,2}月)?\d{1,2}[日号])\s*[）)]$/;

/** The deed words of one family: a check's kind never goes on a talk's list, nor the other way. */
const CHECKS = /检查|督查|抽查|巡查|暗访/;

/**
 * `text` (as written or normalised) with each counted list whose kind is said after its items written with the kind in its
 * head, the after-words gone (本月检查3次：11月4日（康复部）、…，均为作风纪律检查 → 本月作风纪律检查3次：11月4日（康复部）、…),
 * and its place-first items (康复部（11月4日）) written day first. A head that names a kind of its own keeps it (a different
 * kind after the items leaves the text as it was); a list of fewer than two days is left.
 */
export function withKindAfterList(text: string): string {
  return text.split('\n').map(withKindAfterListLine).join('\n');
}

function withKindAfterListLine(line: string): string {
  HEAD.lastIndex = 0;
  const head = HEAD.exec(line);
  if (!head) return line;
  const [, before, word, count, colon] = head;
  const bodyStart = head.index + head[0].length;
  const rest = line.slice(bodyStart);
  const after = KIND_AFTER.exec(rest);
  // The items are what comes before the kind said after them, or the sentence the head opens.
  const listEnd = after ? after.index : rest.search(/[。！!？?]|$/);
  const list = rest.slice(0, listEnd);
  if ((list.match(DAY) ?? []).length < 2) return line;
  const dayFirst = withDayFirstItems(list);
  if (!after) return dayFirst === list ? line : line.slice(0, bodyStart) + dayFirst + rest.slice(listEnd);
  const kind = after[1]!;
  const kindCodes = findKinds(kind).map((k) => k.code);
  if (kindCodes.length !== 1 || CHECKS.test(kind) !== CHECKS.test(word!)) return line;
  const headCodes = findKinds(before! + word!).map((k) => k.code);
  if (headCodes.length > 0 && headCodes[0] !== kindCodes[0]) return line;
  const newHead = headCodes.length > 0 ? `${before}${word}${count}${colon}` : `${before}${kind}${count}${colon}`;
  return line.slice(0, head.index) + newHead + dayFirst + rest.slice(listEnd + after[0].length);
}

/** `list` with every item of the shape 「place（day）」 written 「day（place）」, when all of its items have it; else as it is. */
function withDayFirstItems(list: string): string {
  const items = list.split(/([、，,；;])/);
  const parts = items.filter((_, i) => i % 2 === 0).map((p) => PLACE_FIRST.exec(p.trim()));
  if (parts.length < 2 || parts.some((m) => m === null)) return list;
  return items.map((p, i) => (i % 2 === 0 ? `${parts[i / 2]![2]}（${parts[i / 2]![1]}）` : p)).join('');
}
