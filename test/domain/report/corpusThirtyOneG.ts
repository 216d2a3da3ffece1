// Round 31 (the coordinator, issue 10: round 30g's B10 and A18, and two faults found beside them). Read on Mon
// 2026-11-30 10:00 +08:00. Fixed: days of one list parted by a comma (12月1日，12月2日分别与…: both talks on the second
// day, the first only flagged); an untyped talk under 分别 (one record of both people on each day); a day said for
// people joined by 和 (陈志强和赵敏11月10日: the first asked); one person's own day given to another with none (与王建国、
// 刘芳…，王建国11月3日: 刘芳 stored at once on 11-03); 我与王强和李娟谈心谈话 (王强 taken for one who came along and dropped,
// stored at once).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_G_ROWS: CorpusRow[] = [
  // Days parted by a comma: a list, paired by 分别 or one record a day.
  ["孙丽", "11月25日，11月26日分别与王强和李娟谈心", "谈心 11-25 >王强 | 谈心 11-26 >李娟"],
  ["孙丽", "11月25日，26日分别与王强、李娟进行了谈心谈话", "谈心 11-25 >王强 | 谈心 11-26 >李娟"],
  ["孙丽", "11月25日，11月26日与王强谈心", "谈心 11-25 >王强 | 谈心 11-26 >王强"],
  ["周涛", "11月3日，11月10日，11月17日分别与张颖、赵磊、王强进行了谈心谈话", "谈心 11-03 >张颖 | 谈心 11-10 >赵磊 | 谈心 11-17 >王强"],
  // near-misses: a day closing a deed's clause before another clause's day; a span's end before a day.
  ["孙丽", "11月3日与王强谈心谈话，11月10日与李娟谈心谈话", "!谈心 11-03 >王强 | 谈心 11-10 >李娟"],
  ["孙丽", "11月1日至11月30日，11月25日与王强谈心", "!谈心 11-25 >王强"],
  // An untyped talk under 分别: one person a day, the type asked.
  ["孙丽", "11月10日、11月17日分别与李娟、王强谈了话", "!? 11-10 >李娟 ?missing_type | ? 11-17 >王强 ?missing_type"],
  ["孙丽", "11月10日，11月17日分别和李娟、王强谈了话", "!? 11-10 >李娟 ?missing_type | ? 11-17 >王强 ?missing_type"],
  // near-miss: without 分别 each day is both people's, asked its type as before.
  ["孙丽", "11月10日、11月17日与李娟、王强谈了话", "? 11-10 >李娟,王强 ?missing_type | ? 11-17 >李娟,王强 ?missing_type"],
  // A day said for people joined by 和 / 、 after a person–day list.
  ["张伟", "与王建国、刘芳、陈志强、赵敏进行了廉政谈话，具体是王建国11月3日、刘芳11月5日、陈志强和赵敏11月10日", "!廉谈 11-03 >王建国 | 廉谈 11-05 >刘芳 | 廉谈 11-10 >陈志强 | 廉谈 11-10 >赵敏"],
  ["张伟", "与王建国、刘芳、陈志强进行了廉政谈话，王建国、刘芳是11月3日，陈志强是11月5日", "!廉谈 11-03 >王建国 | 廉谈 11-03 >刘芳 | 廉谈 11-05 >陈志强"],
  // One person's own day, another's none: the other asked, never given it.
  ["张伟", "与王建国、刘芳进行了廉政谈话，王建国11月3日", "!廉谈 11-03 >王建国 | 廉谈 ? >刘芳 ?missing_date"],
  ["周涛", "与张颖、赵磊谈心谈话，张颖是11月6号", "!谈心 11-06 >张颖 | 谈心 ? >赵磊 ?missing_date"],
  // near-misses: a day of the whole message stays everyone's.
  ["张伟", "11月3日与王建国、刘芳进行了廉政谈话，王建国是上午", "廉谈 11-03 >王建国 | 廉谈 11-03 >刘芳"],
  ["周涛", "11月6号与张颖、赵磊谈心谈话，张颖是11月6号", "谈心 11-06 >张颖 | 谈心 11-06 >赵磊"],
  // 我与X和Y: both talked to.
  ["孙丽", "昨天我与王强和李娟谈心谈话", "谈心 11-29 >王强 | 谈心 11-29 >李娟"],
  ["王磊", "11月20日我跟杨帆和王强进行了谈心谈话", "谈心 11-20 >杨帆 | 谈心 11-20 >王强"],
  // near-misses: 一起, or 我和X与Y, is one who came along.
  ["孙丽", "昨天我与王强一起找李娟谈心谈话", "谈心 11-29 >李娟"],
  ["孙丽", "昨天我和王强与李娟谈心谈话", "谈心 11-29 >李娟"],
  // Work said still to do (还要/还需/尚需 + a deed) is a plan, never a deed of the clause before's day.
  ["陈静", "11月24日部门自查完成，还要报送年度调研报告。", "!自查 11-24 郑华>"],
  ["郑华", "11月24日部门自查完成，还需组织观看警示教育片", "自查 11-24 >"],
  ["郑华", "11月24日与陈静谈心谈话，还要和冯雪谈", "谈心 11-24 >陈静"],
  // near-miss: 还要求 is an exhortation at a meeting, no plan of the sender's.
  ["郑华", "11月24日与陈静谈心谈话，还要求她加强学习", "!谈心 11-24 >陈静"],
];
