// Round 31f (the acceptance report's F1 and F3, issue 10). Read on Mon 2026-11-30 10:00 +08:00. Fixed: day + 和/与/跟/找 +
// person clauses with the talk said once at the end (昨天和王建国，今天和刘芳进行了廉政谈话: only 刘芳 recorded, 王建国's
// day flagged as left over) are one talk a pair, each on its own day; a plan heading (…12月工作安排：) no longer makes a
// deed said done after its items (另外，今天已与…谈话) a plan (the whole message had been answered 没看懂).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_H_ROWS: CorpusRow[] = [
  // Day–person pairs, the talk said once at the end: one talk a pair, each on its own day.
  ["张伟", "昨天和王建国，今天和刘芳进行了廉政谈话", "!廉谈 11-29 >王建国 | 廉谈 11-30 >刘芳"],
  ["张伟", "上周五与王建国，今天与刘芳两位同志分别进行了廉政谈话", "!廉谈 11-27 >王建国 | 廉谈 11-30 >刘芳"],
  ["周涛", "11月24日跟张颖，11月26日跟赵磊谈了心", "!谈心 11-24 >张颖 | 谈心 11-26 >赵磊"],
  ["张伟", "前天找王建国，昨天找刘芳，今天找陈志强分别进行了廉政谈话", "!廉谈 11-28 >王建国 | 廉谈 11-29 >刘芳 | 廉谈 11-30 >陈志强"],
  // near-misses: weekday and 号 forms keep their pairs; one day for both people stays both's; each clause with its own
  // verb stays as read (type asked); a day still to come is no deed written out.
  ["张伟", "上周三和王建国，上周五和刘芳进行了廉政谈话", "!廉谈 11-25 >王建国 | 廉谈 11-27 >刘芳"],
  ["张伟", "25号和王建国，27号和刘芳进行了廉政谈话", "!廉谈 11-25 >王建国 | 廉谈 11-27 >刘芳"],
  ["张伟", "昨天和王建国、刘芳进行了廉政谈话", "廉谈 11-29 >王建国 | 廉谈 11-29 >刘芳"],
  ["张伟", "昨天和王建国谈了，今天和刘芳谈了", "!? 11-29 >王建国 ?missing_type | ? 11-30 >刘芳 ?missing_type"],
  ["王建国", "11月16日、23日分别与李明、孙丽进行了廉政谈话", "廉谈 11-16 >李明 | 廉谈 11-23 >孙丽"],
  ["张伟", "今天和王建国，明天和刘芳进行廉政谈话", "-"],
  // A deed said done after the items of a plan heading is a report; the plan items stay plans.
  ["赵敏", "机关党委12月工作安排：一是12月5日组织全体党员观看警示教育片；二是12月中旬开展年终述责述廉。另外，今天已与王磊、何平分别进行了廉政谈话。", "!廉谈 11-30 >王磊 | 廉谈 11-30 >何平"],
  ["赵敏", "12月工作安排：12月8日组织观看警示教育片。此外，上周五已与王磊进行了廉政谈话。", "廉谈 11-27 >王磊"],
  ["何平", "中心12月工作安排：\n1. 12月10日召开党风廉政建设工作会议\n2. 12月下旬开展年终述责述廉\n另外，11月27日已和徐辉进行了谈心谈话。", "!谈心 11-27 >徐辉"],
  ["赵敏", "11月已完成：11月20日与王磊谈心。12月计划：12月5日组织观看警示教育片。另外，今天已与何平进行了廉政谈话。", "!谈心 11-20 >王磊 | 廉谈 11-30 >何平"],
  // near-misses: a plan heading over plans only (a talk among them too) records nothing.
  ["赵敏", "12月工作安排：12月5日组织观看警示教育片。", "-"],
  ["赵敏", "12月工作安排：一是12月5日组织观看警示教育片；二是12月10日与王磊、何平进行廉政谈话。", "-"],
  ["何平", "中心12月工作安排：\n1. 12月10日召开党风廉政建设工作会议\n2. 12月下旬和徐辉进行谈心谈话", "-"],
  ["赵敏", "12月计划：12月5日组织观看警示教育片，之后与王磊、何平进行廉政谈话。", "-"],
];
