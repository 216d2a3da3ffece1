// Issue 10 part C (branch f1): dialog answers testers found in multi-turn dialogs over HTTP. The one first message whose
// reading changed: a leader named as the subject of a talk plainly done (王建国副理事长昨天开展了廉政谈话), from a clerk
// who is not the one talked to, was read as the clerk's talk with the leader (recorded at once when written 王副理事长…);
// now the leader is the doer and whom is asked. Near-misses keep their readings (和/与 someone, 和我, a terse line, names
// fronted with 都). Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_A_ROWS: CorpusRow[] = [
  ["李娟", "王建国副理事长昨天开展了廉政谈话", "廉谈 11-29 王建国> ?missing_counterpart"],
  ["李娟", "王副理事长昨天开展了廉政谈话", "廉谈 11-29 王建国> ?missing_counterpart"],
  ["李娟", "王建国昨天进行了廉政谈话", "廉谈 11-29 王建国> ?missing_counterpart"],
  ["李娟", "王建國副理事長昨天開展了廉政談話", "廉谈 11-29 王建国> ?missing_counterpart"],
  ["孙杰", "张伟书记昨天开展了谈心谈话", "谈心 11-29 张伟> ?missing_counterpart"],
  ["胡军", "刘芳副理事长前天进行了廉政谈话", "廉谈 11-28 刘芳> ?missing_counterpart"],
  ["杨帆", "11月26日陈志强副理事长开展了廉政谈话", "廉谈 11-26 陈志强> ?missing_counterpart"],
  ["王建国", "王强昨天进行了廉政谈话", "廉谈 11-29 王强> ?missing_counterpart"],
  // Near-misses: someone brought in by 和/与, the sender named by 我, a terse line, names fronted as a topic with 都.
  ["李娟", "昨天和王建国副理事长进行了廉政谈话", "!廉谈 11-29 王建国>李娟"],
  ["李娟", "王建国副理事长昨天和我进行了廉政谈话", "!廉谈 11-29 王建国>李娟"],
  ["李娟", "王建国副理事长昨天与孙丽开展了廉政谈话", "!廉谈 11-29 王建国>孙丽"],
  ["王建国", "李明 廉政谈话 11.20", "廉谈 11-20 >李明"],
  ["陈志强", "郑华冯雪都谈过心了", "谈心 ? >郑华 ?missing_date | 谈心 ? >冯雪 ?missing_date"],
];
