// 督促各部室报送述责述廉材料: asking others to hand in a paper, which is no paper of the sender's.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** 督促/要求/通知/催促 … 报送/提交/上报: the paper is someone else's to hand in. */
const URGES = /(?:督促|要求|通知|提醒|催促|催报|指导)[^,;。!?]{0,12}?(?:报送|提交|上报|上交|递交|撰写|报)/;

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
