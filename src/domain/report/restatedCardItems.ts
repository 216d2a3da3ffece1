// 「不对，12月2号是报送信息2篇，没有题目也没有参加人数；12月3号是组织部门学习廉洁自律准则，参加3人，漏了」 while a 确认 card
// waits (round 57, fec; t59a F3: a second card opened beside the first, which still waited with its wrong records): a
// message that owns the card wrong (不对 · 错了 · 更正) or says something was left off it (漏了) and then tells again what was
// done on the card's days is a re-reading of that card, never a second card beside it.
import type { ParsedReport } from './draft.js';
import type { PendingItem } from './followUp.js';

/** 不对， · 错了 · 说错了 · 更正一下： opening the message. */
const OWNED_WRONG = /^(?:不对不对|不对|错了|说错了|写错了|搞错了|记错了|有误|更正一下|更正)[,，:：;；\s]+/;
/** 漏了 · 漏掉了 · 漏报了 · 少了一条 · 落下了 ending the message (or 漏了， opening it). */
const LEFT_OFF = /(?:漏了|漏掉了|漏报了|少了一条|少记了|落下了)(?:一条)?[。.!！]*$|^(?:还)?(?:漏了|漏掉了)[,，:：\s]/;

/** What a re-reading makes of the card: its records now, and the days (YYYY-MM-DD) it told again, for the member. */
export interface RestatedCard {
  items: PendingItem[];
  days: string[];
}

/**
 * The waiting card `card` re-read with `parsed` (`text` read as a report): each day the restatement tells replaces the
 * card's records of that day, in their place; a day the card does not have is added at the end, and a record the
 * restatement leaves off (a day it names but does not read) stays. Undefined when `text` neither owns the card wrong nor
 * says something was left off, when a record of it still lacks something (the report's own question asks it), when
 * 不对 names none of the card's days (a new deed, read as its own report), or when nothing would change.
 */
export function restatedCardItems(text: string, card: readonly PendingItem[], parsed: readonly ParsedReport[] | null): RestatedCard | undefined {
  const t = text.trim();
  const wrong = OWNED_WRONG.test(t);
  const leftOff = LEFT_OFF.test(t);
  if ((!wrong && !leftOff) || /\n/.test(t) || parsed === null || parsed.length === 0) return undefined;
  if (parsed.some((p) => p.problems.length > 0 || p.draft.date === undefined || p.draft.type === undefined)) return undefined;
  const cardDays = new Set(card.map((i) => i.draft.date));
  const told = [...new Set(parsed.map((p) => p.draft.date!))];
  // 不对 alone must name a day of the card: 「不对，昨天还和王强谈了」 on a card of last week is a deed of its own.
  if (!leftOff && !told.some((d) => cardDays.has(d))) return undefined;
  const pending = (p: ParsedReport): PendingItem => ({ draft: p.draft, problems: p.problems, ...(p.counted ? { counted: p.counted } : {}) });
  // 漏了 alone: the card's records of a told day stay unless the restatement gives one of their kind again.
  const replaced = (i: PendingItem) =>
    i.draft.date !== undefined && told.includes(i.draft.date) && (wrong || parsed.some((p) => p.draft.date === i.draft.date && p.draft.type === i.draft.type));
  const items: PendingItem[] = [];
  const placed = new Set<string>();
  for (const item of card) {
    if (!replaced(item)) {
      items.push(item);
      continue;
    }
    const day = item.draft.date!;
    if (placed.has(day)) continue;
    placed.add(day);
    items.push(...parsed.filter((p) => p.draft.date === day).map(pending));
  }
  items.push(...parsed.filter((p) => !placed.has(p.draft.date!)).map(pending));
  return items.length === card.length && items.every((i, k) => i === card[k]) ? undefined : { items, days: told.sort() };
}
