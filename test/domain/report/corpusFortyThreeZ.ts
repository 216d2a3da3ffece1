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
  // 2. The merge's: a check table's 内容/检查方式 cell that looks through the books of money (查阅报销凭证 · 会计凭证) is a
  //    专项资金检查 as the same words are in a sentence (fpb's booksChecked; fpa's cells had asked it); 财务报销 still asked.
  ["黄志刚", "11月检查台账：\n日期\t检查部门\t检查内容\n11月3日\t财务科\t查阅报销凭证\n11月10日\t办公室\t考勤纪律", "!资金 11-03 > @财务科 | 作风 11-10 > @办公室"],
  ["黄志刚", "11月检查台账：\n日期\t检查部门\t检查内容\n11月3日\t财务科\t财务报销\n11月10日\t办公室\t考勤纪律", "? 11-03 > @财务科 ?missing_type | 作风 11-10 > @办公室"],
  ["黄志刚", "序号\t时间\t被检查单位\t检查方式\t发现问题\n1\t11.2\t办公室\t查阅会计凭证\t无\n2\t11.3\t组联部\t现场查看\t1处", "资金 11-02 > @办公室 | ? 11-03 > @组联部 ?missing_type"],
];
