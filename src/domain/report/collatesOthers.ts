// 11月26日整理汇总了各部室10月份信息报送情况 (round 21u, 01 and P10): handling papers others handed in is no paper of the
// sender's own — it was stored as the sender's 信息报送.
import { findKinds } from './parseKind.js';
import { extractTitles } from './parseTraining.js';

/** 整理/汇总/统计/收集/催报/梳理 … 报送/上报/提交: the papers are others'. */
const COLLATES = /(?:整理|汇总|统计|收集|催报|梳理|审核|登记)[^,;。!?]{0,14}?(?:报送|提交|上报|上交|报来|交来)/;

/** 各位同志报送的信息整理登记了一下: the papers others handed in, then the collating verb. */
const COLLATED_AFTER = /(?:报送|提交|上报|上交|报来|交来|报上来|交上来|送来)的[^,;。!?]{0,8}?(?:整理|汇总|统计|收集|梳理|登记)/;

/** Reports that are papers someone hands in. */
const PAPER = /^report_/;

/**
 * Whether `line` only collates, counts or chases papers others handed in (各部室信息报送情况, 自查报告): no record of the
 * sender's, named on the card or in the reply instead.
 */
export function collatesOthers(line: string): boolean {
  const rest = extractTitles(line).rest;
  if (!COLLATES.test(rest) && !COLLATED_AFTER.test(rest)) return false;
  const kinds = findKinds(rest);
  return kinds.length > 0 && kinds.every((k) => PAPER.test(k.code));
}
