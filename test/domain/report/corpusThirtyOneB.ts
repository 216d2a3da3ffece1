// Round 31 (helper h2, issue 10: the kinds the last two acceptance rounds left, with 分别/各/时间分别是 pairing). Read on
// Mon 2026-11-30 10:00 +08:00. Fixed: 分别 with a list of days and a list of people of different counts (时间分别是…
// after the people, 分别于… or M月D日、D日分别 before them) gave every person every day on a card; now each day is asked
// (the days written named in a remark). Checked and kept: days paired in order with as many people, one day for all,
// person–day pairs after 具体是/其中 or a comma. The month of a 6月和11月分别… talk is asked in the dialog
// (test/e2e/dayPairingDialog.test.ts), as are the answers with 各 / 一次.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_ONE_B_ROWS: CorpusRow[] = [
  // Fewer days than people after 时间分别是, before them with 分别于, and before 分别: asked, never a cross product.
  ["张伟", "我与王建国、刘芳、陈志强进行了廉政谈话，时间分别是11月3日、4日", "!廉谈 ? >王建国 ?missing_date | 廉谈 ? >刘芳 ?missing_date | 廉谈 ? >陈志强 ?missing_date"],
  ["张伟", "分别于11月5日、11月12日与王建国、刘芳、陈志强开展了廉政谈话", "!廉谈 ? >王建国 ?missing_date | 廉谈 ? >刘芳 ?missing_date | 廉谈 ? >陈志强 ?missing_date"],
  ["王建国", "11月10日、17日分别与李明、孙丽、郑华进行了廉政谈话", "!廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date | 廉谈 ? >郑华 ?missing_date"],
  // More days than people: asked too.
  ["李明", "与王强、李娟进行了谈心谈话，时间分别是11月9日、11月12日、11月16日", "!谈心 ? >王强 ?missing_date | 谈心 ? >李娟 ?missing_date"],
  ["李明", "11月3日、5日、6日分别与王强、李娟进行了谈心谈话", "!谈心 ? >王强 ?missing_date | 谈心 ? >李娟 ?missing_date"],
  // near-misses: as many days as people pair in order, at once (after, before with 分别于, before 分别).
  ["张伟", "我与王建国、刘芳进行了廉政谈话，时间分别是11月3日、4日", "廉谈 11-03 >王建国 | 廉谈 11-04 >刘芳"],
  ["张伟", "分别于11月5日、11月12日与王建国、刘芳开展了廉政谈话", "廉谈 11-05 >王建国 | 廉谈 11-12 >刘芳"],
  ["李明", "与王强、李娟进行了谈心谈话，时间分别是11月9日、11月16日", "谈心 11-09 >王强 | 谈心 11-16 >李娟"],
  ["李明", "11月9日、16日分别与王强、李娟进行谈心谈话", "谈心 11-09 >王强 | 谈心 11-16 >李娟"],
  // near-misses: one day with several people is that day for all; one person with a type per day keeps them apart.
  ["王建国", "11月18日分别与李明、孙丽、郑华进行了廉政谈话", "廉谈 11-18 >李明 | 廉谈 11-18 >孙丽 | 廉谈 11-18 >郑华"],
  ["李明", "11月24号和11月26号，分别与王强谈心谈话、廉政谈话各一次", "!谈心 11-24 >王强 | 廉谈 11-26 >王强"],
  // Person–day pairs after 具体是 / 其中 / a comma: each person their own day (on a card, as before).
  ["李明", "本月开展谈心谈话2次，具体是王强11月3日、李娟11月5日", "!谈心 11-03 >王强 | 谈心 11-05 >李娟"],
  ["李明", "上周开展了谈心谈话，其中王强11月23日、李娟11月25日", "!谈心 11-23 >王强 | 谈心 11-25 >李娟"],
  ["李明", "11月份和王强、李娟谈心谈话，王强11月3日、李娟11月5日", "!谈心 11-03 >王强 | 谈心 11-05 >李娟"],
];
