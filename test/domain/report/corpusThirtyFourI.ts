// Found by the acceptance tester of round 34b (t34b, §4, issue 10), fixed by helper z4: department tags on records.
// A21 「…作了专题廉政辅导报告，赵敏书记主持…。同日，办公室组织召开年终工作部署会。」 filed the lecture under 办公室, named only
// in the later sentence of a deed that is no record: a sentence opening a deed of its own (a day, 同日, 会后, 下午…) and
// naming no activity type gives no department to the record before it.
// A17 「张伟…为机关全体党员干部讲授…廉政党课，机关各部室、康复中心共45名党员参加」 filed the unit's lesson under the
// centre in its audience: a clause naming the whole unit (机关各部室/各科室) in which no one holds anything is no
// department of the record; 财务科组织…，机关各部室党员参加 keeps 财务科.
// B9 郑华 「本月1号组织部门看了警示教育片」 had no department: 组织部门看了/收看了 is the sender's own department, as
// 组织部门观看/学习 was.
// A23 吴静's 学习 under 「康复部11月份党风廉政工作总结：」 had none: a heading naming the sender's own department (or 中心/部里)
// over its work, sent by its head, puts the head's own held deeds under it in that department (a check keeps its place).
// Rows assert the department (` @部门`, ` @-` none). Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_I_ROWS: CorpusRow[] = [
  // A21: another deed's sentence after the record's.
  ["胡军", "11月27日，机关党委邀请市纪委第三监督检查室主任为全体党员作了专题廉政辅导报告，赵敏书记主持，听众40余人。同日，办公室组织召开年终工作部署会。", "!廉教 11-27 赵敏> #40 @-"],
  ["胡军", "11月27日，机关党委邀请市纪委专家为全体党员作廉政教育辅导，赵敏书记主持。会后，财务科召开了年终总结会。", "!廉教 11-27 赵敏> @-"],
  ["王芳", "11月26日上午，赵敏书记为全体党员上了一堂廉政党课。下午，宣文部组织召开了部门例会。", "!党课 11-26 赵敏> @-"],
  // Near-miss: a department in the record's own sentence is still its department.
  ["王芳", "11月25日，办公室组织观看了警示教育片《围猎》，财务科全体党员参加。", "!警示 11-25 李明> 《围猎》 @办公室"],
  // A17: the whole unit in the audience.
  ["王芳", "党组书记张伟同志11月26日为机关全体党员干部讲授了题为“坚守廉洁底线”的专题廉政党课，机关各部室、康复中心共45名党员参加。", "!党课 11-26 张伟> 《坚守廉洁底线》 #45 @-"],
  ["王芳", "11月24日，张伟书记为全体党员讲授廉政党课，机关各科室党员参加。", "!党课 11-24 张伟> @-"],
  // Near-misses: the department that held it, beside or over the whole unit, stays.
  ["王芳", "11月24日，财务科组织开展廉政教育专题学习，机关各部室党员参加。", "!廉教 11-24 孙丽> @财务科"],
  ["李明", "11月23日，办公室组织机关各部室观看警示教育片《失衡》", "警示 11-23 > 《失衡》 @办公室"],
  // B9: 组织部门看了 is the sender's department.
  ["郑华", "本月1号组织部门看了警示教育片", "警示 11-01 > @教育就业部"],
  ["郑华", "11月20号组织部门看了警示片，一共6人", "警示 11-20 > #6 @教育就业部"],
  ["冯雪", "上周四组织部门收看了廉政教育专题片", "廉教 11-26 > @维权部"],
  ["孙丽", "11月20日组织部门看了廉政教育片，全科5人", "廉教 11-20 > #5 @财务科"],
  // Near-misses: 组织部门同志学习 as before; 组织部门负责人开会 is no report.
  ["吴静", "11月18日组织部门同志学习了《廉洁自律准则》", "廉教 11-18 > 《廉洁自律准则》 @康复部"],
  ["孙丽", "11月20日组织部门负责人开会", "-"],
  // A23: a head's own department heading.
  ["吴静", "康复部11月份廉政工作小结：一、11月7日组织学习了《关于进一步加强作风建设的通知》，刘洋作了交流发言；二、11月21日与刘洋谈心谈话一次。", "!廉教 11-07 > 《关于进一步加强作风建设的通知》 @康复部 | 谈心 11-21 >刘洋 @康复部"],
  ["孙丽", "财务科11月工作小结：\n1. 11月6日组织观看警示教育片《蜕变》\n2. 11月20日与王强谈心谈话", "!警示 11-06 > 《蜕变》 @财务科 | 谈心 11-20 >王强 @财务科"],
  ["何平", "中心11月工作汇报：11月16日组织全体职工观看警示教育片《底线》，共20人参加", "警示 11-16 > 《底线》 #20 @残疾人康复中心"],
  // Near-misses: a check under it stays where it went; no heading, no department guessed; another department's heading as before.
  ["冯雪", "维权部11月工作情况：11月12日组织学习《廉洁自律准则》，11月18日到康复部检查了考勤", "!廉教 11-12 > 《廉洁自律准则》 @维权部 | 作风 11-18 > @康复部"],
  ["吴静", "11月7日组织学习了《关于进一步加强作风建设的通知》", "!廉教 11-07 > 《关于进一步加强作风建设的通知》 @-"],
  ["周涛", "康复部11月工作情况：11月12日组织学习《廉洁自律准则》", "!廉教 11-12 吴静> 《廉洁自律准则》 @康复部"],
];
