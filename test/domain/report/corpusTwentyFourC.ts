// A clerk's 工作动态 items pasted one after another (c24, issue 10): each names a leader's deed with a member, so each is
// shown on its own 确认 card with the leader as the doer, never stored at once. Several such cards then wait together;
// test/e2e/waitingCards.test.ts taps through them (each tap stores its own card's record, and only once).
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_FOUR_C_ROWS: CorpusRow[] = [
  ["王芳", "11月24日，王建国副理事长到财务科与王强同志开展廉政谈话", "!廉谈 11-24 王建国>王强"],
  ["张颖", "上周四刘芳副理事长同组联部周涛部长签订了党风廉政建设责任书", "!签责 11-26 刘芳>周涛"],
  ["胡军", "11月27日下午，陈志强副理事长与维权部冯雪部长进行谈心谈话", "!谈心 11-27 陈志强>冯雪"],
  ["徐辉", "本月20日，赵敏书记到康复中心同何平主任进行了廉政提醒谈话", "!廉谈 11-20 赵敏>何平"],
  ["刘洋", "前天刘芳副理事长到康复部与吴静部长谈心", "!谈心 11-28 刘芳>吴静"],
];
