// Round 49, fixer n (fwd), t52b F1: a counterpart named by a post the directory has no one for —
// 「陈志强对教育就业部新任副部长开展任前廉政谈话」 — was put on the card as a talk with 郑华 (the 部长: 「教育就业部」 taken alone
// for its head, the 新任副部长 between it and the deed dropped), and 「陈志强副理事长与我部门副部长（新任）进行了任前廉政谈话」 from
// 陈静 (a 科员) as a talk with the sender herself (与我部门… read as 与我). A fresh-post word (新任 · 新提拔的 · 新进 · 挂职)
// between a department and a title no one there holds is asked who (unknown, 不在名单里 offered); 新任部长 offers the
// directory's 部长 instead of taking him; 与我部门/我科/我中心… is someone of the sender's unit, asked, never the sender.
// Near-misses: 教育就业部部长 · 维权部负责人 · 组联部主任 stay the head; 新任副科长王强 · 新任副主任胡军 stay the named person;
// 王建国副理事长与我 · 找我谈了话 stay the sender.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_NINE_N_ROWS: CorpusRow[] = [
  ["陈静", "【残联动态】11月18日，分管副理事长陈志强对教育就业部新任副部长开展任前廉政谈话。", "廉谈 11-18 陈志强> @- ?unknown_counterpart"],
  ["陈静", "11月18日，陈志强副理事长与我部门副部长（新任）进行了任前廉政谈话。", "廉谈 11-18 陈志强> @- ?missing_counterpart"],
  ["陈静", "11月18日，陈志强副理事长与我部门新任副部长进行了廉政谈话。", "廉谈 11-18 陈志强> @- ?missing_counterpart"],
  ["陈静", "11月18日，陈志强副理事长与部门副部长进行了任前廉政谈话。", "廉谈 11-18 陈志强> @- ?missing_counterpart"],
  ["王强", "11月18日，王建国与我科副科长进行了廉政谈话。", "廉谈 11-18 王建国> @- ?missing_counterpart"],
  ["李明", "11月20日，王建国副理事长对办公室新提拔的副主任开展任前廉政谈话。", "廉谈 11-20 王建国> @- ?unknown_counterpart"],
  ["李明", "【工作动态】11月20日，王建国副理事长与办公室新任副主任进行任前廉政谈话，提出三点要求。", "廉谈 11-20 王建国> @- ?unknown_counterpart"],
  ["张颖", "11月23日刘芳副理事长和组联部新任副部长开展了任前谈话", "廉谈 11-23 刘芳> @- ?unknown_counterpart"],
  ["赵磊", "11月24日陈志强副理事长对维权部新提任副部长进行任职前廉政谈话。", "廉谈 11-24 陈志强> @- ?unknown_counterpart"],
  ["杨帆", "11月25日，赵敏书记与宣文部新进副部长开展廉政谈话", "廉谈 11-25 赵敏> @- ?unknown_counterpart"],
  ["刘洋", "11月26日，刘芳同志与康复部新任的副部长进行了廉政谈话。", "廉谈 11-26 刘芳> @- ?unknown_counterpart"],
  ["张伟", "11月20日，我与教育就业部新任部长进行了任前廉政谈话。", "廉谈 11-20 > @- ?ambiguous_counterpart"],
  ["王建国", "11月20日，我与财务科副科长王强进行了廉政谈话。", "廉谈 11-20 >王强 @财务科"],
  ["王建国", "11月20日，我与财务科新任副科长王强进行了任前廉政谈话。", "廉谈 11-20 >王强 @财务科"],
  ["王建国", "11月20日，与办公室新任副主任胡军进行任前谈话。", "廉谈 11-20 >胡军 @办公室"],
  ["赵敏", "11月21日，与康复中心副主任徐辉开展廉政谈话。", "廉谈 11-21 >徐辉 @残疾人康复中心"],
  ["陈志强", "11月18日对教育就业部部长开展廉政谈话", "廉谈 11-18 >郑华 @教育就业部"],
  ["陈志强", "11月18日与维权部负责人开展廉政谈话", "廉谈 11-18 >冯雪 @维权部"],
  ["刘芳", "11月19日与组联部主任开展谈心谈话", "谈心 11-19 >周涛 @组联部"],
  ["孙丽", "11月18日王建国副理事长与我进行了廉政谈话", "!廉谈 11-18 王建国>孙丽 @财务科"],
  ["王芳", "11月18日王建国副理事长找我谈了话", "? 11-18 王建国>王芳 @- ?missing_type"],
];
