// Round 34c (tester t34c; fixed by helper aa2, issue 10). Read on Mon 2026-11-30 10:00 +08:00 (the tester's days restated).
// Kinds: two titled doers joined by 和 who 一起来/莅临 a unit to check were lost and the check stored at once as the
// sender's (§1.2; 一起到 already read right); gathering every department's 自查报告 (汇总/收齐/整理 各部室…) was stored at
// once as the sender's own 自查总结, while a head's 本科室 paper gathered and handed up to 机关纪委 was refused (§1.3); a
// department heading over a two-day 分别 list lost the head as doer of each day (§2.2).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_L_ROWS: CorpusRow[] = [
  // 1. X主任和Y书记一起来 <unit> 检查: the senior of the two did the check, on a card; never the sender.
  ["徐辉", "11月26日何平主任和赵敏书记一起来中心检查了考勤", "!作风 11-26 赵敏>"],
  ["徐辉", "11月26日赵敏书记和何平主任一起来中心检查了考勤，9点整点名，2人迟到。", "!作风 11-26 赵敏>"],
  ["胡军", "11月25日黄书记和林晓一起来财务科检查了考勤", "!作风 11-25 黄志刚>"],
  ["刘洋", "11月26日吴静部长和刘芳副理事长一起莅临康复部检查工作纪律", "!作风 11-26 刘芳>"],
  // Near-misses: one titled doer who came, 一起到, and one accompanied, as before.
  ["徐辉", "11月26日赵敏书记来中心检查了考勤", "!作风 11-26 赵敏>"],
  ["胡军", "11月25日黄志刚和林晓一起到财务科检查了考勤", "!作风 11-25 黄志刚>"],
  ["徐辉", "11月26日何主任陪同赵敏书记来中心检查了考勤", "!作风 11-26 赵敏>"],
  // 2. Gathering every department's 自查报告 is collating, no paper of the sender's.
  ["林晓", "11月27日汇总了各部室的自查报告", "-"],
  ["林晓", "11月27日收齐了各部室的自查报告", "-"],
  ["林晓", "上周五，整理汇总各部室自查报告。", "-"],
  ["黄志刚", "各部室的自查报告11月27日已全部收齐", "-"],
  // One's own department's paper gathered and handed up to 机关纪委 is the department's 自查总结.
  ["孙丽", "11月27日汇总了本科室的自查报告并报送机关纪委", "自查 11-27 >"],
  ["冯雪", "11月27日把我们部的自查报告整理好报送了机关纪委", "自查 11-27 >"],
  // Near-misses: others' 述责述廉 and 信息报送 gathered as before; one's own paper handed in.
  ["林晓", "11月27日整理了各部室报送的述责述廉报告", "-"],
  ["林晓", "11月27日汇总各部室信息报送情况", "-"],
  ["孙丽", "自查报告11月27号交到机关纪委了", "自查 11-27 >"],
];
