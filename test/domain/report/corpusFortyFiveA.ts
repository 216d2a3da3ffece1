// Round 45, fixer A (tester t47b on 92ffa4dd's round, F1: the worst finding): a correction 「不对，谈话对象是财务科的李娟，不是
// 王强。另外是周三」 sent after a recorded talk with 王强 became a NEW report of 李娟 and 王强 (answered, a card of two talks:
// one tap from a second, wrong 王强 talk, the old record left). The dialog now corrects the record (test/e2e/dialogFortyFiveA);
// here, what the parser reads when such a message reaches it with no record to correct: the name after 不是 / 而不是 / 并非 /
// 不是跟 is never a counterpart, also in a message that opens 不对 · 搞错了 · 更正 · 刚才说错了 (before, the denial was only
// taken out of messages that did not: every row of part 1 made the denied person a second counterpart). Near-misses (part 2):
// 不是 in a report (这次不是廉政谈话 · 不是第一次 · 不是例行的) and 不对 as a word of the deed (不对照 · 不对的地方) read as
// before. Part 3: the findings' dialog messages alone are no record (the dialog reads them). Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_FIVE_A_ROWS: CorpusRow[] = [
  // 1. A correction naming the right person and the wrong one: only the right one, asked what is missing.
  ["孙丽", "不对，谈话对象是财务科的李娟，不是王强。另外是周三", "? 11-25 >李娟 @- ?missing_type"],
  ["孙丽", "不对，对象是李娟，不是王强。另外是周三", "-"],
  ["冯雪", "不对，谈话对象是维权部的赵磊，不是王磊。另外是周三", "? 11-25 >赵磊 @- ?missing_type"],
  ["孙丽", "不对，谈话对象是李娟，不是王强", "? ? >李娟 @- ?missing_type,missing_date"],
  ["孙丽", "搞错了，是和李娟谈的心，不是王强", "谈心 ? >李娟 @财务科 ?missing_date"],
  ["郑华", "更正一下：上周五谈话的是陈静，而不是赵磊", "? 11-27 >陈静 @- ?missing_type"],
  ["周涛", "不对，上周三和张颖谈的心，不是跟吴静", "!谈心 11-25 >张颖 @组联部"],
  ["吴静", "刚才说错了，谈心谈话的对象是刘洋，不是张颖。时间是上周四", "谈心 11-26 >刘洋 @康复部"],
  ["孙丽", "不对，应该是和李娟进行的廉政谈话，不是王强", "廉谈 ? >李娟 @财务科 ?missing_date"],
  ["王建国", "更正：11月25日廉政谈话对象是孙丽，不是李明", "!廉谈 11-25 >孙丽 @财务科"],
  ["刘芳", "纠正一下，11月24日谈话的是周涛部长，不是吴静。", "? 11-24 >周涛 @- ?missing_type"],
  ["陈志强", "刚才那条搞错了，11月26日是和冯雪签的责任书，不是郑华", "!签责 11-26 >冯雪 @维权部"],
  ["赵敏", "不对，是何平，不是王磊，11月23日谈的廉政谈话", "!廉谈 11-23 >何平 @残疾人康复中心"],
  ["何平", "更正：11月18日是和徐辉进行的廉政谈话，而不是孙杰", "!廉谈 11-18 >徐辉 @残疾人康复中心"],
  ["王磊", "不对，11月19日谈心谈话的对象应该是杨帆，不是跟赵磊", "!谈心 11-19 >杨帆 @宣文部"],
  ["李明", "刚才说错了，上周二和王芳谈的心，不是胡军", "!谈心 11-24 >王芳 @办公室"],
  ["郑华", "写错了，11月24日和陈静谈心谈话，不是和赵磊", "!谈心 11-24 >陈静 @教育就业部"],
  ["刘芳", "更正一下，11月20日与吴静部长签订的责任书，不是周涛部长", "!签责 11-20 >吴静 @康复部"],
  ["冯雪", "不对，谈话对象是赵磊，并非王磊，11月27日谈心谈话", "!谈心 11-27 >赵磊 @维权部"],
  ["张伟", "纠正：11月16日廉政谈话的是刘芳副理事长，不是陈志强", "!廉谈 11-16 >刘芳 @-"],
  ["孙丽", "不对，是11月26日和李娟谈的心，不是和王强谈的", "!谈心 11-26 >李娟 @财务科"],
  ["吴静", "搞错了，对象是刘洋，不是张颖", "-"],
  ["王建国", "不对，11月24日和孙丽而不是李明进行了廉政谈话", "!廉谈 11-24 >孙丽 @财务科"],
  // 2. Near-misses: 不是 / 不对 inside a report keep their old readings.
  ["孙丽", "这次不是廉政谈话，是谈心谈话，和王强", "谈心 ? >王强 @财务科 ?missing_date"],
  ["孙丽", "上周五和李娟进行了谈心谈话，不是王强", "谈心 11-27 >李娟 @财务科"],
  ["孙丽", "11月27日和李娟而不是王强进行了谈心谈话", "谈心 11-27 >李娟 @财务科"],
  ["王建国", "上周五和李明主任进行了廉政谈话，这不是第一次谈话了", "廉谈 11-27 >李明 @办公室"],
  ["孙丽", "上周五组织财务科对照问题清单开展自查，不对照的地方已整改", "自查 11-27 > @财务科"],
  ["周涛", "上周四和张颖谈心，提醒她不对的地方要及时改正", "谈心 11-26 >张颖 @组联部"],
  ["黄志刚", "11月26日到财务科检查专项资金，发现报销不对的问题2处", "资金 11-26 > @财务科"],
  ["张伟", "11月20日与王建国进行了廉政谈话，不是例行的，是针对近期问题", "廉谈 11-20 >王建国 @-"],
  ["吴静", "11月25日和刘洋谈心谈话。不是第一次了。", "谈心 11-25 >刘洋 @康复部"],
  // 3. The findings' messages alone (t47b F6, F11, t47a F5): no record of their own; with a record or card they correct it.
  ["孙丽", "日期不对，是上周三不是上周二", "-"],
  ["孙丽", "第2条不要，风险点排查是会上做的", "-"],
  ["吴静", "第2条不对，类型是廉政教育，学的是《八项规定实施细则》", "廉教 ? > 《八项规定实施细则》 @- ?missing_date"],
];
