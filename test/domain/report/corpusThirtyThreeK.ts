// Round 33c (tester t33c; fixed by helper w1, issue 10): a group of leaders as the subject of a clause without 分别.
// Read on Mon 2026-11-30 10:00 +08:00 (the tester's days restated). Kind: 「（当天，）（各）班子成员还/也/与分管科室负责人签订…」
// after a ；-clause with a doer of its own (or after 会上) was read with the leaders as the ones signed, the sender as the
// signer and 分管科室负责人 unresolved; turning to the heads they supervise makes the leaders the doers, each with their own.
// Kind 2 (A12): such a group summary followed by 其中 and entries of leaders and days (王建国副理事长11月10日谈话，…) read the
// leaders as the ones talked to and dropped a day; each entry is those leaders' own deed on their day, and leaders the
// breakdown leaves out are asked their day, never given the entry before's.
import type { CorpusRow } from './corpusRow.js';

const SIGNINGS = (day: string) =>
  ['王建国>李明', '王建国>孙丽', '刘芳>周涛', '刘芳>吴静', '陈志强>郑华', '陈志强>冯雪', '赵敏>王磊', '赵敏>何平'].map((p) => `签责 ${day} ${p}`).join(' | ');
const TALKS = (day: string) => ['王建国', '刘芳', '陈志强', '赵敏'].map((n) => `廉谈 ${day} 张伟>${n}`).join(' | ');

export const THIRTY_THREE_K_ROWS: CorpusRow[] = [
  // 1. The group after a ；-clause with its own doer, with 当天/还/各: each leader signs with their own heads.
  ["胡军", "11月27日，张伟书记与班子成员王建国、刘芳、陈志强、赵敏分别进行了廉政谈话；当天，各班子成员还与分管科室负责人签订了党风廉政建设责任书。", `!${TALKS('11-27')} | ${SIGNINGS('11-27')}`],
  ["胡军", "11月26日，张伟书记与班子成员分别进行了廉政谈话；当天，班子成员还与分管科室负责人签订了责任书。", `!${TALKS('11-26')} | ${SIGNINGS('11-26')}`],
  ["王芳", "11月25日，各班子成员与分管科室负责人签订了党风廉政建设责任书。", `!${SIGNINGS('11-25')}`],
  ["胡军", "11月24日召开党风廉政建设工作会议，会上班子成员还与分管科室负责人签订了责任书。", `!专题 11-24 > ?missing_actor | ${SIGNINGS('11-24')}`],
  ["胡军", "11月23日，班子成员也同分管部门负责人进行了廉政谈话。", "!廉谈 11-23 王建国>李明 | 廉谈 11-23 王建国>孙丽 | 廉谈 11-23 刘芳>周涛 | 廉谈 11-23 刘芳>吴静 | 廉谈 11-23 陈志强>郑华 | 廉谈 11-23 陈志强>冯雪 | 廉谈 11-23 赵敏>王磊 | 廉谈 11-23 赵敏>何平"],
  // Near-misses: 分别 as before; one named leader with 还 keeps their own two; the group before a named person (no 分管)
  // is not touched by this reading; a meeting's 会上 with no 分管 deed stays the meeting alone.
  ["胡军", "11月27日，班子成员分别与分管科室负责人签订了党风廉政建设责任书。", `!${SIGNINGS('11-27')}`],
  ["胡军", "11月27日，王建国副理事长还与分管科室负责人签订了党风廉政建设责任书。", "!签责 11-27 王建国>李明 | 签责 11-27 王建国>孙丽"],
  ["胡军", "11月24日召开党风廉政建设工作会议，会上班子成员分别作了表态发言。", "!专题 11-24 > ?missing_actor"],
  ["孙丽", "11月27日，我与分管科室的王强签订了党风廉政建设责任书。", "签责 11-27 >王强"],
  ["王建国", "11月27日，我与分管科室负责人签订了党风廉政建设责任书。", "!签责 11-27 >李明 | 签责 11-27 >孙丽"],
  // 2. A 其中 breakdown of leaders and days after the group summary: each leader with their own heads on their day.
  ["王芳", "关于近期领导干部廉政谈话开展情况的报告：11月份，班子成员分别与分管科室负责人开展了集体廉政谈话。其中，王建国副理事长11月10日谈话，刘芳副理事长11月11日谈话，陈志强副理事长和赵敏书记11月12日谈话。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-11 刘芳>周涛 | 廉谈 11-11 刘芳>吴静 | 廉谈 11-12 陈志强>郑华 | 廉谈 11-12 陈志强>冯雪 | 廉谈 11-12 赵敏>王磊 | 廉谈 11-12 赵敏>何平"],
  ["王芳", "上月班子成员分别与分管部门负责人签订了党风廉政建设责任书。其中，王建国、刘芳11月3日签订，陈志强和赵敏11月5日签订。", "!签责 11-03 王建国>李明 | 签责 11-03 王建国>孙丽 | 签责 11-03 刘芳>周涛 | 签责 11-03 刘芳>吴静 | 签责 11-05 陈志强>郑华 | 签责 11-05 陈志强>冯雪 | 签责 11-05 赵敏>王磊 | 签责 11-05 赵敏>何平"],
  ["王芳", "11月份，班子成员分别与分管科室负责人开展了集体廉政谈话。其中，王建国副理事长11月10日谈话，刘芳副理事长11月11日谈话。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽 | 廉谈 11-11 刘芳>周涛 | 廉谈 11-11 刘芳>吴静 | 廉谈 ? 陈志强>郑华 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date | 廉谈 ? 赵敏>王磊 ?missing_date | 廉谈 ? 赵敏>何平 ?missing_date"],
  // Near-misses: one leader with their day alone, as before.
  ["王芳", "王建国副理事长11月10日与分管科室负责人进行了集体廉政谈话。", "!廉谈 11-10 王建国>李明 | 廉谈 11-10 王建国>孙丽"],
];
