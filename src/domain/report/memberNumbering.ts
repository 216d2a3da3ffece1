// Round 65, gec: a list one of whose lines was not read (parseReport's 「第3行没有读出可记录的活动…」) gave a card numbered
// 1, 2, 3 for the member's lines 1, 2 and 4; 「第3条不用记」, meant for line 3, took off line 4's record. Such a card is
// numbered by the member's lines (1, 2, 4), and a record picked by number is the one of that line; the unread line's
// number picks nothing and is said as never recorded.
import type { CardItemChoice } from './cardItemChoice.js';
import { UNREAD_NOTE } from './memberEndsDrop.js';

/** The member's number of each card record, and the unread lines. */
export interface MemberNumbering {
  /** The number shown for each record of the card, in card order (strictly increasing). */
  numbers: number[];
  /** The lines the unread note names, the member's numbers. */
  unread: number[];
}

/**
 * The member's numbers of a card's `items` when `remarks` hold the unread note and every item has its own `entry` (one
 * record per line, in order) that is not simply its place on the card; undefined otherwise (the card counts 1, 2, 3).
 */
export function memberNumbering(items: readonly { entry?: number }[], remarks: readonly string[]): MemberNumbering | undefined {
  const noteAt = remarks.findIndex((r) => UNREAD_NOTE.test(r));
  if (noteAt < 0 || items.length === 0 || !items.every((i) => i.entry !== undefined)) return undefined;
  const numbers = items.map((i) => i.entry!);
  if (numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!) || numbers.every((n, k) => n === k + 1)) return undefined;
  const unread = [...UNREAD_NOTE.exec(remarks[noteAt]!)![1]!.matchAll(/第(\d{1,2})(?:行|条)/g)].map((x) => Number(x[1]));
  return { numbers, unread };
}

/** What a choice by number (cardItemChoice, read against the member's numbers) points at on a member-numbered card. */
export interface MemberPicked {
  /** Card indexes (0-based) of the records of the numbers said, in the order said. */
  indexes: number[];
  /** Numbers said that are unread lines. */
  unread: number[];
  /** Numbers said that are neither a record's nor an unread line's. */
  beyond: number[];
}

/** `choice` (its 0-based `index` and `also` being the member's number minus one) as records of the card. Pure. */
export function memberPicked(choice: CardItemChoice, numbering: MemberNumbering): MemberPicked {
  const said = [choice.index, ...(choice.kind === 'drop' ? choice.also ?? [] : [])].map((i) => i + 1);
  return {
    indexes: said.flatMap((n) => (numbering.numbers.includes(n) ? [numbering.numbers.indexOf(n)] : [])),
    unread: said.filter((n) => numbering.unread.includes(n)),
    beyond: said.filter((n) => !numbering.numbers.includes(n) && !numbering.unread.includes(n)),
  };
}

/** 第4条 (the card shows 4.) · 第四条 · 第 4 条: a record named by number in a field edit. */
const NUMBER_SAID = /第\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(条|项)/g;

/**
 * A field edit typed on a member-numbered card (「第4条对象是王强」, round 66, gfd; gec's leftover: 没看懂, the card holding 3
 * records) with each number said turned into the card's place (第4条 → 第3条), for the card readers that count 1, 2, 3;
 * `unread` the first number said that is an unread line (第3条对象是王强 where line 3 was not read: nothing to change),
 * `shownOf` turns the card's places in a reader's words back into the member's numbers. undefined when no number said is
 * the member's own other than its place. Pure.
 */
export function toCardNumbers(text: string, numbering: MemberNumbering): { text: string; unread?: number; shownOf: (words: string) => string } | undefined {
  if (!text.includes('第')) return undefined;
  const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : '一二三四五六七八九十'.indexOf(w) + 1 || (w === '两' ? 2 : 0));
  let moved = false;
  let unread: number | undefined;
  const mapped = text.replace(NUMBER_SAID, (all, w: string, unit: string) => {
    const n = num(w);
    if (numbering.unread.includes(n)) unread ??= n;
    const at = numbering.numbers.indexOf(n);
    if (at < 0 || at + 1 === n) return all;
    moved = true;
    return `第${at + 1}${unit}`;
  });
  if (!moved && unread === undefined) return undefined;
  const shownOf = (words: string) => words.replace(/第(\d{1,2})(条|项)/g, (all, k: string, unit: string) => (numbering.numbers[Number(k) - 1] !== undefined ? `第${numbering.numbers[Number(k) - 1]}${unit}` : all));
  return { text: mapped, ...(unread !== undefined ? { unread } : {}), shownOf };
}
