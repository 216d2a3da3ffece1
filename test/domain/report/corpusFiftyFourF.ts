// Round 54, fixer fjf, t56a F4 and F6 (issue 10): what a card says, and whom a question names.
// 1. 张伟「这周跟班子成员都谈了一遍话，王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话」: four right talks on a card that said
// 「消息里有日期、人名、类型或题目没有对应到任何记录」 and 「句首的人被记成了对象、活动人记成了您本人」. The first came from the list's
// head (王建国, opening its clause, seen as a name standing as a subject: unaccounted's counterpart check), the second from
// 王建国/刘芳/陈志强 each read as a clause's subject before 和 (subjectAsCounterpart's THEN_WITH reached across the list). A list
// pairing those talked to with days (王建国周一、刘芳周二 · 陈志强和赵敏周三 · 李明11月24日、孙丽11月25日: listedBeside's
// inNameDayList) now has no subject and nothing left over. Near-misses keep their remark or card: 王建国周一和刘芳谈了话 and
// 孙丽上周三和王强谈心 are the named one's talks (third_person); a day not on any record is still named left over. The remarks
// are asserted in test/domain/report/nameDayListRemarks.test.ts and over HTTP in test/e2e/cardRemarksFiftyFourF.test.ts; every
// list of four or more stays on a card (many).
// 2. 黄志刚「12月3日与新调入的财务科科员张小红进行了任前廉政谈话」 asked 「财务科科员」是哪一位？ offering 李娟/王强, and after 不在名单里
// spoke of 「财务科科员」. A name after a department's staff word (unnamedStaff) is that newcomer: asked by name
// (unknown_counterpart, no one offered, 「财务科」按其负责人孙丽记录 not said); 与新调入的张小红 · 和科里新来的同志张小红 (asked 和谁, the
// name lost) and 与财务科的张小红 (stored at once with 孙丽, the head!) are asked by name too (parseCounterpartGroups'
// AFTER_NEWCOMER). 财务科科员王强 · 财务科的科员王强 (in the directory) stay theirs at once; 财务科科员 with no name still offers its staff.
// Left alone: 李明「与办公室干事刘晓东…」 asks 「办公室干事刘晓东」 offering 林晓 (a question, but an offer for a named newcomer).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FOUR_F_ROWS: CorpusRow[] = [
  // 1. Lists of those talked to with their days (都是X · 分别 · 均为): right cards; near-misses with a subject before 和.
  ["张伟", "上周跟班子成员都谈了一遍话，王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳 | 廉谈 11-25 >陈志强 | 廉谈 11-25 >赵敏"],
  ["张伟", "王建国上周一、刘芳上周二、陈志强和赵敏上周三，都是廉政谈话", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳 | 廉谈 11-25 >陈志强 | 廉谈 11-25 >赵敏"],
  ["张伟", "上周和班子成员逐一谈话：王建国周一、刘芳周二、陈志强周四，都是廉政谈话", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳 | 廉谈 11-26 >陈志强"],
  ["张伟", "与班子成员开展廉政谈话，王建国11月23日、刘芳11月24日、陈志强11月25日", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳 | 廉谈 11-25 >陈志强"],
  ["张伟", "王建国11月23日、刘芳11月24日、陈志强和赵敏11月25日，均为廉政谈话", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳 | 廉谈 11-25 >陈志强 | 廉谈 11-25 >赵敏"],
  ["张伟", "王建国11月23日，刘芳11月24日，陈志强11月25日，都是廉政谈话", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳 | 廉谈 11-25 >陈志强"],
  ["王建国", "上周分别和分管科室负责人谈了话，李明周一、孙丽周二，都是廉政谈话", "!廉谈 11-23 >李明 | 廉谈 11-24 >孙丽"],
  ["王建国", "李明11月24日、孙丽11月25日，都是谈心谈话", "!谈心 11-24 >李明 | 谈心 11-25 >孙丽"],
  ["刘芳", "周涛上周一、吴静上周三，都是廉政谈话", "!廉谈 11-23 >周涛 | 廉谈 11-25 >吴静"],
  ["刘芳", "和分管部门负责人谈心谈话：周涛11月23日，吴静11月26日", "!谈心 11-23 >周涛 | 谈心 11-26 >吴静"],
  ["赵敏", "王磊11.24、何平11.26，分别进行了廉政谈话", "!廉谈 11-24 >王磊 | 廉谈 11-26 >何平"],
  ["黄志刚", "周涛11月10日、吴静11月17日、郑华11月24日，都是廉政谈话", "!廉谈 11-10 >周涛 | 廉谈 11-17 >吴静 | 廉谈 11-24 >郑华"],
  ["孙丽", "王强11月20日、李娟11月27日，都是谈心谈话", "!谈心 11-20 >王强 | 谈心 11-27 >李娟"],
  ["张伟", "上周和王建国周一、刘芳周二都谈了话，都是廉政谈话", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳"],
  ["王建国", "本月和李明（11月3日）、孙丽（11月10日）分别进行了廉政谈话", "!廉谈 11-03 >李明 | 廉谈 11-10 >孙丽"],
  ["张伟", "11月23日与王建国、11月24日与刘芳分别进行了廉政谈话", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳"],
  ["张伟", "王建国周一和刘芳谈了话，是廉政谈话", "!廉谈 11-30 王建国>刘芳"],
  ["张伟", "孙丽上周三和王强谈心谈话了", "!谈心 11-25 孙丽>王强"],
  ["王建国", "孙科长上周三和王强谈了心", "!谈心 11-25 孙丽>王强"],
  ["张伟", "上周一王建国和刘芳谈了话，都是廉政谈话", "!廉谈 11-23 王建国>刘芳"],
  ["张伟", "王建国上周一、刘芳上周二，都是廉政谈话，另外11月20日也谈了", "!廉谈 11-23 >王建国 | 廉谈 11-24 >刘芳 | 廉谈 11-20 >王建国 | 廉谈 11-20 >刘芳"],
  // 2. A named newcomer not in the directory: asked by name, never offered the post's holders; named members stay theirs.
  ["黄志刚", "11月3日与新调入的财务科科员张小红进行了任前廉政谈话", "廉谈 11-03 > ?unknown_counterpart"],
  ["黄志刚", "11月3日和财务科新来的科员张小红谈了话，任前廉政谈话", "廉谈 11-03 > ?unknown_counterpart"],
  ["张伟", "11月20日与办公室新入职的同志刘晓东进行了廉政谈话", "廉谈 11-20 > ?unknown_counterpart"],
  ["王建国", "11月25日同财务科科员张小红进行了谈心谈话", "谈心 11-25 > ?unknown_counterpart"],
  ["孙丽", "上周五和科里新来的同志张小红谈心谈话了", "谈心 11-27 > ?unknown_counterpart"],
  ["李明", "11月26日与办公室干事刘晓东开展了任前廉政谈话", "廉谈 11-26 > ?unknown_counterpart"],
  ["刘芳", "11月24日与组联部新调入的同志何晓燕进行了任职廉政谈话", "廉谈 11-24 > ?unknown_counterpart"],
  ["赵敏", "11月27日和宣文部新进的干部周晓明进行了廉政谈话", "廉谈 11-27 > ?unknown_counterpart"],
  ["黄志刚", "11月18日，对康复部新提任的干部钱小军进行了任前廉政谈话", "廉谈 11-18 > ?unknown_counterpart"],
  ["陈志强", "11月19日与维权部新来的同志许晓丽签订了廉洁承诺书", "签责 11-19 > ?unknown_counterpart"],
  ["王建国", "11月23日跟财务科的科员张小红谈了心", "谈心 11-23 > ?unknown_counterpart"],
  ["张伟", "11月23日与财务科科员王强进行了廉政谈话", "廉谈 11-23 >王强"],
  ["张伟", "11月23日与财务科科员进行了廉政谈话", "廉谈 11-23 > ?ambiguous_counterpart"],
  ["张伟", "11月23日与财务科新来的同志进行了廉政谈话", "廉谈 11-23 > ?ambiguous_counterpart"],
  ["王建国", "11月23日和财务科科员李娟谈心谈话", "谈心 11-23 >李娟"],
  ["黄志刚", "11月3日与新调入的张小红进行了任前廉政谈话", "廉谈 11-03 > ?unknown_counterpart"],
  ["黄志刚", "11月3日与财务科的张小红进行了任前廉政谈话", "廉谈 11-03 > ?unknown_counterpart"],
  ["张伟", "11月20日与办公室的同志们进行了集体廉政谈话", "廉谈 11-20 > ?ambiguous_counterpart"],
  ["孙丽", "11月20日和科里新来的同志谈了心", "谈心 11-20 > ?missing_counterpart"],
  ["李明", "11月26日与办公室干事胡军开展了廉政谈话", "廉谈 11-26 >胡军"],
  ["张伟", "11月24日与康复中心新来的医生赵小兵进行了廉政谈话", "廉谈 11-24 > ?unknown_counterpart"],
  ["何平", "11月24日和中心新入职的康复师马晓宁谈心谈话", "谈心 11-24 > ?unknown_counterpart"],
  ["冯雪", "11月25日与部门新调入的同志韩小雨开展了廉政谈话", "廉谈 11-25 > ?unknown_counterpart"],
  ["郑华", "11月26日 跟新来的同志徐小华谈了一次心", "谈心 11-26 > ?unknown_counterpart"],
  ["黄志刚", "11月27日与财务科新来的科员张小红签订了廉政承诺书", "签责 11-27 > ?unknown_counterpart"],
  ["王建国", "11月20日和财务科的科员王强谈心谈话", "谈心 11-20 >王强"],
  ["张伟", "11月20日与新调来的办公室主任进行了任前廉政谈话", "廉谈 11-20 >李明"],
];
