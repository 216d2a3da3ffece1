// 「12月2号是报送信息2篇」 while a 确认 card holding those two papers waits (round 58, fdc; fec's left-alone: a second card of
// the same two papers opened beside the first, 「您之前的 1 张卡片仍在等您确认」 — both confirmed, four papers stored): a
// message that only tells again what the card already holds is the member checking the card, never a second report.
import type { ParsedReport } from './draft.js';
import type { PendingItem } from './followUp.js';

/** 又 · 再 · 还 · 另外 · 也 · 补 · 新: the deed said as one more, a report of its own (near-miss kept as today). */
const ONE_MORE = /又|再|还|另外|另|也|补|新|多/;

/** One record's identity on a card: type, day, doer, the people it is with. */
const keyOf = (d: { type?: string; date?: string; actorId?: string; counterpartIds: readonly string[] }) =>
  `${d.type}@${d.date}~${d.actorId ?? ''}>${[...d.counterpartIds].sort().join(',')}`;

/**
 * The 1-based numbers of the card's records `parsed` (`text` read as a report) tells again, when every record it reads is on
 * `card` and each kind of record is told as many times as the card holds it (2篇 for two papers); undefined otherwise —
 * anything new, a different count, a question left, or words saying it is one more (又 · 再 · 另外).
 */
export function cardToldAgain(text: string, card: readonly PendingItem[], parsed: readonly ParsedReport[] | null): number[] | undefined {
  if (parsed === null || parsed.length === 0 || ONE_MORE.test(text) || /\n/.test(text.trim())) return undefined;
  if (parsed.some((p) => p.problems.length > 0 || p.draft.type === undefined || p.draft.date === undefined)) return undefined;
  const told = new Map<string, number>();
  for (const p of parsed) told.set(keyOf(p.draft), (told.get(keyOf(p.draft)) ?? 0) + 1);
  const at: number[] = [];
  for (const [key, count] of told) {
    const on = card.flatMap((i, k) => (keyOf(i.draft) === key ? [k + 1] : []));
    if (on.length !== count) return undefined;
    at.push(...on);
  }
  return at.sort((a, b) => a - b);
}
