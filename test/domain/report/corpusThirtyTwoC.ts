// Shapes the coordinator's probes found on main ed07f23 (issue 10), fixed on branch l3. Read on Mon 2026-11-30 10:00
// +08:00 (the probes' days restated). Fixed: a done clause with only its verb (昨天已和赵磊签了) after a plan or deed that
// names it (签订廉洁过节承诺书) was no report at all; a 分管领导's meetings of several supervised departments (分别 pairs of
// days and departments, a bracketed day + department list, 参加了X的…会议) were given to the departments' heads with the type
// asked; a summary clause (本月开展了廉政教育 · 开展廉政教育两次) before its dated instances (一次是11月10日…) made a record of
// its own, and 每次都是6人参加 counted only the last.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_C_ROWS: CorpusRow[] = [
  // 1. The bare verb done (签了 · 谈了 · 看了) takes the noun of the plan before it; the plan is named as not recorded.
  ["冯雪", "元旦前准备组织部门人员签订廉洁过节承诺书，昨天已和赵磊签了。", "!签责 11-29 >赵磊"],
  ["冯雪", "计划下周和部门同志签订廉洁承诺书，前天已经和赵磊签了。", "!签责 11-28 >赵磊"],
  ["王强", "月底前要和科里同志签订廉政承诺书，11月26日已经和李娟签了。", "!签责 11-26 >李娟"],
  ["吴静", "下周准备和部门同志开展谈心谈话，上周五已经和刘洋谈了。", "!谈心 11-27 >刘洋"],
  ["孙丽", "下周组织科室观看警示教育片《蜕变》，我们11月27日已经看了。", "!警示 11-27 > 《蜕变》"],
  // Near-misses: the noun written out (one signing and the rest named as a plan); a talk, then a second day with 谈了; no
  // noun anywhere before the verb (no report, as before).
  ["冯雪", "昨天和赵磊签了廉洁承诺书，其他人下周签。", "!签责 11-29 >赵磊"],
  ["吴静", "上周二和刘洋谈了心，上周五又和陈静谈了。", "!谈心 11-24 >刘洋 | 谈心 11-27 >陈静"],
  ["冯雪", "昨天签了。", "-"],

  // 2. A 分管领导 attending meetings of departments they supervise holds their own 分管科室会议, one per department and day.
  ["王建国", "11月5日、11月12日分别参加了办公室、财务科的党风廉政建设会议并讲话。", "!分管会 11-05 > | 分管会 11-12 >"],
  ["王建国", "11月份本人参加了2次分管科室的党风廉政建设会议（11月5日办公室、11月12日财务科），并作了讲话。", "!分管会 11-05 > | 分管会 11-12 >"],
  ["刘芳", "11月6日、20日分别出席了组联部、康复部的党风廉政建设工作会议", "!分管会 11-06 > | 分管会 11-20 >"],
  ["王建国", "11月18日参加了财务科的党风廉政建设会议并讲话", "分管会 11-18 >"],
  // Near-misses: departments the sender does not supervise stay their heads', the type asked; two supervised departments
  // on one day (no 分别) are one 分管科室会议 of the sender's (m4: was asked, given to 孙丽); 分别到 two departments to check
  // is one check a day, each the sender's.
  ["刘芳", "11月5日、11月12日分别参加了办公室、财务科的党风廉政建设会议", "!? 11-05 李明> ?missing_type | ? 11-12 孙丽> ?missing_type"],
  ["王建国", "11月5日参加了办公室、财务科的党风廉政建设会议并讲话", "分管会 11-05 >"],
  ["黄志刚", "11月4日、11月18日分别到办公室、财务科开展作风纪律检查", "!作风 11-04 > | 作风 11-18 >"],

  // 3. A summary clause before its dated instances is no record of its own; 每次/均为 N人 counts each instance.
  ["胡军", "我们办公室11月开展廉政教育两次，一次是11月10日学习党纪处分条例，一次是11月24日观看警示片《蜕变》，每次都是6人参加。", "!廉教 11-10 李明> 《党纪处分条例》 #6 | 警示 11-24 李明> 《蜕变》 #6"],
  ["周涛", "组联部本月开展了廉政教育，11月27日组织全体人员观看了专题片《零容忍》，实到6人。", "廉教 11-27 > 《零容忍》 #6"],
  ["李明", "本月开展了两次廉政教育，11月10日学习党纪处分条例，11月24日观看警示片《蜕变》，每次6人参加。", "!廉教 11-10 > 《党纪处分条例》 #6 | 警示 11-24 > 《蜕变》 #6"],
  ["吴静", "11月组织开展了警示教育，一次是11月12日观看警示片，另一次是11月26日通报典型案例，均为8人参加。", "!警示 11-12 > #8 | 警示 11-26 > #8"],
  // Near-misses: a counted summary with one instance (one record, as before); a summary followed by a deed of another
  // kind stays two, the summary's day asked.
  ["周涛", "本月开展警示教育1次，11月27日组织观看《零容忍》，6人参加。", "警示 11-27 > 《零容忍》 #6"],
  ["周涛", "本月开展了廉政教育，11月27日与张颖谈心谈话。", "!廉教 ? > ?missing_date | 谈心 11-27 >张颖"],
  // A lead of no month (近期) before its days is a deed of its own, its day asked, the dated ones their kind (as before).
  ["黄志刚", "近期开展了作风纪律检查。11月4日检查了财务科，11月18日检查了办公室", "!作风 ? > ?missing_date | 作风 11-04 > | 作风 11-18 >"],

  // 4. An attendee list of groups (班子成员、各部室负责人参加会议) leaves no note (see attendeeListNote.test.ts).
  ["王芳", "11月27日张伟主持召开党组会议，研究党风廉政建设工作，班子成员、各部室负责人参加会议。", "!专题 11-27 张伟>"],
];
