// Kinds found by round 34c's testers and left over (issue 10; fixed by helper cc1). Read on Mon 2026-11-30 10:00 +08:00.
// 1. A clock time or a part of today still ahead of `now`, with nothing said done (下午3点中心开警示教育会 sent at 10:00) was
//    stored at once as done today: it is a plan now (the plan reply). A clock time ahead said done (下午3点开了…) is a slip,
//    its day asked; a bare part of the day said done (今天下午开展了警示教育) stays a deed of today (the lead's reading).
// 2. 11月27日来汇报了自查情况, no one named before 来汇报, was stored as the sender's own 自查: someone reported to the sender.
// 3. A check of a place told with no time word (机关纪委对康复中心开展专项检查。) was no report: its type and day are asked.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FIVE_A_ROWS: CorpusRow[] = [
  // 1. A time of today still to come, nothing said done: a plan, no record.
  ["何平", "下午3点中心开警示教育会", "-"],
  ["吴静", "今天下午三点部门集中学习《廉洁自律准则》", "-"],
  ["孙丽", "15:00科室开廉政教育会", "-"],
  ["刘芳", "晚上7点半和周涛谈心谈话", "-"],
  ["何平", "下午中心组织观看警示教育片《围猎》", "-"],
  ["王建国", "今天下午和李明进行廉政谈话", "-"],
  // 1. A clock time still to come said done: a slip, the day asked.
  ["何平", "下午3点开了警示教育会", "警示 ? > ?missing_date"],
  ["陈志强", "下午3点与冯雪进行了廉政谈话", "廉谈 ? >冯雪 ?missing_date"],
  // 1. Near-misses that keep their reading: a part of the day said done, a time gone by, two parts said together,
  //    another day, a day ahead.
  ["何平", "今天下午开展了警示教育", "!警示 11-30 >"],
  ["孙丽", "今天上午组织科室观看了警示教育片", "警示 11-30 >"],
  ["王建国", "今天上午9点和孙丽谈心谈话", "谈心 11-30 >孙丽"],
  ["李明", "今天上午和王芳谈了心，下午3点和胡军谈心", "!谈心 11-30 >王芳 | 谈心 11-30 >胡军"],
  ["张伟", "11月27日下午3点召开党风廉政建设专题会议", "专题 11-27 >"],
  ["何平", "明天下午3点中心开警示教育会", "-"],
  // 2. Someone came to report to the sender, named or not: not the sender's 自查.
  ["黄志刚", "11月27日来汇报了自查情况", "-"],
  ["黄志刚", "上周五财务科来汇报了自查情况", "-"],
  // 2. Near-misses: the sender reported upward, or said the self-check done and reported.
  ["孙丽", "11月27日向机关纪委汇报了自查情况", "自查 11-27 >"],
  ["孙丽", "11月27日我来机关纪委汇报了自查情况", "自查 11-27 >"],
  // 3. A check of a place, no time word: type and day asked.
  ["黄志刚", "机关纪委对康复中心开展专项检查。", "? ? > ?missing_type,missing_date"],
  ["林晓", "纪检组对财务科报销情况进行了检查", "? ? > ?missing_type,missing_date"],
  ["黄志刚", "对维权部开展了一次专项督查", "作风 ? > ?missing_date"],
  // 3. Near-misses: a question, a plan, a duty, a time that may look ahead stay no report; a day named is kept.
  ["黄志刚", "什么时候对康复中心开展专项检查？", "-"],
  ["黄志刚", "下周对康复中心开展专项检查", "-"],
  ["黄志刚", "要对康复中心开展专项检查", "-"],
  ["黄志刚", "近期拟对康复中心开展专项检查", "-"],
  ["黄志刚", "11月27日机关纪委对康复中心开展专项检查", "? 11-27 > ?missing_type"],
];
