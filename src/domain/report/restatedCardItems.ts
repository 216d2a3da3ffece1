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

/** 不对，是我… · 不对，应该是我… · 错了，其实是我…: the card's deed restated by who did it, with whom (round 58, fdd). */
const RESTATED_WHO = /^(?:不对不对|不对|错了|说错了|搞错了|有误)[,，:：;；\s]+(?:应该|其实|实际上?)?是/;

/** The talk and signing kinds a restatement of who did it with whom may leave unsaid. */
const PAIRED = new Set<string>(['talk_integrity', 'talk_heart', 'pledge_sign']);

/**
 * 「不对，是我分别和王强、李娟谈的」 on a card of 廉政谈话｜12-01｜王强→李娟 (round 58, fdd; t60a F7: a second report opened beside
 * the wrong card, its type and day asked again): a restatement of who talked with whom takes the type and the day of the
 * card it corrects, when the card holds one talk or signing kind on one day and the restatement says neither. `parsed`
 * as it was otherwise (a restatement that still lacks a person, or a card of several kinds or days, asks as before).
 */
function withCardTypeAndDay(parsed: readonly ParsedReport[], card: readonly PendingItem[]): readonly ParsedReport[] {
  const types = new Set(card.map((i) => i.draft.type));
  const days = new Set(card.map((i) => i.draft.date));
  const type = card[0]?.draft.type;
  const date = card[0]?.draft.date;
  if (types.size !== 1 || days.size !== 1 || type === undefined || date === undefined || !PAIRED.has(type)) return parsed;
  const open = new Set(['missing_type', 'missing_date']);
  const fits = (p: ParsedReport) =>
    p.draft.counterpartIds.length > 0 &&
    p.problems.every((q) => open.has(q.code)) &&
    (p.draft.type === undefined || PAIRED.has(p.draft.type)) &&
    (p.draft.date === undefined || p.draft.date === date);
  if (!parsed.every(fits)) return parsed;
  // Talks and signings are counted per pair: one record per person, as a report of them reads (parseSegment's perCounterpart).
  return parsed.flatMap((p) =>
    p.draft.counterpartIds.map((id) => ({ ...p, draft: { ...p.draft, type: p.draft.type ?? type, date: p.draft.date ?? date, counterpartIds: [id] }, problems: [] })),
  );
}

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
export function restatedCardItems(text: string, card: readonly PendingItem[], said: readonly ParsedReport[] | null): RestatedCard | undefined {
  const t = text.trim();
  const wrong = OWNED_WRONG.test(t);
  const leftOff = LEFT_OFF.test(t);
  if ((!wrong && !leftOff) || /\n/.test(t) || said === null || said.length === 0) return undefined;
  const parsed = RESTATED_WHO.test(t) ? withCardTypeAndDay(said, card) : said;
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
