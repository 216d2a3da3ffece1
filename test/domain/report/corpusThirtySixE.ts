// Kinds found by round 36's testers (issue 10; fixed by helper ffe). Read on Mon 2026-11-30 10:00 +08:00.
// 1. 「11.24、11.26 分别与孙杰、另一位医生谈心谈话」 (t36b F12): 孙杰 was put on both days and the unnamed one asked on the
//    first, so a talk that never happened waited on the card. 分别 pairs days with people in the order written, an unnamed
//    description (另一位医生 · 一名康复师 · 一位新同志) taking its own place and day and asked who; three days for two named and
//    one unnamed pair too (they were all asked). An unnamed one written before the name (与一位医生、孙杰) is asked as well
//    (was: dropped without a word).
// 2. 「周一陈志强副理事长到教育就业部开展廉政谈话」 (t36a's observation): whom is still asked — the corpus shows the question;
//    its buttons now offer the department's people, its head first (test/e2e/answersPairedThirtySixE.test.ts).
// The dialog kinds of the round (an answer pairing days with people, a 第N条 correction naming the other party) are
// tested end to end in test/e2e/answersPairedThirtySixE.test.ts and in test/domain/report/dayPeopleParts.test.ts.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_SIX_E_ROWS: CorpusRow[] = [
  // 1. 分别 pairs days with people in order when one of them is unnamed (另一位医生 · 一位护士): each named person on their own day, the unnamed one asked who on theirs.
  ["徐辉", "我中心11月下旬廉政工作：\n- 11.23 何平主任主持中心例会，学习了市纪委关于违规发放津补贴问题的通报\n- 11.24、11.26 分别与孙杰、另一位医生谈心谈话（徐辉）\n- 11.30 中心全体签订医疗服务廉洁承诺书", "警示 11-23 何平> 《市纪委关于违规发放津补贴问题的通报》 | 谈心 11-24 >孙杰 | 谈心 11-26 > ?ambiguous_counterpart | 签责 11-30 何平>徐辉 | 签责 11-30 何平>孙杰"],
  ["徐辉", "11.24、11.26分别与孙杰、另一位医生谈心谈话", "谈心 11-24 >孙杰 | 谈心 11-26 > ?ambiguous_counterpart"],
  ["何平", "11月24日、26日分别与徐辉、一位护士进行了谈心谈话", "谈心 11-24 >徐辉 | 谈心 11-26 > ?ambiguous_counterpart"],
  ["何平", "11月24日、11月26日分别与一名康复师、孙杰谈心谈话", "谈心 11-24 > ?ambiguous_counterpart | 谈心 11-26 >孙杰"],
  ["张伟", "11月17日、11月20日分别与王建国和另一位同志进行了廉政谈话", "廉谈 11-17 >王建国 | 廉谈 11-20 > ?ambiguous_counterpart"],
  ["李明", "上周二、周四分别与王芳、一位新来的同志谈心谈话", "谈心 11-24 >王芳 | 谈心 11-26 > ?ambiguous_counterpart"],
  ["孙丽", "11月24日和11月25日分别与王强、另外一名同事进行了谈心谈话", "谈心 11-24 >王强 | 谈心 11-25 > ?ambiguous_counterpart"],
  ["郑华", "本月10日、12日分别找陈静和一位新同志进行了廉政谈话", "廉谈 11-10 >陈静 | 廉谈 11-12 > ?ambiguous_counterpart"],
  ["冯雪", "11月18日、20日分别与赵磊、另一名同志签订了廉洁承诺书", "签责 11-18 >赵磊 | 签责 11-20 > ?ambiguous_counterpart"],
  ["刘芳", "组联部11月工作：\n一、组织全部干部学习《中国共产党纪律处分条例》\n二、11月24日、26日分别与周涛、一名同志进行了廉政谈话", "廉教 ? > 《中国共产党纪律处分条例》 ?missing_date | 廉谈 11-24 >周涛 | 廉谈 11-26 > ?ambiguous_counterpart"],
  ["何平", "11月24日、26日、27日分别与徐辉、孙杰、另一位医生谈心谈话", "谈心 11-24 >徐辉 | 谈心 11-26 >孙杰 | 谈心 11-27 > ?ambiguous_counterpart"],
  ["何平", "11月24日、26日、27日分别与徐辉、另一位医生、孙杰谈心谈话", "谈心 11-24 >徐辉 | 谈心 11-26 > ?ambiguous_counterpart | 谈心 11-27 >孙杰"],
  // 1. An unnamed person written before the named one (与一位医生、孙杰) is beside them too: asked, never dropped.
  ["徐辉", "上周五与一位医生、孙杰谈心谈话", "谈心 11-27 >孙杰 | 谈心 11-27 > ?ambiguous_counterpart"],
  ["李明", "11月27日和一名新同志、王芳进行了谈心谈话", "谈心 11-27 >王芳 | 谈心 11-27 > ?ambiguous_counterpart"],
  ["张伟", "11月26日分别与一位同志、王建国进行了廉政谈话", "廉谈 11-26 >王建国 | 廉谈 11-26 > ?ambiguous_counterpart"],
  // 1. Near-misses that keep their reading: everyone named, one day, several unnamed, days said clause by clause.
  ["徐辉", "11.24、11.26 分别与孙杰、何平谈心谈话", "!谈心 11-24 >孙杰 | 谈心 11-26 何平>徐辉"],
  ["何平", "11月24日、26日分别与徐辉、孙杰谈心谈话", "谈心 11-24 >徐辉 | 谈心 11-26 >孙杰"],
  ["张伟", "11月17日与王建国和另一位同志进行了廉政谈话", "廉谈 11-17 >王建国 | 廉谈 11-17 > ?ambiguous_counterpart"],
  ["李明", "11月27日与王芳和两名新同志谈心谈话", "!谈心 11-27 >王芳"],
  ["徐辉", "11月24日与孙杰谈心谈话，11月26日与另一位医生谈心谈话", "谈心 11-24 >孙杰 | 谈心 11-26 > ?missing_counterpart"],
  ["孙丽", "11月24日、25日分别与王强、李娟进行了谈心谈话", "谈心 11-24 >王强 | 谈心 11-25 >李娟"],
  // 2. A talk at a department, whom unsaid: still asked whom (its people now offered as the buttons).
  ["陈静", "周一陈志强副理事长到教育就业部开展廉政谈话", "廉谈 11-30 陈志强> ?missing_counterpart"],
  ["陈志强", "11月27日到教育就业部开展廉政谈话", "廉谈 11-27 > ?missing_counterpart"],
  ["王建国", "上周五到办公室开展廉政谈话", "廉谈 11-27 > ?missing_counterpart"],
  ["刘芳", "11月26日深入组联部进行廉政谈话", "廉谈 11-26 > ?missing_counterpart"],
  ["赵敏", "11月25日去维权部开展了廉政谈话", "廉谈 11-25 > ?missing_counterpart"],
  // 2. Near-misses: the person named, a check (no one talked to), two departments.
  ["赵敏", "11月27日到维权部与冯雪开展廉政谈话", "廉谈 11-27 >冯雪"],
  ["黄志刚", "11月25日到财务科开展专项检查", "? 11-25 > ?missing_type"],
  ["陈志强", "11月27日到教育就业部、维权部开展廉政谈话", "廉谈 11-27 > ?missing_counterpart"],
];
