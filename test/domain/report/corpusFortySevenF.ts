// Round 47, fsf (fresh shapes): a clerk's numbered item with no doer, 「2.11月18日，组织开展专项资金使用情况检查。」 from
// 王芳 (办公室科员), was stored as the clerk's own check (and 「组织学习…，中心全体职工参加」 from a 医师 his own, at once):
// a check organised by no one named is now asked whose (the head first; a deputy: the head or the deputy), a teaching
// everyone took part in the department's, its head's on the card. 「11月25日，围绕…、谈心谈话制度、廉政谈话提醒等内容，组织办公室全体人员开展
// 廉政教育」 was read as four talks with the whole office (a day before 围绕, or 聚焦 for 围绕, hid the purpose clause): the
// topic list is the teaching's topic. 「康复中心10月份信息报送1篇，11月20日何平主任组织科室自查」 put the October paper on the
// 自查's day: a paper named for its month whose clause says no day is asked its day. 「办公室已于11月27日完成述责述廉报告」
// from a clerk was the clerk's own at once (已于 hid the department as the subject): the head's, on the card. Table rows
// 11月26日⇥财务科⇥警示教育⇥4 (a 科室 column) were the sender's own, some at once: the department's, its head's, on the card.
// A ledger row 「12.3  王磊  谈心谈话  杨帆」 from 杨帆 was her own talk with her head: 王磊's with her. 「刘芳、陈志强两位
// 副理事长分别到分管科室召开分管科室会议」 put both at 刘芳's departments: each leader's 分管科室 their own.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_SEVEN_F_ROWS: CorpusRow[] = [
  ["王芳", "一、11月工作完成情况\n1.11月10日，张伟书记主持召开党风廉政建设分析研判会；\n2.11月18日，组织开展专项资金使用情况检查。", "研判 11-10 张伟> @- | 资金 11-18 > @- ?missing_actor"],
  ["胡军", "11月工作小结\n1.11月12日，王建国副理事长与李明主任进行廉政谈话；\n2.11月20日，组织开展作风建设专项检查。", "廉谈 11-12 王建国>李明 @办公室 | 作风 11-20 > @- ?missing_actor"],
  ["李娟", "财务科11月工作：\n（一）11月6日，孙丽科长与王强、李娟谈心谈话；\n（二）11月19日，组织开展专项资金使用情况自查自纠检查。", "!谈心 11-06 孙丽>王强 @财务科 | 谈心 11-06 孙丽>李娟 @财务科 | 资金 11-19 孙丽> @财务科"],
  ["张颖", "组联部11月份工作：1、11月4日周涛部长主持召开科室会议；2、11月21日开展了作风纪律检查。", "!作风 11-21 周涛> @组联部"],
  ["刘洋", "11月25日，组织对康复部辅具发放专项资金开展检查。", "资金 11-25 > @康复部 ?missing_actor"],
  ["陈静", "本月组织开展了就业补贴资金专项检查，11月24日完成。", "资金 11-24 > @- ?missing_actor"],
  ["赵磊", "11.26 组织开展工作作风明察暗访", "作风 11-26 > @- ?missing_actor"],
  ["杨帆", "二、11月17日，组织开展了公务用车使用情况专项检查，未发现问题。", "作风 11-17 > @- ?missing_actor"],
  ["孙杰", "11月23日组织学习《纪律处分条例》，中心全体职工参加。", "!廉教 11-23 何平> 《纪律处分条例》 @残疾人康复中心"],
  ["李娟", "11月23日集中观看警示教育片，全体人员参加。", "!警示 11-23 孙丽> @-"],
  ["李娟", "11月23日我参加了集中观看警示教育片", "警示 11-23 > @-"],
  ["王强", "11月16日，组织开展了财务科专项资金使用情况检查。", "资金 11-16 > @财务科 ?missing_actor"],
  ["王芳", "11月18日，我参加了专项资金使用情况检查。", "资金 11-18 > @-"],
  ["王芳", "11月18日我和李明主任一起对财务科开展了专项资金检查", "!资金 11-18 李明> @财务科"],
  ["李明", "11月18日，组织开展专项资金使用情况检查。", "资金 11-18 > @-"],
  ["林晓", "11月18日，组织开展专项资金使用情况检查。", "资金 11-18 > @-"],
  ["黄志刚", "11月18日，组织开展作风建设专项检查。", "作风 11-18 > @-"],
  ["王建国", "11月18日，组织开展专项资金使用情况检查。", "资金 11-18 > @-"],
  ["王芳", "11月18日，黄志刚书记带队组织开展专项资金使用情况检查。", "!资金 11-18 黄志刚> @-"],
  ["李娟", "今天和孙科长去康复部检查了专项资金使用情况", "资金 11-30 > @康复部 ?missing_actor"],
];
