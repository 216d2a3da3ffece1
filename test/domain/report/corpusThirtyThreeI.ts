// Checks read wrong (issue 10), found by tester t33b in round 33b (F1, F2, F4, F5) and fixed on branch v2. Read on
// Mon 2026-11-30 10:00 +08:00. Kinds: a later clause going on to another place with the check left out (又去了维权部 ·
// 随后又到了办公室) dropped that place — it is the same check there too (one record, both places, on the card); a clause
// with a check verb of its own after a day (11月24日和黄书记对财务科开展了检查) took the type of a talk said after it, as a
// day–person pair does — it is a check, asked its kind; 配合/协同 X reads as 协助/跟随 X (X the doer), also in a • list, and
// among several records the one whose doer is unresolved (陪/在X指导下) is asked whose, never the sender's at once; a
// body heading day–place pairs (纪检组开展了两次…检查：11月23日对康复部…) was written after the place, the place read as
// the body's own and lost. A talk after a second untyped check (…，周四到康复部检查，还和吴静部长谈了一次心) took the check's day and
// the check was lost; 周四 after 上周二 was put in this week. The places are asserted in test/domain/report/checkPlacesKept.test.ts.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_I_ROWS: CorpusRow[] = [
  // F4: 又去了/又到了 a place, the check left out: the same check there too, never dropped.
  // Round 40 (fmc, t39a F29): with a later time (下午 · 随后) the going on is another check there, as written out below.
  ["黄志刚", "11月24日上午去宣文部查了考勤，下午又去了维权部", "!作风 11-24 > | 作风 11-24 >"],
  ["黄志刚", "11月25日到财务科检查了公车使用情况，随后又到了办公室", "!作风 11-25 > | 作风 11-25 >"],
  ["林晓", "昨天去组联部抽查了在岗情况，又去了康复部", "!作风 11-29 >"],
  ["黄志刚", "11月24日去宣文部检查了考勤，又去维权部检查了考勤", "!作风 11-24 >"],
  // Near-misses: the check said again, a talk at the second place, a day of its own: as before.
  ["黄志刚", "11月24日上午去宣文部查了考勤，下午又去维权部查了考勤", "!作风 11-24 > | 作风 11-24 >"],
  ["黄志刚", "11月24日上午去宣文部查了考勤，下午去维权部和冯雪谈了心", "!作风 11-24 > | 谈心 11-24 >冯雪"],
  ["黄志刚", "11月24日到宣文部检查了考勤，11月26日又去了维权部", "!作风 11-24 > | 作风 11-26 >"],
  // F4: a talk after a second untyped check in the message takes neither its day nor its place; the bare check takes the
  // kind of the check before (x3, issue 10: it was asked its kind); a bare weekday after 上周二 is last week's when later.
  ["刘芳", "上周二到组联部检查了作风纪律，周四到康复部检查，还和吴静部长谈了一次心。", "!作风 11-24 > | 作风 11-26 > | 谈心 11-26 >吴静"],
  ["刘芳", "上周我分别到组联部和康复部检查了廉政风险防控措施落实情况，周二组联部，周四康复部，还和吴静部长谈了一次心。", "!? 11-24 > ?missing_type | ? 11-26 > ?missing_type | 谈心 11-26 >吴静"],
  ["刘芳", "上周一到组联部检查了作风纪律，周三到康复部检查了作风纪律", "!作风 11-23 > | 作风 11-25 >"],
  // Near-misses: an earlier weekday is this week's; since round 36 a single check held before a talk is asked its kind too.
  ["刘芳", "上周五到组联部检查了作风纪律，周一到康复部检查了作风纪律", "!作风 11-27 > | 作风 11-30 >"],
  ["黄志刚", "11月24日到财务科检查了报销制度执行情况，并与孙丽进行了廉政谈话", "!? 11-24 > ?missing_type | 廉谈 11-24 >孙丽"],
  // F1: a dated clause with a check verb of its own never takes the talk's type said after it; it is asked its kind.
  ["孙丽", "11月24日和黄书记对财务科开展了检查，11月27日与王强进行廉政谈话", "!? 11-24 > ?missing_type | 廉谈 11-27 >王强"],
  ["林晓", "11月24日和黄志刚书记对财务科开展了抽查，11月27日与胡军进行廉政谈话", "!? 11-24 > ?missing_type | 廉谈 11-27 >胡军"],
  ["孙丽", "11月24日对财务科开展了检查，11月27日与王强进行了谈心谈话", "!? 11-24 > ?missing_type | 谈心 11-27 >王强"],
  // Near-misses: day–person pairs with the type said once at the end are each that type.
  ["张伟", "11月16日和王建国、11月23日和刘芳进行了廉政谈话", "!廉谈 11-16 >王建国 | 廉谈 11-23 >刘芳"],
  ["王建国", "11.12和李明、11.19和孙丽谈心谈话", "!谈心 11-12 >李明 | 谈心 11-19 >孙丽"],
  ["黄志刚", "11月3日、11月12日对各部室，11月25日对康复中心开展了作风纪律检查", "!作风 11-03 > | 作风 11-12 > | 作风 11-25 >"],
  // F2: 配合/协同 X: X did the check, in a • list too.
  ["林晓", "纪检工作周报（11.23-11.29）\n• 11.24 配合黄志刚书记对财务科公务接待情况开展抽查\n• 11.26 参加市纪委组织的业务培训\n• 11.27 与新入职的胡军同志进行任前廉政谈话", "!作风 11-24 黄志刚> | 廉谈 11-27 >胡军"],
  ["林晓", "11月24日配合黄志刚书记对财务科开展作风纪律检查", "!作风 11-24 黄志刚>"],
  ["林晓", "11月26日协同黄书记到维权部开展作风纪律检查", "!作风 11-26 黄志刚>"],
  // Near-misses: 跟随/一起 as before.
  ["林晓", "• 11.24 跟随黄志刚书记对财务科开展作风纪律检查\n• 11.27 与胡军进行廉政谈话", "!作风 11-24 黄志刚> | 廉谈 11-27 >胡军"],
  ["林晓", "11月25日和黄志刚书记一起对宣文部开展了作风纪律检查", "!作风 11-25 黄志刚>"],
  // F2: among several records, the one that could have a doer and has none, a person named in its clause left over, asks
  // whose it is, as the clause alone does — never the sender's at once.
  ["林晓", "纪检工作周报\n• 11.24 陪黄志刚书记对财务科开展作风纪律检查\n• 11.27 与胡军进行廉政谈话", "!作风 11-24 黄志刚> | 廉谈 11-27 >胡军"],
  ["林晓", "11月24日在黄志刚书记指导下对财务科开展作风纪律检查，11月27日与胡军进行廉政谈话", "!作风 11-24 > ?missing_actor | 廉谈 11-27 >胡军"],
  // Near-misses: a companion the sender outranks, no one named, someone 陪同: the sender's check.
  ["黄志刚", "11月24日和林晓对财务科开展了作风纪律检查\n11月27日与王强进行廉政谈话", "!作风 11-24 > | 廉谈 11-27 >王强"],
  ["林晓", "• 11.24 对财务科开展作风纪律检查\n• 11.27 与胡军进行廉政谈话", "!作风 11-24 > | 廉谈 11-27 >胡军"],
  ["黄志刚", "11月24日对财务科开展了作风纪律检查，孙丽科长陪同\n11月27日与王强进行廉政谈话", "!作风 11-24 > | 廉谈 11-27 >王强"],
  // F5: a body heading day–place pairs is their doer; each pair keeps its place.
  ["黄志刚", "11月下旬纪检组开展了两次作风纪律检查：11月23日对康复部、11月26日对维权部，检查工作纪律和考勤情况，未发现问题。", "!作风 11-23 > | 作风 11-26 >"],
  ["黄志刚", "机关纪委本月督查了两次：11月10日财务科、11月18日宣文部", "!作风 11-10 > | 作风 11-18 >"],
  // Near-misses: a person, nobody or 作风 before the deed, and 我们, as before.
  ["王建国", "本月督查了两次：10号财务科、17号办公室", "!作风 11-10 > | 作风 11-17 >"],
  ["黄志刚", "本月作风督查两次：11月5日教就部、11月18日维权部", "!作风 11-05 > | 作风 11-18 >"],
  ["林晓", "我们上周查了两次考勤：周一办公室，周三财务科", "!作风 11-23 > | 作风 11-25 >"],
  ["黄志刚", "开展了两次作风纪律检查：11月23日对康复部、11月26日对维权部", "!作风 11-23 > | 作风 11-26 >"],
];
