// Round 21's whose-activity faults (k22, issue 10): a department's study only attended, a department's summary, a pasted
// table's 主持人 column, 到岗情况 checks and 会同.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_K_ROWS: CorpusRow[] = [
  // 1. Attending a department's study is not holding it (u21 #4: 「今天到组联部参加了部门廉政教育专题学习」 stored at once as
  // 刘芳's): the department gone to, or the one 部门/部里/科里 names, is whose it was, its head's, for 确认; a leader's bare
  // 部门 is asked whose. The sender's own clauses after it stay theirs.
  ["陈志强", "昨天去维权部参与了部里组织的警示教育", "!警示 11-29 冯雪>"],
  ["王建国", "11月26日在财务科列席了科里的党纪学习", "!廉教 11-26 孙丽>"],
  ["赵敏", "上周五到宣文部参加了廉政教育专题学习", "!廉教 11-27 王磊>"],
  ["林晓", "前天到康复部旁听了部门的廉政教育学习会", "!廉教 11-28 吴静>"],
  ["王强", "上周四参加了部门警示教育", "!警示 11-26 孙丽>"],
  ["刘芳", "今天参加了部门廉政教育专题学习", "廉教 11-30 > ?missing_actor"],
  ["刘芳", "上周工作：周一到组联部参加了部门廉政教育专题学习；周三和周涛进行了谈心谈话", "!廉教 11-23 周涛> | 谈心 11-25 >周涛"],
  ["王建国", "上周二去办公室参加了部门组织的廉政学习，随后和李明谈心谈话", "!廉教 11-24 李明> | 谈心 11-24 >李明"],
  // The head attending their own department's study held it.
  ["周涛", "今天到组联部参加了部门廉政教育专题学习", "廉教 11-30 >"],
];
