// Round 43, the coordinator's fixes (found by tester t44a on da439f8c, minor: no wrong figure, the 台账's 部门 cell blank).
// 「上周三带部门同志观看警示教育片《蜕变》」 from 康复部's head and 「给全部门讲了廉政党课」 (from 宣文部's head, or in a clerk's
// account of him) were stored with no department, while 「组织部门同志观看…」 had 康复部. Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_THREE_Z_ROWS: CorpusRow[] = [
  // 1. 带 leads the department's people as 组织/带领 do; a whole department taught or addressed (给/为/向 全部门 · 部门全体)
  //    is the sender's own department.
  ["吴静", "上周三带部门同志观看警示教育片《蜕变》，参加5人", "警示 11-25 > 《蜕变》 #5 @康复部"],
  ["孙丽", "11月20日带科室同志学习了《廉洁自律准则》，参加4人", "廉教 11-20 > 《廉洁自律准则》 #4 @财务科"],
  ["何平", "11月18日带部门全体党员观看了警示教育片《围猎》", "警示 11-18 > 《围猎》 @残疾人康复中心"],
  ["王磊", "11月20日给全部门讲了廉政党课", "党课 11-20 > @宣文部"],
  ["王磊", "11月20日给部门全体同志讲了廉政党课《守住底线》", "党课 11-20 > 《守住底线》 @宣文部"],
  ["周涛", "11月19日为部门全体同志讲了一堂廉政党课", "党课 11-19 > @组联部"],
  ["杨帆", "补录一下：10月份我们部王部长10月16日和我谈过心，10月28日给全部门讲了廉政党课", "!谈心 10-16 王磊>杨帆 @宣文部 | 党课 10-28 王磊> @宣文部"],
  // Near-misses: 组织 as before; a leader with no department of their own names none; a check's place is where it went.
  ["吴静", "上周三组织部门同志观看警示教育片《蜕变》，参加5人", "警示 11-25 > 《蜕变》 #5 @康复部"],
  ["李明", "11月24日带林晓到财务科检查了考勤", "作风 11-24 > @财务科"],
];
