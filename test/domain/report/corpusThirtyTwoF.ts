// Round 32 (helper m3, issue 10: round 32a F5/F6/F7, found by the acceptance report). Read on Mon 2026-11-30 10:00
// +08:00. Fixed in the dialog: a waiting question or card takes a change for the record named by its person (不对，和冯雪是
// 上周四 · 日期错了，和冯雪那条是上周四), 「孙丽的廉政谈话不用记」 takes that record off the card, and 都/三条都改成… changes
// every record (of the card, or of the latest report on a 请确认修改 card). These rows are the near-misses with nothing
// waiting: a talk with a person said the same way (和孙丽的… · 和王强那次… · 和冯雪是…谈的), and 都 inside a report, stay new
// reports read as before; the correction words alone record nothing.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_F_ROWS: CorpusRow[] = [
  // A person named the way a correction names a record, with the deed's own kind: a report.
  ["王建国", "11月27日和孙丽进行了廉政谈话", "廉谈 11-27 >孙丽"],
  ["陈志强", "和冯雪是上周四谈的廉政谈话", "廉谈 11-26 >冯雪"],
  ["冯雪", "和王强那次廉政谈话是11月20日谈的", "廉谈 11-20 >王强"],
  ["李明", "和孙丽的廉政谈话是上周四进行的", "廉谈 11-26 >孙丽"],
  // 都 / 三次 / 两次 inside a report: its own records, not a change of all.
  ["刘芳", "11月3日、10日、17日三次和周涛进行了廉政谈话", "廉谈 11-03 >周涛 | 廉谈 11-10 >周涛 | 廉谈 11-17 >周涛"],
  ["王建国", "上周四分别与李明、孙丽签订了责任书，都是我签的", "签责 11-26 >李明 | 签责 11-26 >孙丽"],
  ["孙丽", "11月26日全科都参加了廉政教育，都是我组织的，参加6人", "廉教 11-26 > #6"],
  ["陈志强", "11月20日、11月27日分别与冯雪、郑华进行廉政谈话，两次都是在我办公室", "廉谈 11-20 >冯雪 | 廉谈 11-27 >郑华"],
  // The correction's words alone, with nothing waiting: no report.
  ["陈志强", "不对，和冯雪是上周四", "-"],
  ["陈志强", "日期错了，和冯雪那条是上周四", "-"],
  ["王建国", "和孙丽那条不要", "-"],
  ["刘芳", "三条都改成廉政谈话", "-"],
];
