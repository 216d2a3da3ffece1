// Round 68, helper ghc (issue 10): whole-department signings and talks, a unit's head away, clerks' tables.
// Findings (t70b and round 67's left-alone, on main 446063f1, its clock Tue 2026-12-08): 陈静「郑部长今天和我们部门的人都签了廉政
// 承诺书 一共5个人」 asked whom 郑华 signed with, and the answer 「部门全体 5个人」 was not taken; 的人 after 部门 · 部里 · 科里 ·
// 科室 · 中心 is now the unit's people as 的同志 is (parseCounterpartGroups' UNIT_PEOPLE), so it reads as 「…的同志都签了…一共5个人」
// does: with no count 郑华's signing with 陈静 (「我们部门的人」按陈静共1人记录), with the 5 above the roster the unit's one signing
// of 5 with the roster said (countedUnitSigning, t49b F5: a head's signings with their own staff are no duty's pairs). 孙丽
// 「11.20与财务科3名同志进行了廉政谈话」 asked 和谁 (王建国's same words: a talk with 孙丽 alone); a count of people after the unit
// (3名同志 · 三位同志 · 2个人) is now its people, the doer left out (王强、李娟), and the count weighed against them with no room
// for the holder (「财务科3名同志」与通讯录里列出的2人不一致); fewer than the unit's others (两位 of three) are some of them and
// stay asked as before (unnamedStaff, which now leaves a unit read whole alone). 刘芳「上周三和康复部签了责任书，吴静请假了，没参
// 加」 was a card with one signing with 吴静 and a note that 吴静 had not signed; a unit read as its head, the head said away,
// now stands for its people less the one away (absentHeadUnit: 刘洋, 「康复部」按刘洋共1人记录 and the absence said). A clerk's
// table with Excel's merged cells (「11.20⇥王建国⇥李明」 then 「⇥⇥孙丽」) dropped 孙丽 without a word (one cell read as prose
// after the table); the row is now 王建国's signing with 孙丽, its day asked (a blank day is never the row above's). Tables
// with a 签订人 column already gave the doer from it (the rows read as before are kept as variants).
// Before → after: 45 of these 63 rows read differently on main; the others are near-misses and variants read as before
// (和部门的王强 · 和部门的人签了 with no 都 asked · 部门全体党员大会 · 部门的人都参加了警示教育 · 和财务科的两位同志 · 一名同志 ·
// 刘洋请假了 beside 和康复部, the head still meant · the 签订人 tables).
// Left as today: 「…和部门的人都签了承诺书，陈静请假了，没签」 from 郑华 (everyone of the group away) is a card of 陈静's
// signing with the absence noted, as every group all of whom are away is; 「前天和维权部签了责任书 冯雪请假了没参加」 (parted by
// a space, no comma) asks whom, 「冯雪请假了没参加」 said as not done; 「孙科长上周三和我们科里3个人都谈了话」 asks the kind and
// reads no one (科里 with a count). 「部门全体 5个人」 is now taken as the answer to 和谁 (a count after 部门全体 ends the group), as
// 和部门全体5个人签了 in a message is (checked end to end: an answer is no corpus row).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_EIGHT_C_ROWS: CorpusRow[] = [
  // 和我们部门的人都… · 跟部里的人 · 和中心的人 · 科里的人逐一…: the unit's people; near-misses one named, no 都, a meeting.
  ["陈静", "郑部长今天和我们部门的人都签了廉政承诺书", "!签责 11-30 郑华>陈静"], // was 签责 11-30 郑华> ?missing_counterpart
  ["陈静", "郑部长 今天 和我们部门的人 都签了 廉政承诺书", "!签责 11-30 郑华>陈静"], // was 签责 11-30 郑华> ?missing_counterpart
  ["陈静", "鄭部長今天和我們部門的人都簽了廉政承諾書", "!签责 11-30 郑华>陈静"], // was 签责 11-30 郑华> ?missing_counterpart
  ["张颖", "周部长11月26号和我们部门的人都签了责任书", "!签责 11-26 周涛>张颖"], // was 签责 11-26 周涛> ?missing_counterpart
  ["刘洋", "吴部长上周三跟部里的人都签了承诺书", "!签责 11-25 吴静>刘洋"], // was 签责 11-25 吴静> ?missing_counterpart
  ["孙杰", "何主任前天和中心的人都签了廉洁承诺书", "!签责 11-28 何平>徐辉 | 签责 11-28 何平>孙杰"], // was 签责 11-28 何平> ?missing_counterpart
  ["李娟", "孙科长11.26和科里的人逐一谈了心", "!谈心 11-26 孙丽>王强 | 谈心 11-26 孙丽>李娟"], // was 谈心 11-26 孙丽> ?missing_counterpart
  ["王强", "孙科长11月26号和我们科室的人都签了承诺书", "!签责 11-26 孙丽>王强 | 签责 11-26 孙丽>李娟"], // was 签责 11-26 孙丽> ?missing_counterpart
  ["郑华", "今天和部门的人都签了承诺书", "!签责 11-30 >陈静"], // was 签责 11-30 > ?missing_counterpart
  ["周涛", "上周三和部里的人都签了廉洁承诺书", "!签责 11-25 >张颖"], // was 签责 11-25 > ?missing_counterpart
  ["何平", "11月26号和中心的人逐一进行了廉政谈话", "!廉谈 11-26 >徐辉 | 廉谈 11-26 >孙杰"], // was 廉谈 11-26 > ?missing_counterpart
  ["郑华", "今天和部门的人签了承诺书", "签责 11-30 > ?missing_counterpart"],
  ["孙丽", "和部门的王强签了责任书", "签责 ? >王强 ?missing_date"],
  ["郑华", "上周五召开部门全体党员大会", "-"],
  ["刘芳", "上周三和康复部签了责任书", "签责 11-25 >吴静"],
  ["杨帆", "王部长11月26号与我们部门的人逐一签订了廉洁承诺书", "!签责 11-26 王磊>杨帆"], // was 签责 11-26 王磊> ?missing_counterpart
  ["徐辉", "何主任11.26和中心的人都签了承诺书", "!签责 11-26 何平>徐辉 | 签责 11-26 何平>孙杰"], // was 签责 11-26 何平> ?missing_counterpart
  ["赵磊", "冯部长前天和部里的人都签了责任书", "!签责 11-28 冯雪>赵磊"], // was 签责 11-28 冯雪> ?missing_counterpart
  ["胡军", "李主任上周三和我们科室的人都签了承诺书", "!签责 11-25 李明>黄志刚 | 签责 11-25 李明>林晓 | 签责 11-25 李明>王芳 | 签责 11-25 李明>胡军"], // was 签责 11-25 李明> ?missing_counterpart
  ["陈静", "今天部门的人都参加了警示教育", "警示 11-30 > ?missing_actor"],
  ["陈静", "郑部长今天和部门的人谈了谈", "? 11-30 郑华> ?missing_type"],
  // 与财务科3名同志 · 三位同志 · 2个人: the unit's people, the count weighed (never the holder); fewer than the unit asked.
  ["陈静", "郑部长今天和我们部门的人都签了廉政承诺书 一共5个人", "!签责 11-30 郑华> #5"], // was 签责 11-30 郑华> ?missing_counterpart
  ["孙丽", "11.20与财务科3名同志进行了廉政谈话", "!廉谈 11-20 >王强 | 廉谈 11-20 >李娟"], // was 廉谈 11-20 > ?missing_counterpart
  ["孙丽", "11月20号与财务科三名同志进行了廉政谈话", "!廉谈 11-20 >王强 | 廉谈 11-20 >李娟"], // was 廉谈 11-20 > ?missing_counterpart
  ["王建国", "11月20号和财务科三位同志签了责任书", "!签责 11-20 >孙丽 | 签责 11-20 >王强 | 签责 11-20 >李娟"], // was 签责 11-20 > ?ambiguous_counterpart
  ["王建国", "11.20与财务科3名同志进行了廉政谈话", "!廉谈 11-20 >孙丽 | 廉谈 11-20 >王强 | 廉谈 11-20 >李娟"], // was 廉谈 11-20 >孙丽
  ["刘芳", "上周三跟康复部2个人签了责任书", "!签责 11-25 >吴静 | 签责 11-25 >刘洋"], // was 签责 11-25 >吴静
  ["郑华", "11月26号与教育就业部3名同志谈心谈话", "!谈心 11-26 >陈静"], // was 谈心 11-26 > ?missing_counterpart
  ["何平", "前天与康复中心2名同志进行了廉政谈话", "!廉谈 11-28 >徐辉 | 廉谈 11-28 >孙杰"], // was 廉谈 11-28 > ?missing_counterpart
  ["陈志强", "11.26和维权部两名同志签了责任书", "!签责 11-26 >冯雪 | 签责 11-26 >赵磊"], // was 签责 11-26 > ?ambiguous_counterpart
  ["赵敏", "上周三与宣文部两位同志签订了责任书", "!签责 11-25 >王磊 | 签责 11-25 >杨帆"], // was 签责 11-25 > ?ambiguous_counterpart
  ["王建国", "和财务科的两位同志签了责任书", "签责 ? > ?missing_date,ambiguous_counterpart"],
  ["王建国", "昨天和财务科一名同志谈了心", "谈心 11-29 > ?ambiguous_counterpart"],
  ["周涛", "上周三与组联部2名同志签订承诺书", "!签责 11-25 >张颖"], // was 签责 11-25 > ?missing_counterpart
  ["冯雪", "11月26号与维权部1名同志谈心谈话", "!谈心 11-26 >赵磊"], // was 谈心 11-26 > ?missing_counterpart
  ["陈志强", "11.26与维权部两位同志进行了廉政谈话", "!廉谈 11-26 >冯雪 | 廉谈 11-26 >赵磊"], // was 廉谈 11-26 > ?ambiguous_counterpart
  ["孙丽", "11.20與財務科3名同志進行了廉政談話", "!廉谈 11-20 >王强 | 廉谈 11-20 >李娟"], // was 廉谈 11-20 > ?missing_counterpart
  ["刘芳", "11.25 跟 康复部 2个人 签了 责任书", "!签责 11-25 >吴静 | 签责 11-25 >刘洋"], // was 签责 11-25 >吴静
  ["郑华", "今天和部门全体5个人签了承诺书", "签责 11-30 > #5"], // was 签责 11-30 > ?missing_counterpart
  ["陈静", "郑部长今天和部门全体 5个人签了廉政承诺书", "!签责 11-30 郑华> #5"],
  ["孙丽", "今天和科室全体3人签了承诺书", "!签责 11-30 >王强 | 签责 11-30 >李娟"], // was 签责 11-30 > ?missing_counterpart
  ["周涛", "今天和部门全体2名同志签订了廉洁承诺书", "!签责 11-30 >张颖"], // was 签责 11-30 > ?missing_counterpart
  // 和康复部签了…，吴静请假了，没参加: the unit whose head was away is its other people; someone else away stays as today.
  ["刘芳", "上周三和康复部签了责任书，吴静请假了，没参加", "!签责 11-25 >刘洋"], // was !签责 11-25 >吴静
  ["刘芳", "11月25号与康复部签订了党风廉政建设责任书，吴静部长出差，没签", "!签责 11-25 >刘洋"], // was !签责 11-25 >吴静
  ["王建国", "11.26和财务科签了责任书，孙丽出差了，回来再签", "!签责 11-26 >王强 | 签责 11-26 >李娟"], // was !签责 11-26 >孙丽
  ["赵敏", "上周三和宣文部进行了廉政谈话，王磊请假了，没参加", "!廉谈 11-25 >杨帆"], // was !廉谈 11-25 >王磊
  ["陈志强", "前天和维权部签了责任书，冯雪请假了，没参加", "!签责 11-28 >赵磊"], // was !签责 11-28 >冯雪
  ["赵敏", "11月26号与康复中心签了责任书，何平出差了，没签", "!签责 11-26 >徐辉 | 签责 11-26 >孙杰"], // was !签责 11-26 >何平
  ["刘芳", "上周三和康复部签了责任书，刘洋请假了，没参加", "!签责 11-25 >吴静"],
  ["刘芳", "上周三和吴静签了责任书，刘洋请假了", "!签责 11-25 >吴静"],
  ["陈志强", "11.26与教育就业部签了责任书，郑华部长出差，没签", "!签责 11-26 >陈静"], // was !签责 11-26 >郑华
  ["刘芳", "上周三和组联部签了责任书，周涛出差了，没签", "!签责 11-25 >张颖"], // was !签责 11-25 >周涛
  ["刘芳", "上周三和组联部签了责任书，周涛出差了，回来再签", "!签责 11-25 >张颖"], // was !签责 11-25 >周涛
  ["王建国", "11月26号和办公室签了责任书，李明请假了，没参加", "!签责 11-26 >黄志刚 | 签责 11-26 >林晓 | 签责 11-26 >王芳 | 签责 11-26 >胡军"], // was !签责 11-26 >李明
  // Clerks' tables with a 签订人 column: the doer from it; a merged row (⇥⇥孙丽) kept, its day asked.
  ["胡军", "日期\t签订人\t签订对象\n11.20\t王建国\t李明\n\t\t孙丽", "签责 11-20 王建国>李明 | 签责 ? 王建国>孙丽 ?missing_date"], // was !签责 11-20 王建国>李明
  ["李娟", "日期\t签订人\t签订对象\n11月20日\t孙丽\t王强\n\t\t李娟", "签责 11-20 孙丽>王强 | 签责 ? 孙丽>李娟 ?missing_date"], // was !签责 11-20 孙丽>王强
  ["胡军", "日期\t签订人\t签订对象\n11.20\t王建国\t李明\n11.20\t王建国\t孙丽", "!签责 11-20 王建国>李明 | 签责 11-20 王建国>孙丽"],
  ["王芳", "日期\t签订人\t签订对象\n11.26\t李明\t胡军\n11.26\t李明\t王芳\n11.27\t张伟\t李明", "!签责 11-26 李明>胡军 | 签责 11-26 李明>王芳 | 签责 11-27 张伟>李明"],
  ["杨帆", "日期\t签订人\t签订对象\n11.25\t赵敏\t王磊\n11.25\t王磊\t杨帆", "!签责 11-25 赵敏>王磊 | 签责 11-25 王磊>杨帆"],
  ["胡军", "序号\t日期\t签订人\t签订对象\n1\t11.20\t王建国\t李明\n2\t11.20\t王建国\t孙丽", "!签责 11-20 王建国>李明 | 签责 11-20 王建国>孙丽"],
  ["胡军", "签订日期\t签订领导\t签订对象\n11.20\t王建国\t李明\n11.20\t王建国\t孙丽", "!签责 11-20 王建国>李明 | 签责 11-20 王建国>孙丽"],
  ["胡军", "日期\t签订人\t签订对象\n11.20\t王建国副理事长\t李明\n11.20\t王建国副理事长\t孙丽", "!签责 11-20 王建国>李明 | 签责 11-20 王建国>孙丽"],
  ["冯雪", "签订日期\t签订对象\n11.26\t赵磊", "!签责 11-26 >赵磊"],
];
