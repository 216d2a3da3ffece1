// Kinds read wrong on the tester's round-13 messages (issue 10), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_THIRTEEN_ROWS: CorpusRow[] = [
  // Part of a month (11月下旬, 月初, 本月中旬, 11月底) is a vague day, asked; the one named before it stays the doer
  // (round 13: the doer recorded as a counterpart of the sender, the day asked twice).
  ["胡军", "陈志强副理事长11月下旬和冯雪进行了廉政谈话", "!廉谈 ? 陈志强>冯雪 ?missing_date"],
  ["李娟", "孙科长月初跟王强谈心谈话了", "!谈心 ? 孙丽>王强 ?missing_date"],
  ["胡军", "刘芳副理事长本月中旬同周涛签了责任书", "!签责 ? 刘芳>周涛 ?missing_date"],
  ["王芳", "王建国副理事长11月底和李明进行了廉政谈话", "!廉谈 ? 王建国>李明 ?missing_date"],
];
