// Round 34c (tester t34c; fixed by helper bb2, issue 10). Read on Mon 2026-11-30 10:00 +08:00 (the tester's days restated).
// Kinds: an unnamed person beside the sender written 我 (冯部长与我和另一名同志) under a third-person doer was dropped without a
// word, the talk stored with the sender only (§3.3); a check told of 近日/日前 with no kind word (开展专项检查) was refused,
// then answered as a completion query for its 情况 and department (§3.4).
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FOUR_N_ROWS: CorpusRow[] = [
  // 1. X与我和另一名同志: the other one is asked who, a record of their own; several are named in a remark on the card.
  ["赵磊", "11月26日冯部长与我和另一名同志进行了提醒谈话。", "!廉谈 11-26 冯雪>赵磊 | 廉谈 11-26 冯雪> ?ambiguous_counterpart"],
  ["赵磊", "11月26日冯部长与本人及一名新同志进行了谈心谈话。", "!谈心 11-26 冯雪>赵磊 | 谈心 11-26 冯雪> ?ambiguous_counterpart"],
  ["杨帆", "11月25日王磊部长跟我和另外一位同事谈了心", "!谈心 11-25 王磊>杨帆 | 谈心 11-25 王磊> ?ambiguous_counterpart"],
  ["赵磊", "11月26日冯部长与我和另外两名同志进行了提醒谈话。", "!廉谈 11-26 冯雪>赵磊"],
  // Near-misses: the other one named, no one beside 我, someone unnamed not talked to, and the doer's own first person.
  ["赵磊", "11月26日冯部长与我和杨帆进行了提醒谈话。", "!廉谈 11-26 冯雪>赵磊 | 廉谈 11-26 冯雪>杨帆"],
  ["赵磊", "11月26日冯部长与我进行了提醒谈话。", "!廉谈 11-26 冯雪>赵磊"],
  ["赵磊", "11月26日冯部长与我进行了提醒谈话，另一名同志当天请假。", "!廉谈 11-26 冯雪>赵磊"],
  ["冯雪", "11月26日我与赵磊和另一名同志进行了提醒谈话。", "!廉谈 11-26 >赵磊 | 廉谈 11-26 > ?ambiguous_counterpart"],
  // 2. 近日/日前 + a check carried out: a deed done, its kind and day asked (never a completion query, never a guess).
  ["黄志刚", "近日，机关纪委对康复中心药品耗材采购情况开展专项检查，查阅凭证40余份。", "资金 ? > ?missing_date"],
  ["黄志刚", "日前，机关纪委对财务科差旅费报销情况进行了抽查", "? ? > ?missing_type,missing_date"],
  ["黄志刚", "前不久，机关纪委对教育就业部开展了一次随机抽查。", "? ? > ?missing_type,missing_date"],
  // Near-misses: its kind named (day asked), a day named (kind asked), a plan, a bare headline and a query keep their reading.
  ["黄志刚", "近日，机关纪委对康复中心开展作风纪律专项检查。", "作风 ? > ?missing_date"],
  ["黄志刚", "11月20日，机关纪委对康复中心药品耗材采购情况开展专项检查，查阅凭证40余份。", "!资金 11-20 >"],
  ["黄志刚", "近日将对康复中心开展专项检查。", "-"],
  ["黄志刚", "近期对康复中心开展专项检查。", "-"],
  ["黄志刚", "康复中心药品耗材采购情况", "-"],
];
