// Round 33c (helper r3, issue 10): kinds left open by the last session's helpers, found in their reports and probed
// again here. Read on Mon 2026-11-30 10:00 +08:00. Fixed: a department written loosely (中心康复科室 · 康复科室) whose stem
// fits two departments (康复部, 残疾人康复中心) is asked which (ambiguous_department), where the card named both and 确认
// stored the check with no department, and 到中心康复科室 was even stored at once at the 中心; a record of the latest
// report named to be left out (孙丽的廉政谈话不用记 · 和王强那条不算 · 刚才那条警示教育不用记了) with nothing waiting is no
// new report (it was asked its day, or stored at once as a new 警示教育).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_C_ROWS: CorpusRow[] = [
  // A department written loosely that fits two is asked which, one question per record of those words.
  ["林晓", "11月20日到中心康复科室开展作风纪律检查", "作风 11-20 > ?ambiguous_department"],
  ["黄志刚", "11月18日深入康复科室开展作风纪律督查", "作风 11-18 > ?ambiguous_department"],
  ["何平", "11月11日、11月25日分别对中心康复科室开展作风纪律检查", "作风 11-11 > ?ambiguous_department | 作风 11-25 > ?ambiguous_department"],
  ["林晓", "上周四和黄志刚书记一起到中心康复科室检查了考勤和廉洁从业情况", "作风 11-26 黄志刚> ?ambiguous_department"],
  // Near-misses: a loose name one department fits is resolved on the card; 中心 alone, 中心 before a stem no department
  // has (信访), and a department's own name stay the place at once, as before.
  ["林晓", "11月20日到中心宣文科室开展作风纪律检查", "!作风 11-20 >"],
  ["黄志刚", "11月20日到组联科室开展作风纪律检查", "!作风 11-20 >"],
  ["黄志刚", "11月20日到中心开展作风纪律检查", "作风 11-20 >"],
  ["黄志刚", "11月20日到中心信访科室开展作风纪律检查", "作风 11-20 >"],
  ["黄志刚", "11月20日到康复中心开展作风纪律检查", "作风 11-20 >"],
  ["黄志刚", "11月20日对康复部开展作风纪律检查", "作风 11-20 >"],
];
