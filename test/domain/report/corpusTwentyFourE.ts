// A clerk's lists of several doers, days and departments (e24, issue 10). Round 23 F3: a deed said once, then day +
// department (or person) pairs, is one deed per pair on its own day (was: the second department lost, its day asked;
// 「3号查了办公室、6号查了财务科」 lost the second check), the head's doer kept for every pair.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_E_ROWS: CorpusRow[] = [
  // F3: a count, then day + department pairs.
  ["黄志刚", "11月中旬暗访了两次上班纪律，12号宣文部、17号康复中心", "!作风 11-12 > | 作风 11-17 >"],
  ["林晓", "本月查了三回考勤：4号组联部、11号教就部、19号维权部", "!作风 11-04 > | 作风 11-11 > | 作风 11-19 >"],
  ["林晓", "上个月下旬督查了两次在岗情况，10月21号财务科、10月28号宣文部", "!作风 10-21 > | 作风 10-28 >"],
  ["王芳", "王建国副理事长本月督查了两次：10号财务科、18号办公室", "!作风 11-10 王建国> | 作风 11-18 王建国>"],
  ["胡军", "陈志强副理事长11月到两个部门检查了作风纪律，11号维权部、20号教就部", "!作风 11-11 陈志强> | 作风 11-20 陈志强>"],
  ["林晓", "11月份督查了2次，分别是5号宣文部、12号康复部", "!作风 11-05 > | 作风 11-12 >"],
  ["黄志刚", "本月查了两次考勤，一次是11.4财务科，一次是11.17组联部", "!作风 11-04 > | 作风 11-17 >"],
  // Each pair with its own verb and no head: one check each, the type asked once for both (was: the second dropped).
  ["林晓", "5号检查了康复部、13号检查了财务科", "? 11-05 > ?missing_type | ? 11-13 > ?missing_type"],
  ["黄志刚", "2号查了宣文部、9号查了组联部", "? 11-02 > ?missing_type | ? 11-09 > ?missing_type"],
  // The same for talks: day + person pairs after the talk said once.
  ["孙丽", "这个月和科里两位同志谈了廉政谈话，9号和王强、16号和李娟", "!廉谈 11-09 >王强 | 廉谈 11-16 >李娟"],
  ["刘芳", "上旬先后找两位部长谈了心，2号周涛、6号吴静", "!谈心 11-02 >周涛 | 谈心 11-06 >吴静"],
  ["冯雪", "11月份谈心谈话两次，5号和赵磊，24号和陈静", "!谈心 11-05 >赵磊 | 谈心 11-24 >陈静"],
];
