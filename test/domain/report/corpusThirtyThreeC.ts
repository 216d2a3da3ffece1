// Round 33c (helper r3, issue 10): kinds left open by the last session's helpers, found in their reports and probed
// again here. Read on Mon 2026-11-30 10:00 +08:00. Fixed: a department written loosely (中心康复科室 · 康复科室) whose stem
// fits two departments (康复部, 残疾人康复中心) is asked which (ambiguous_department), where the card named both and 确认
// stored the check with no department, and 到中心康复科室 was even stored at once at the 中心; a record of the latest
// report named to be left out (孙丽的廉政谈话不用记 · 和王强那条不算 · 刚才那条警示教育不用记了) with nothing waiting is no
// new report (it was asked its day, or stored at once as a new 警示教育), and such a clause beside a deed (…，刚才那条警示
// 教育不算) makes no second record.
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
  // A record named to be left out, by its person and kind, by a person and 那条, or after 刚才/上面 by its kind or person:
  // no report of its own (the bot withdraws it from the latest report, or says none fits).
  ["孙杰", "孙丽的廉政谈话不用记", "-"],
  ["李明", "和王强那条不算", "-"],
  ["王磊", "刚才那条警示教育不用记了", "-"],
  ["王建国", "刚才报的和孙丽的谈话不算", "-"],
  ["张伟", "上面王建国那条去掉吧", "-"],
  ["郑华", "刚才的廉政党课不用记了", "-"],
  ["王磊", "刚才那条警示教育片观看不算", "-"],
  // Such a clause beside a deed is no deed of its own: the deed on a card that says so; clauses of that kind alone, none.
  ["王建国", "今天和孙丽进行了廉政谈话，刚才那条警示教育不算", "!廉谈 11-30 >孙丽"],
  ["王磊", "今天组织观看了警示教育片，参加6人。和杨帆的谈心谈话不用记", "!警示 11-30 > #6"],
  ["李明", "11月27日组织办公室学习了《廉洁自律准则》，参加5人；上面王强那条去掉吧", "!廉教 11-27 > 《廉洁自律准则》 #5"],
  ["王建国", "刚才那条警示教育不算，孙丽的廉政谈话也不用记", "-"],
  // Near-misses: the same words reporting a deed, a title holding 不算, and a remark of what not to keep stay reports.
  ["王建国", "和孙丽的廉政谈话11月20日已经谈了", "廉谈 11-20 >孙丽"],
  ["王磊", "今天组织观看了警示教育片《不算终点》，参加6人", "警示 11-30 > 《不算终点》 #6"],
  ["王建国", "今天和孙丽进行了廉政谈话，谈话内容不用记", "廉谈 11-30 >孙丽"],
  ["李明", "昨天和王强那次谈心谈话也算上", "谈心 11-29 >王强"],
];
