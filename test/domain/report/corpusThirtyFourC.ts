// Round 34 (helper x3, issue 10): days and kinds carried across clauses, kinds left open at the last stop (seen by w1, u1,
// v2, v3, w2, r2). Read on Mon 2026-11-30 10:00 +08:00. Kinds: a clause naming its own month (or 上周, 本月…) and no day
// after a dated clause of the same kind took that clause's day; it keeps its own time and is asked its day.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_C_ROWS: CorpusRow[] = [
  // 1. A ；-clause with its own month and no day, after a dated clause of the same kind: asked its day, not the day before (w1).
  ["张伟", "11月18日与王建国进行了廉政谈话；陈志强11月份与分管科室负责人进行了集体廉政谈话。", "!廉谈 11-18 >王建国 | 廉谈 ? 陈志强>郑华 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date"],
  ["孙丽", "11月5日与王强进行了廉政谈话；10月份与李娟也进行了廉政谈话。", "!廉谈 11-05 >王强 | 廉谈 ? >李娟 ?missing_date"],
  ["孙丽", "11月12日与王强签订了廉洁自律承诺书；本月还与李娟签订了承诺书。", "!签责 11-12 >王强 | 签责 ? >李娟 ?missing_date"],
  // Near-misses: a ；-clause of the same kind with no time of its own goes on with the day (on a card); its own day is its own.
  ["孙丽", "11月5日与王强进行了廉政谈话；与李娟也进行了廉政谈话。", "!廉谈 11-05 >王强 | 廉谈 11-05 >李娟"],
  ["孙丽", "11月5日与王强进行了廉政谈话；11月12日与李娟进行了廉政谈话。", "!廉谈 11-05 >王强 | 廉谈 11-12 >李娟"],
  ["王建国", "11月27日，与孙丽签订了党风廉政建设责任书；与李明也签订了责任书。", "!签责 11-27 >孙丽 | 签责 11-27 >李明"],
  // 3. A standing practice to come after a deed (之后每月…, 今后定期…) is a plan (named in the reply), never a record (v3).
  ["孙丽", "11月20日与王强进行了廉政谈话；之后每月组织一次学习。", "廉谈 11-20 >王强"],
  ["王磊", "11月24日组织部门人员观看了警示教育片《围猎》，今后每季度组织一次警示教育。", "警示 11-24 > 《围猎》"],
  // Near-misses: a habit told as done is a deed of no day (asked); a deed after 之后 with 了 is a deed of the day before.
  ["孙丽", "11月20日与王强进行了廉政谈话；科室每月组织了一次学习。", "!廉谈 11-20 >王强 | ? ? > ?missing_type,missing_date"],
  ["孙丽", "11月20日与王强进行了廉政谈话；之后与李娟也进行了廉政谈话。", "!廉谈 11-20 >王强 | 廉谈 11-20 >李娟"],
  // 2. A new sentence after a full stop with a deed and no day: shown on the day before, on a card, never stored at once (u1).
  ["王建国", "11月20日与孙丽进行了廉政谈话。与王强进行了廉政谈话。", "!廉谈 11-20 >孙丽 | 廉谈 11-20 >王强"],
  ["刘芳", "11月11日与周涛进行了廉政谈话。与吴静进行了廉政谈话。", "!廉谈 11-11 >周涛 | 廉谈 11-11 >吴静"],
  ["郑华", "11月17日与陈静进行了谈心谈话。组织部门人员学习了《中国共产党纪律处分条例》。", "!谈心 11-17 >陈静 | 廉教 11-17 > 《中国共产党纪律处分条例》"],
  // Near-misses: 随后又 carries the day at once; a comma keeps one sentence (at once); a sentence about the talk is no deed;
  // a sentence with its own day is its own.
  ["王建国", "11月20日与孙丽进行了廉政谈话。随后又与王强进行了廉政谈话。", "廉谈 11-20 >孙丽 | 廉谈 11-20 >王强"],
  ["王建国", "11月20日与孙丽进行了廉政谈话，与王强进行了廉政谈话。", "廉谈 11-20 >孙丽 | 廉谈 11-20 >王强"],
  ["王建国", "11月20日与孙丽进行了廉政谈话。谈话中提醒她严格执行财经纪律，管好用好专项资金。", "廉谈 11-20 >孙丽"],
  ["王建国", "11月20日与孙丽进行了廉政谈话。11月24日与王强进行了廉政谈话。", "!廉谈 11-20 >孙丽 | 廉谈 11-24 >王强"],
  // 4. A bare 检查 after a check of a known kind is another check of that kind, on a card (v2: it was asked its type).
  ["刘芳", "上周二到组联部检查了作风纪律，周四到康复部检查。", "!作风 11-24 > | 作风 11-26 >"],
  ["黄志刚", "11月17日到组联部检查了考勤纪律；11月19日到财务科检查，发现个别同志迟到。", "!作风 11-17 > | 作风 11-19 >"],
  // Near-misses: a clause naming another kind keeps it; a visit (调研) is no check; a talk after a check is asked its type.
  ["黄志刚", "11月17日到组联部检查了考勤纪律；11月19日到财务科检查了专项资金使用情况。", "!作风 11-17 > | 资金 11-19 >"],
  ["黄志刚", "11月17日到组联部检查了考勤纪律；11月19日到财务科检查责任书落实情况。", "!作风 11-17 > | 查责 11-19 >"],
  ["黄志刚", "11月17日到组联部检查了考勤纪律；11月19日与孙丽谈话。", "!作风 11-17 > | ? 11-19 >孙丽 ?missing_type"],
  // 5. A check by 纪检/纪委 on a unit is no 自查总结 of that unit: asked whose and its type (w2's kind, shown as 自查总结 before).
  ["吴静", "11月25日机关纪委对我们部门开展了廉政风险排查。", "!? 11-25 > ?missing_actor,missing_type"],
  ["何平", "11月19日纪委对中心开展了廉政风险点排查。", "!? 11-19 > ?missing_actor,missing_type"],
  // Near-misses: the unit's own 自查, also under 纪检's guidance, stays the sender's 自查总结.
  ["何平", "11月19日中心在纪检指导下开展了廉政风险点自查。", "自查 11-19 >"],
  ["孙丽", "11月10日科室开展了专项资金使用情况自查。", "!自查 11-10 >"],
  // 6. 1.5日 with no heading and no other day, read in November: a list number run into the day as likely as last January;
  // asked its day (r2: stored as 2026-01-05 at once).
  ["郑华", "3.9日与陈静进行了谈心谈话", "谈心 ? >陈静 ?missing_date"],
  ["周涛", "2.13号组织部门人员学习了《廉洁自律准则》", "廉教 ? > 《廉洁自律准则》 ?missing_date"],
  // Near-misses: a two-digit month next to today's (11.5日) and a day written in full stay as read.
  ["孙丽", "11.5日与王强进行了廉政谈话", "廉谈 11-05 >王强"],
  ["孙丽", "1月5日与王强进行了廉政谈话", "!廉谈 01-05 >王强"],
];
