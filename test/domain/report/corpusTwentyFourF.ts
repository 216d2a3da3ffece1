// f24 (issue 10): tables, one-line fields and titles. A 台账 row typed on one line (谈话人：X｜谈话对象：Y｜记录人：Z, or
// 主讲人 X 题目 … 听课人数 N) is X's deed with Y, the title and count read (was: the sender's talks with every name, the
// lecturer asked); a 谈话人—对象 column is the doer's talk with the other, a merged row taking the day above. Words after a film or 学习 that continue the sentence (两次, 观看活动,
// 会并讲话) are no title (were stored as 《两次》《观看活动》《会并讲话》); a one-row table whose 谈话人 cell is blank with no row
// above is the sender's only on a card where the sender plausibly held it, else asked whose (was: stored at once as the
// sender's, or read as no report).
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_F_ROWS: CorpusRow[] = [
  // One-line fields: ｜, |, ；, commas or spaces between 字段：值 pairs; the 记录人 is no one.
  ["孙丽", "2026.11.23｜财务科｜谈心谈话｜谈话人：王建国｜谈话对象：孙丽｜记录人：李娟", "!谈心 11-23 王建国>孙丽"],
  ["张颖", "11月9日|组联部|廉政谈话|谈话人：刘芳|谈话对象：周涛、张颖", "!廉谈 11-09 刘芳>周涛 | 廉谈 11-09 刘芳>张颖"],
  ["赵磊", "11月16日；维权部；谈话人：陈志强；谈话对象：冯雪、赵磊；类型：廉政谈话", "!廉谈 11-16 陈志强>冯雪 | 廉谈 11-16 陈志强>赵磊"],
  ["徐辉", "谈话时间：11月20日 谈话人：赵敏 谈话对象：何平 谈话类型：廉政提醒谈话 记录人：孙杰", "!廉谈 11-20 赵敏>何平"],
  ["陈静", "11月6日，教育就业部，谈心谈话，谈话人：郑华，谈话对象：陈静", "!谈心 11-06 郑华>陈静"],
  ["李明", "11月27日 谈话人：李明 谈话对象：胡军 类型：谈心谈话", "谈心 11-27 >胡军"],
  // …and minutes headers on one line, ｜ between the fields as well.
  ["王芳", "时间：11月10日｜地点：党组会议室｜主持人：张伟｜参加人员：王建国、刘芳｜内容：全面从严治党专题会议", "!专题 11-10 张伟>"],
  ["吴静", "时间：11月4日 | 地点：康复部 | 主持人：吴静 | 参加人员：刘洋 | 内容：廉政风险自查", "自查 11-04 >"],
  // 主讲人/题目 fields: the lecturer is the doer, the title the title (no 警示教育 from a title word), on a card.
  ["胡军", "11.26 下午 二楼会议室 廉政党课 主讲人 李明 题目 守住廉洁底线 听课人数 9 记录 胡军", "!党课 11-26 李明> 《守住廉洁底线》 #9"],
  ["杨帆", "11月17日警示教育，主讲人王磊，题目：《镜鉴》，参加12人", "!警示 11-17 王磊> 《镜鉴》 #12"],
  ["孙杰", "11月25日｜康复中心｜廉政党课｜主讲人：赵敏｜题目：廉洁行医 守护初心｜参加人数：20", "!党课 11-25 赵敏> 《廉洁行医 守护初心》 #20"],
  ["王芳", "11月18日廉政党课，主讲人陈志强，题目：以案为鉴 警钟长鸣，听课人数30", "!党课 11-18 陈志强> 《以案为鉴 警钟长鸣》 #30"],
  // A 谈话人—对象 column (—, －, -, →, 与): the first the doer; a merged row takes the day and type above.
  ["刘洋", "康复部谈话台账\n日期\t形式\t谈话人—谈话对象\n11月3日\t谈心谈话\t吴静—刘洋\n11月19日\t廉政谈话\t刘芳—吴静", "!谈心 11-03 吴静>刘洋 | 廉谈 11-19 刘芳>吴静"],
  ["何平", "序号 时间 类型 谈话人－对象\n1 11月13日 廉政谈话 何平－徐辉\n2 何平－孙杰\n3 11月24日 谈心谈话 赵敏－何平", "!廉谈 11-13 >徐辉 | 廉谈 11-13 >孙杰 | 谈心 11-24 赵敏>何平"],
  ["王磊", "宣文部11月谈话\n序号 谈话人→对象 日期 形式\n1 王磊→杨帆 11.12 谈心谈话\n2 赵敏→王磊 11.20 廉政谈话", "!谈心 11-12 >杨帆 | 廉谈 11-20 赵敏>王磊"],
  ["冯雪", "谈话人与对象 日期 类型\n冯雪与赵磊 11月5日 廉政谈话\n陈志强与冯雪 11月9日 廉政谈话", "!廉谈 11-05 >赵磊 | 廉谈 11-09 陈志强>冯雪"],
  ["王芳", "11月谈话情况\n日期 谈话人-谈话对象 形式\n11.03 张伟-王建国 廉政谈话\n11.05 张伟-刘芳、陈志强 廉政谈话", "!廉谈 11-03 张伟>王建国 | 廉谈 11-05 张伟>刘芳 | 廉谈 11-05 张伟>陈志强"],
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
