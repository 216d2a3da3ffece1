// Round 69 (gib; t71c, round 68 ghc's left-alone): 陈志强「前天和维权部签了责任书 冯雪请假了没参加」 asked 和谁签订的 — round 68 read
// 「…维权部签了责任书，冯雪请假了，没参加」 (absentHeadUnit: the unit whose head was away is its other people, 赵磊), but with the
// away and 没参加 in one clause (or 「冯雪请假了」 ending the message) the absence was read as 冯雪 未参加, taken out of the one
// signing read with 维权部 as 冯雪, and nothing was left. The head of a unit turned to, said away in the message's last clause,
// is written as the clause pair that reading takes (…，冯雪请假了，没参加), so the unit stands for its other people.
import type { Directory } from '../organization.js';
import { departmentAlternation } from './departmentNames.js';

/**
 * Being away said with 了 (请假了 · 出差了), and what was not done with them after it in the same clause (没参加 · 没签), or
 * nothing. 请假没参加 · 出差未签 · 休假未参加 (no 了) are earlier rounds' rows, still asked as they were.
 */
const AWAY_CLAUSE = /(?:^|[,，;；\s]+)([\u4e00-\u9fa5]{2,4}?)((?:同志|部长|主任|科长|书记)?(?:那天|当天)?(?:因事|因病|因公)?(?:请假|出差|休假|外出|下乡|生病|住院)(?:了|去了))[,，\s]*(?:(?:所以|因此)?(?:没|没能)(?:参加|参会|签|谈|来))?(?:了)?[。.!！]?$/;

/**
 * `text` with its last clause, saying the head of a unit the deed turned to (和/与/跟/同 + the unit, no 全体 · 的 after it)
 * was away (冯雪请假了没参加 · 冯雪请假了 · 吴静部长出差了没签), written as 「，冯雪请假了，没参加」; `text` unchanged when the
 * clause names no such head, or the head is named anywhere else in the message. Names and units are `directory`'s.
 */
export function withAbsentHeadApart(text: string, directory: Directory): string {
  const m = AWAY_CLAUSE.exec(text);
  if (!m) return text;
  const head = directory.org.people.find((p) => p.name === m[1]);
  if (head === undefined) return text;
  const before = text.slice(0, m.index);
  if (before.includes(head.name)) return text;
  const units = new RegExp(`(?:和|与|跟|同)[\\s]*(${departmentAlternation(directory)})(?!全体|的|负责人|[\\u4e00-\\u9fa5]{0,2}(?:同志|人员|干部|党员))`, 'g');
  const headed = [...before.matchAll(units)].some((u) => directory.org.departments.some((d) => (d.name === u[1] || d.aliases.includes(u[1]!)) && d.headId === head.id));
  if (!headed) return text;
  return `${before}，${head.name}${m[2]}，没参加`;
}
