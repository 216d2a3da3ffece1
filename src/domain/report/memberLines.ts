// 孙丽「12月1日 王强 廉政谈话⏎12月2日 李娟 谈心谈话⏎12月3日 学习廉政信息⏎12月4日 检查本科室报销票据」 (round 65, gec): line 3
// was not read, and the card numbered lines 1, 2 and 4 as 1–3 — 「第3条不用记」, meant for her line 3, took off line 4's
// check. When a line of an unnumbered list is left unread, each record keeps the member's number of its line as `entry`,
// as a numbered list's records do, so the card and the replies count as the member does.
import type { ParsedReport } from './draft.js';

/** An item's label that is the member's count of lines or entries (第3行 · 第3条), group 1 the number. */
export const LINE_LABEL = /^第(\d{1,2})(?:行|条)$/;

/**
 * `reports` without their parse-time `line`; when `unreadSaid` (the message's unread note names a line) and every report
 * has a line and none an entry, each takes its line as `entry`. Null stays null. Pure.
 */
export function withMemberLines(reports: ParsedReport[] | null, unreadSaid: boolean): ParsedReport[] | null {
  if (reports === null || !reports.some((r) => r.line !== undefined)) return reports;
  const lined = unreadSaid && reports.every((r) => r.line !== undefined && r.entry === undefined);
  return reports.map(({ line, ...r }) => (lined ? { ...r, entry: line! } : r));
}
