// Doer faults of the tester's round 15 (issue 10), in messages of our own: no record under the wrong person.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_FIFTEEN_B_ROWS: CorpusRow[] = [
  // 中心/部里 after a part of a month (11月上旬) is the sender's unit, so its head's deed, its day asked (round 15: the
  // head lost, the answer stored as the sender's).
  ["徐辉", "11月上旬中心开展了作风纪律自查", "!自查 ? 何平> ?missing_date"],
  ["杨帆", "11月中旬部里组织观看了警示教育片《围猎》", "!警示 ? 王磊> 《围猎》 ?missing_date"],
  ["刘洋", "11月下旬部里组织学习了《廉洁自律准则》", "!廉教 ? 吴静> 《廉洁自律准则》 ?missing_date"],
  ["孙杰", "10月底中心组织观看了警示片《蜕变》", "!警示 ? 何平> 《蜕变》 ?missing_date"],
];
