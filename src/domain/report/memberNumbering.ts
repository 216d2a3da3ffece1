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
