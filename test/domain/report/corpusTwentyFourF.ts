// f24 (issue 10): tables, one-line fields and titles. Words after a film or 学习 that continue the sentence (两次, 观看活动,
// 会并讲话) are no title (were stored as 《两次》《观看活动》《会并讲话》); a one-row table whose 谈话人 cell is blank with no row
// above is the sender's only on a card where the sender plausibly held it, else asked whose (was: stored at once as the
// sender's, or read as no report).
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_F_ROWS: CorpusRow[] = [
  // Junk titles: a count, the showing itself, the rest of 学习会/学习班.
  ["吴静", "本月康复部组织观看警示教育片两次，分别在11月6日和11月19日", "警示 11-06 > | 警示 11-19 >"],
  ["何平", "11月18日组织中心职工观看警示教育片一次", "警示 11-18 >"],
  ["郑华", "11月24日组织教育就业部全体人员开展警示教育片观看活动", "警示 11-24 >"],
  ["冯雪", "上周五组织维权部党员开展警示片观影活动，参加5人", "警示 11-27 > #5"],
  ["赵敏", "11月12日组织机关党员开展廉政教育学习会并讲话", "廉教 11-12 >"],
  ["李明", "11月3日召开办公室纪律教育学习会并作动员讲话", "廉教 11-03 >"],
  // A blank 谈话人 cell with nothing above: the sender's on a card where they plausibly held it (their own member, their
  // 分管 head), otherwise asked whose.
  ["李明", "办公室谈心谈话统计表\n序号\t谈话人\t谈话对象\t谈话时间\n1\t\t胡军\t2026.11.09", "!谈心 11-09 >胡军"],
  ["孙丽", "序号\t谈话人\t谈话对象\t谈话时间\t形式\n1\t\t李娟\t11月6日\t廉政谈话", "!廉谈 11-06 >李娟"],
  ["陈志强", "廉政谈话记录\n序号\t谈话人\t谈话对象\t日期\n1\t\t冯雪\t11.25", "!廉谈 11-25 >冯雪"],
  ["王芳", "廉政谈话登记\n序号\t谈话人\t谈话对象\t日期\n1\t\t李明\t11.20", "廉谈 11-20 >李明 ?missing_actor"],
  // …and the same rows as the chat delivers them, blank cells folded away (lined up on the day cell).
  ["吴静", "康复部谈心谈话记录\n序号 谈话人 谈话对象 谈话日期\n1 刘洋 11月23日", "!谈心 11-23 >刘洋"],
  ["杨帆", "序号 谈话人 谈话对象 谈话时间 形式\n1 王磊 2026.11.18 廉政谈话", "廉谈 11-18 >王磊 ?missing_actor"],
  ["张颖", "序号\t谈话人\t谈话对象\t时间\t类型\n1\t\t周涛\t11月16日\t谈心谈话\n2\t刘芳\t张颖\t11月17日\t谈心谈话", "谈心 11-16 >周涛 ?missing_actor | 谈心 11-17 刘芳>张颖"],
];
