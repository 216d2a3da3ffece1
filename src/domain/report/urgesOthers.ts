// 督促各部室报送述责述廉材料: asking others to hand in a paper, which is no paper of the sender's.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/**
 * 督促/要求/通知/催促 … 报送/提交/上报: the paper is someone else's to hand in. 督促财务科完成了自查 (t42c F8: the 自查 stored
 * as the urging leader's): a paper or self-check urged to completion is the urged one's too.
 */
const URGES = /(?:督促|要求|通知|提醒|催促|催报|指导(?!下)|推动)[^,;。!?，；！？]{0,12}?(?:报送|提交|上报|上交|递交|撰写|完成|开展|做好|抓好|报)/;

/** The reports that are papers someone hands in. */
const PAPER = /^report_/;

/**
 * Whether `line` only asks others to hand in papers (述责述廉材料, 自查报告, 信息): no record of the sender's, named on the
 * card instead (round 14: 「三是督促各部室报送述责述廉材料」 became the sender's 述责述廉).
 */
export function urgesOthers(line: string): boolean {
  const rest = extractTitles(line).rest;
  if (!URGES.test(rest)) return false;
  const kinds = findKinds(rest);
  return kinds.length > 0 && kinds.every((k) => PAPER.test(k.code));
}

/**
 * The clause of `line` (parted by ，；) that only asks others to hand in or complete a paper, when the line tells of
 * something else beside it (11月25日到财务科检查了专项资金使用情况，另外督促财务科完成了自查 → 「另外督促财务科完成了自查」);
 * undefined when there is none or the whole line is that (urgesOthers reads it).
 */
export function urgedClause(line: string): string | undefined {
  const clauses = line.split(/(?<=[，,；;])/);
  if (clauses.length < 2) return undefined;
  const found = clauses.find((c) => urgesOthers(c.replace(/[，,；;。\s]+$/, '')));
  return found === undefined ? undefined : found.replace(/[，,；;。\s]+$/, '');
}
