// Round 20u's day, meeting and table faults (c20, issue 10). Kind 9: a 党组 meeting that heard reports is its chair's
// 专题会议, whatever the order of the clauses. Kind 5: a merged-cell row and a form's 记录人. Kind 1: a bare weekday after a week named in a lead-in
// (上周的几件事报一下：周一…) is in that week (was: this week's Monday, today in the corpus), and a deed set for within a
// period (本周内谈完) is a plan, named, never recorded. The dialog side (就是上周那次 → 周三) is test/e2e/roundTwentyC.test.ts.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_C_ROWS: CorpusRow[] = [
  // 1. A week named in a lead-in before a colon or comma governs the bare weekdays after it.
  ["黄志刚", "上周的几项工作说一下：周一和林晓进行了谈心谈话；周四组织机关纪委全体同志学习了《中国共产党纪律处分条例》", "!谈心 11-23 >林晓 | 廉教 11-26 > 《中国共产党纪律处分条例》"],
  ["吴静", "上个星期做了这些：星期一组织部门学习了《中国共产党廉洁自律准则》；星期三和刘洋进行了廉政谈话", "!廉教 11-23 > 《中国共产党廉洁自律准则》 | 廉谈 11-25 >刘洋"],
  ["冯雪", "上礼拜的情况汇报一下，周一和赵磊进行了廉政谈话，周五组织部门观看了警示教育片《围猎》", "!廉谈 11-23 >赵磊 | 警示 11-27 > 《围猎》"],
  ["郑华", "这周的事简单说下：周一和陈静谈心谈话", "谈心 11-30 >陈静"],
  // 1. 本周内谈完 · 月底前谈完 · 这周之内签完: set for later, the people it names left out and the plan said.
  ["陈志强", "11月25日与郑华进行了廉政谈话，冯雪月底前谈完", "廉谈 11-25 >郑华"],
  ["王建国", "上周的几件事报一下：周一和李明签订了党风廉政建设责任书，孙丽这周之内签完", "签责 11-23 >李明"],
  // 9. A 党组 meeting on 党风廉政建设 that heard reports, its chair named after it (主持会议 · 会议由…主持 · 主持，听取…):
  // the chair's 专题会议, on the card (was: 「未记录」).
  ["张颖", "11月24日上午，市残联党组召开会议，听取了组联部、康复部关于今年党风廉政建设责任制落实情况的汇报，张伟书记主持会议。", "!专题 11-24 张伟>"],
  ["胡军", "11月17日下午，党组召开会议，听取了办公室、财务科关于落实党风廉政建设主体责任情况的汇报，会议由张伟书记主持。", "!专题 11-17 张伟>"],
  ["李明", "上周二，机关党委召开了全面从严治党专题会议，赵敏书记主持，听取了各支部落实党风廉政建设责任制情况汇报", "!专题 11-24 赵敏>"],
  ["林晓", "11月12日党组召开专题会议，审议年度党风廉政建设工作要点，张伟同志主持会议并讲话。", "!专题 11-12 张伟>"],
  ["陈静", "11月18日党组召开会议，听取教育就业部、维权部党风廉政建设工作汇报，张书记主持", "!专题 11-18 张伟>"],
  // 5. A merged cell's continuation row (blank cells, a name in the last) is one more counterpart of the row above
  // (was: dropped silently).
  ["王磊", "宣文部廉政工作记录\n序号\t日期\t事项\t负责人\t参加人员\n1\t11月10日\t谈心谈话\t王磊\t杨帆\n\t\t\t\t刘洋\n2\t11月18日\t学习《中国共产党纪律处分条例》\t王磊\t全部门6人", "!谈心 11-10 >杨帆 | 谈心 11-10 >刘洋 | 廉教 11-18 > 《中国共产党纪律处分条例》 #6"],
  ["吴静", "日期\t内容\t负责人\t对象\n11月4日\t廉政谈话\t吴静\t刘洋\n\t\t\t张颖\n11月20日\t谈心谈话\t吴静\t刘洋", "!廉谈 11-04 >刘洋 | 廉谈 11-04 >张颖 | 谈心 11-20 >刘洋"],
  ["郑华", "序号\t时间\t工作内容\t负责人\t参加人员\n1\t11月9日\t签订廉政承诺书\t郑华\t陈静\n\t\t\t\t赵磊", "签责 11-09 >陈静 | 签责 11-09 >赵磊"],
  // The sender's own name alone under the table is a sign-off, not a merged cell (no talk of 孙丽 with herself).
  ["孙丽", "序号\t日期\t事项\t负责人\t对象\n1\t11月20日\t廉政谈话\t孙丽\t王强\n孙丽", "廉谈 11-20 >王强"],
  // 5. A talk form's 记录人 / 记录员 / 审核人 / 填表人 took no part: never a counterpart.
  ["陈志强", "谈话记录 谈话时间：2026年11月12日 谈话人：陈志强 谈话对象：冯雪 记录人：赵磊 谈话类型：廉政谈话", "!廉谈 11-12 >冯雪"],
  // (f24: a form on one line is read as its sentence, 吴静与刘洋进行了廉政谈话: the sender's own talk, short, at once.)
  ["吴静", "廉政谈话登记表  时间：11月16日  谈话人：吴静  谈话对象：刘洋  记录员：张颖  审核人：刘芳", "廉谈 11-16 >刘洋"],
  ["王建国", "谈话时间：2026年11月23日 谈话人：王建国 谈话对象：李明（办公室主任） 填表人：孙丽 谈话类型：廉政谈话", "!廉谈 11-23 >李明"],
  // 5. What a check found among those checked (2人未按时到岗 · 两人迟到 · 3名同志不在岗 · 1人请假) is no head count; 实到3人 is.
  ["黄志刚", "11月27日上午到康复部查了考勤，2人未按时到岗", "!作风 11-27 >"],
  ["黄志刚", "11月25日下午到教育就业部检查考勤，两人迟到", "作风 11-25 >"],
  ["林晓", "11月19日到办公室开展作风纪律检查，3名同志不在岗", "作风 11-19 >"],
  ["黄志刚", "11月27日对维权部开展作风纪律暗访，应到4人实到3人，1人请假", "作风 11-27 > #3"],
];
