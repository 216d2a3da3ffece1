// Round 64, gdi (t67a P5): 孙丽 pasted a 4-line list whose line 3 was not read; the card showed lines 1, 2 and 4 as 第1–3条,
// and 「最后两条不用记」 took off the card's 2 and 3 — 李娟's talk and line 4 — where she meant her own lines 3 and 4. When a
// line of the message was left unread (parseReport's 「第N行…没有读出可记录的活动」 note) the member's list and the card's
// numbers differ; 最后两条 · 后两条 · 最后一条 then count the member's lines: the records of those lines leave the card, and
// the unread ones among them are said as never recorded (their note goes, no longer needed).
import type { PendingItem } from './followUp.js';

/** 最后两条不用记 · 后两条不要 · 最后一条不用记了: group 1 how many (absent: one). */
const LAST_LINES =
  /^(?:把)?(?:最后|后面的?|后)(两|二|2|三|3|一|1)?(?:条|项|行)(?:都|也)?(?:不用记|不用登记|不记|不要|别记|去掉|删掉|删了|删除|不算)(?:了|吧|啊|哈)*[。.!！\s]*$/;
/** parseReport's unread note: 「第3行、第4行没有读出可记录的活动，未记录；如需记录请单独发送」. */
export const UNREAD_NOTE = /^((?:第\d{1,2}(?:行|条)、?)+)没有读出可记录的活动，未记录；如需记录请单独发送$/;
const COUNT: Record<string, number> = { 一: 1, 1: 1, 两: 2, 二: 2, 2: 2, 三: 3, 3: 3 };

export interface MemberEndsDrop {
  /** Card indexes (0-based) of the records of the lines named. */
  indexes: number[];
  /** The member's line of each of `indexes`, in order. */
  lines: number[];
  /** The unread lines named (the member's numbers). */
  unread: number[];
  /** `remarks` with those lines out of the unread note (the note gone when none is left). */
  remarks: string[];
}

/**
 * What 「最后两条不用记」 (`text`) names of a card of `items` whose `remarks` hold an unread note, when the lines named take in
 * an unread one; undefined otherwise (the card's own numbers then are the member's, cardItemChoice's).
 */
export function memberEndsDrop(text: string, items: readonly PendingItem[], remarks: readonly string[]): MemberEndsDrop | undefined {
  const m = LAST_LINES.exec(text.trim());
  if (!m || items.length === 0) return undefined;
  const at = remarks.findIndex((r) => UNREAD_NOTE.test(r));
  if (at < 0) return undefined;
  const unreadAll = [...UNREAD_NOTE.exec(remarks[at]!)![1]!.matchAll(/第(\d{1,2})(?:行|条)/g)].map((x) => Number(x[1]));
  const n = COUNT[m[1] ?? '一']!;
  // The member's line of each record: its entry (a numbered list), else — lines one record each, the unread ones skipped —
  // the lines left in order; when the count does not come out (a line gave two records) the reading is not this one's.
  const numbered = items.every((i) => i.entry !== undefined);
  const total = numbered ? Math.max(...items.map((i) => i.entry!), ...unreadAll) : items.length + unreadAll.length;
  if (!numbered && Math.max(...unreadAll) > total) return undefined;
  const readLines = Array.from({ length: total }, (_, k) => k + 1).filter((x) => !unreadAll.includes(x));
  const lineOf = (i: PendingItem, k: number): number => (numbered ? i.entry! : readLines[k]!);
  const last = Array.from({ length: n }, (_, k) => total - n + 1 + k).filter((x) => x >= 1);
  const indexes = items.flatMap((i, k) => (last.includes(lineOf(i, k)) ? [k] : []));
  const unread = unreadAll.filter((x) => last.includes(x));
  if (unread.length === 0) return undefined;
  const kept = unreadAll.filter((x) => !last.includes(x));
  const label = /第\d{1,2}条/.test(remarks[at]!) ? '条' : '行';
  const note = kept.length > 0 ? [`${kept.map((x) => `第${x}${label}`).join('、')}没有读出可记录的活动，未记录；如需记录请单独发送`] : [];
  return { indexes, lines: indexes.map((k) => lineOf(items[k]!, k)), unread, remarks: [...remarks.slice(0, at), ...note, ...remarks.slice(at + 1)] };
}
