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
  // 3. Days listed before 分别/两次 under a department's heading sent by a clerk: each day's deed is the head's (on a card).
  ["张颖", "组联部近期工作：11月10日、11月24日分别组织部门全体人员学习《廉洁自律准则》和《关于进一步加强作风建设的通知》，每次5人参加。另外周部长11月20日跟我谈了一次心。", "!廉教 11-10 周涛> 《廉洁自律准则》 #5 | 廉教 11-24 周涛> 《关于进一步加强作风建设的通知》 #5 | 谈心 11-20 周涛>张颖"],
  ["赵磊", "维权部：11月4日、11月18日两次组织部门党员学习《中国共产党廉洁自律准则》，参加人数分别为3人、4人。", "!廉教 11-04 冯雪> 《中国共产党廉洁自律准则》 #3 | 廉教 11-18 冯雪> 《中国共产党廉洁自律准则》 #4"],
  ["张颖", "组联部近期工作：11月10日和11月24日分别组织部门党员学习《廉洁自律准则》", "!廉教 11-10 周涛> 《廉洁自律准则》 | 廉教 11-24 周涛> 《廉洁自律准则》"],
  // Near-misses: one day as before; the head's own heading is his; a talk with the head on each day is the head's with the clerk.
  ["张颖", "组联部近期工作：11月10日组织部门全体人员学习《廉洁自律准则》，5人参加。", "!廉教 11-10 周涛> 《廉洁自律准则》 #5"],
  ["周涛", "组联部近期工作：11月10日、11月24日分别组织部门全体人员学习《廉洁自律准则》和《关于进一步加强作风建设的通知》", "!廉教 11-10 > 《廉洁自律准则》 | 廉教 11-24 > 《关于进一步加强作风建设的通知》"],
  ["张颖", "组联部近期工作：11月10日、11月24日分别与周部长谈了心", "!谈心 11-10 周涛>张颖 | 谈心 11-24 周涛>张颖"],
];
