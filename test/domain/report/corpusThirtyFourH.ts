// Found by the acceptance tester of round 34b (t34b, issue 10), fixed by helper z2:
// §1b/§2a 「张伟书记今天上午听取了办公室工作汇报，并与我进行了廉政谈话」 lost its day, 张伟 and 李明 (the clause up to 汇报，
// was taken for words addressed to someone); 「王建国副理事长听取了孙丽科长的汇报，随后与孙丽、李娟进行了廉政谈话」 gave three
// wrong talks (王建国 made one talked to, 孙丽 the sender's superior). Hearing a report is context: its subject and day carry
// to the talk after 并/随后/之后/后; the one whose report was heard is talked to when the talk names them or a group they are
// in (…并与财务科全体人员谈话 dropped 孙丽 while the note counted her).
// §2c 「向党组报告：本月…开展廉政谈话3人次，具体为11月9日与刘洋，…」 became a 向党组报告 record with the first talk's day and
// 3人 as a head count, the talk with 刘洋 lost: 向X报告： · 向X书面报告： · 现将…报告如下： at the head of a message is an
// address line; the items under it are read as items.
// §2b 「11月24日组织分管部门负责人召开党风廉政建设工作会议」 (from 刘芳) was a 专题会议, 「组织郑华、冯雪召开…」 (from 陈志强) even
// asked whose: those a 分管领导 gathers (组织…召开) are the meeting's participants, and the heads of what they supervise make it
// their 分管科室会议 with those departments (on a card: the type is inferred).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_H_ROWS: CorpusRow[] = [
  // §1b: the one who heard the report holds the talk after it, on the day written before it, on a card.
  ["李明", "张伟书记今天上午听取了办公室工作汇报，并与我进行了廉政谈话", "!廉谈 11-30 张伟>李明"],
  ["周涛", "11月25日刘芳副理事长听取了组联部年度工作汇报，随后与我进行了谈心谈话", "!谈心 11-25 刘芳>周涛"],
  ["李娟", "11月25日王建国副理事长听了孙丽科长的工作汇报，之后和我进行了廉政谈话", "!廉谈 11-25 王建国>李娟"],
  ["胡军", "11月24日张伟书记听取了李明的工作汇报后，与李明进行了廉政谈话", "!廉谈 11-24 张伟>李明"],
  // §2a: whom the report was heard from is talked to when the talk names them, or a group they are in.
  ["王强", "11月26日，王建国副理事长听取了孙丽科长的汇报，随后与孙丽、李娟进行了廉政谈话", "!廉谈 11-26 王建国>孙丽 | 廉谈 11-26 王建国>李娟"],
  ["李娟", "11月26日，王建国副理事长到财务科调研指导工作，听取了孙丽科长关于年度预算执行情况的汇报，并与财务科全体人员进行了集体廉政谈话，提醒大家严守财经纪律。", "!廉谈 11-26 王建国>孙丽 | 廉谈 11-26 王建国>王强 | 廉谈 11-26 王建国>李娟"],
  ["张颖", "11月20日刘芳副理事长到组联部，听取了周涛部长的工作汇报，并与组联部全体人员进行了廉政谈话", "!廉谈 11-20 刘芳>周涛 | 廉谈 11-20 刘芳>张颖"],
  // Near-misses: one whose report was heard, not named again, is no one talked to; without the report, read as before;
  // a report heard alone is no record.
  ["张伟", "11月20日听取了何平主任关于全年工作的汇报，并与徐辉进行了廉政谈话", "!廉谈 11-20 >徐辉"],
  ["王强", "11月26日，王建国副理事长听取了孙丽科长的汇报，随后与李娟进行了廉政谈话", "!廉谈 11-26 王建国>李娟"],
  ["李明", "张伟书记今天上午与我进行了廉政谈话", "!廉谈 11-30 张伟>李明"],
  ["王强", "11月26日王建国副理事长到财务科调研，随后与孙丽、李娟进行了廉政谈话", "!廉谈 11-26 王建国>孙丽 | 廉谈 11-26 王建国>李娟"],
  ["李明", "11月24日张伟书记听取了办公室的工作汇报", "-"],
  // §2c: an address heading names no deed; every item under it is read.
  ["黄志刚", "向党组报告：本月机关纪委共开展廉政谈话3人次，具体为11月9日与刘洋，11月16日与赵磊，11月23日与王芳，均为提醒谈话。", "!廉谈 11-09 >刘洋 | 廉谈 11-16 >赵磊 | 廉谈 11-23 >王芳"],
  ["黄志刚", "向党组报告：11月9日与刘洋进行廉政谈话", "廉谈 11-09 >刘洋"],
  ["孙丽", "向党组书面报告：11月9日与王强进行廉政谈话，11月16日与李娟进行廉政谈话", "!廉谈 11-09 >王强 | 廉谈 11-16 >李娟"],
  ["周涛", "现将本月情况报告如下：11月12日与张颖进行了谈心谈话", "谈心 11-12 >张颖"],
  ["何平", "向张伟书记报告：中心11月18日组织观看了警示教育片，15人参加", "警示 11-18 > #15"],
  // Near-misses: a 向党组报告 told as a deed (with its day, or under the heading) stays one; 向X汇报： was already an address.
  ["孙丽", "11月20日向党组报告了本部门党风廉政建设情况", "报告 11-20 >"],
  ["孙丽", "11月27日向党组书面报告了财务科全面从严治党情况", "报告 11-27 >"],
  ["孙丽", "向党组报告：11月20日向党组报告了本部门党风廉政建设情况", "报告 11-20 >"],
  ["周涛", "向张书记汇报：11月12日与张颖进行了谈心谈话", "谈心 11-12 >张颖"],
  // §2b: the heads a 分管领导 gathers, in words or by name (all of them heads of what they supervise), make a 分管科室会议.
  ["刘芳", "11月24日组织分管部门负责人召开党风廉政建设工作会议", "!分管会 11-24 >"],
  ["王建国", "11月25日组织分管科室负责同志召开了党风廉政建设工作会议，安排年底廉政风险防控工作", "!分管会 11-25 >"],
  ["陈志强", "11月24日组织郑华、冯雪召开党风廉政建设工作会议", "!分管会 11-24 >"],
  ["王建国", "11月24日组织李明、孙丽两位科长开了个党风廉政建设工作会", "!分管会 11-24 >"],
  ["周涛", "11月24日刘芳副理事长组织分管部门负责人召开了党风廉政建设工作会议", "!分管会 11-24 刘芳>"],
  ["刘芳", "11月份我履行一岗双责情况：11月6日与周涛、吴静两位部长签订了党风廉政建设责任书；11月20日到康复部参加了部门廉政教育专题学习；11月24日组织分管部门负责人召开党风廉政建设工作会议。", "!签责 11-06 >周涛 | 签责 11-06 >吴静 | 廉教 11-20 吴静> | 分管会 11-24 >"],
  // Near-misses: a 分管科室会议 named as such, a 专题会议 named as such, heads attending after the meeting, 班子成员 gathered.
  ["刘芳", "11月24日召开分管部门党风廉政建设工作会议", "分管会 11-24 >"],
  ["王建国", "11月24日组织召开分管科室党风廉政建设工作会议", "分管会 11-24 >"],
  ["陈志强", "11月24日主持召开分管科室党风廉政建设工作会议，郑华、冯雪两位部长参加", "分管会 11-24 > #2"],
  ["张伟", "11月24日组织班子成员召开党风廉政建设专题会议", "!专题 11-24 >"],
  ["刘芳", "11月24日组织分管部门负责人召开党风廉政建设专题会议", "!专题 11-24 >"],
];
