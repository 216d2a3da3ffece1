// Round 50, fixer BB (fyb), fxe's left-alones #44 and #49 (members' chat, read at Sat 12-05 then; days rewritten to ≤ 11-30).
// #44 「今天和王强谈了心 昨天签的承诺书」 put the signing on the card with no one: a signing clause with a day of its own
// (昨天签的 · 前天也签了 · 11月21日签订了…) or with the paper first (承诺书是昨天签的 · 责任书也是今天签的) was not read as going
// on from the talk before, as 「并签订了…」 is. Now it goes on from it and is asked 和谁 (a signing on a day of its own may be
// with someone else: round 37/38's rows ask it, 孙科长…和我进行了廉政谈话，11月25日让我写了承诺书). Near-misses: one's own
// pledge (个人…), someone else named as signer (昨天李明签了…), 和他, a signing alone — unchanged.
// #49 「康复部的承诺书吴静昨天签了 组联部的周涛下周签」 from 刘芳 was 吴静's own signing with 周涛 at 组联部: the unit put
// first made its head the doer, the paper put first made the signer the doer, and 「组联部的周涛下周签」 was not cut as a
// deed put off (a unit's someone), so 周涛 became the counterpart (or a signing asked its day). Now the paper put first
// (承诺书吴静昨天签了 · 财务科的责任书孙丽前天也签了) reads as 「吴静昨天签了承诺书」 does — the sender's signing with 吴静 —
// and a unit's someone's 下周签 / 月底前签 after a space is the plan named as not recorded.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_BB_ROWS: CorpusRow[] = [
  // #44: a dated signing after a talk, asked whom.
  ["王建国", "今天和王强谈了心 昨天签的承诺书", "谈心 11-30 >王强 @财务科 | 签责 11-29 > @- ?missing_counterpart"],
  ["王建国", "今天和王强谈了心 昨天还签了承诺书", "谈心 11-30 >王强 @财务科 | 签责 11-29 > @- ?missing_counterpart"],
  ["王建国", "今天和王强谈了心，昨天签了承诺书", "谈心 11-30 >王强 @财务科 | 签责 11-29 > @- ?missing_counterpart"],
  ["王建国", "今天和王强谈了心 承诺书是昨天签的", "谈心 11-30 >王强 @财务科 | 签责 11-29 > @- ?missing_counterpart"],
  ["孙丽", "今天和王强谈了廉政谈话 前天签的承诺书", "廉谈 11-30 >王强 @财务科 | 签责 11-28 > @- ?missing_counterpart"],
  ["刘芳", "上周三和吴静谈了心，周四签的廉政承诺书", "谈心 11-25 >吴静 @康复部 | 签责 11-26 > @- ?missing_counterpart"],
  ["陈志强", "11月20日与郑华进行了廉政谈话，11月21日签订了廉洁从政承诺书", "廉谈 11-20 >郑华 @教育就业部 | 签责 11-21 > @- ?missing_counterpart"],
  ["李明", "今天跟胡军谈心 责任书也是今天签的", "谈心 11-30 >胡军 @办公室 | 签责 11-30 > @- ?missing_counterpart"],
  ["赵敏", "周二和王磊谈了话 是廉政谈话 周三签了承诺书", "廉谈 11-24 >王磊 @宣文部 | 签责 11-25 > @- ?missing_counterpart"],
  ["吴静", "昨天跟刘洋谈心了 今天签的承诺书", "谈心 11-29 >刘洋 @康复部 | 签责 11-30 > @- ?missing_counterpart"],
  ["冯雪", "上周五和赵磊进行了廉政谈话 今天上午签了承诺书", "廉谈 11-27 >赵磊 @维权部 | 签责 11-30 > @- ?missing_counterpart"],
  ["何平", "11月25日与徐辉谈心谈话，11月26日签订廉洁承诺书", "谈心 11-25 >徐辉 @残疾人康复中心 | 签责 11-26 > @- ?missing_counterpart"],
  ["王建国", "昨天签的承诺书", "签责 11-29 > @-"],
  ["王建国", "今天和王强谈了心 昨天签了个人廉政承诺书", "!谈心 11-30 >王强 @财务科 | 签责 11-29 > @-"],
  ["王建国", "今天和王强谈了心 昨天李明签了承诺书", "!谈心 11-30 >王强 @财务科 | 签责 11-29 >李明 @办公室"],
  ["王建国", "今天和王强谈了心 昨天和他签的承诺书", "!谈心 11-30 >王强 @财务科 | 签责 11-29 >王强 @财务科"],
  ["郑华", "今天和陈静谈了心 组织全体人员签了承诺书", "!谈心 11-30 >陈静 @教育就业部 | 签责 11-30 >陈静 @教育就业部"],
  // #49: the paper put first, several signers, some put off.
  ["刘芳", "康复部的承诺书吴静昨天签了 组联部的周涛下周签", "!签责 11-29 >吴静 @康复部"],
  ["刘芳", "康复部的承诺书吴静昨天签了", "!签责 11-29 >吴静 @康复部"],
  ["刘芳", "承诺书吴静昨天签了", "!签责 11-29 >吴静 @康复部"],
  ["刘芳", "康复部的承诺书吴静昨天签了，组联部的周涛昨天也签了", "!签责 11-29 >吴静 @康复部 | 签责 11-29 >周涛 @组联部"],
  ["王建国", "财务科的责任书孙丽前天签了", "!签责 11-28 >孙丽 @财务科"],
  ["王建国", "财务科的责任书孙丽科长前天也签了 办公室的李明下周签", "!签责 11-28 >孙丽 @财务科"],
  ["陈志强", "教就部的承诺书郑华上周五签了 维权部的冯雪月底前签", "!签责 11-27 >郑华 @教育就业部"],
  ["赵敏", "宣文部的责任书王磊已经签了", "签责 ? >王磊 @宣文部 ?missing_date"],
  ["赵敏", "宣文部的责任书王磊上周四签了", "!签责 11-26 >王磊 @宣文部"],
  ["张伟", "责任书刘芳11月10号签了 陈志强11月12号签了", "!签责 11-10 >刘芳 @- | 签责 11-12 >陈志强 @-"],
  ["刘芳", "吴静昨天签了承诺书 组联部的周涛下周签", "!签责 11-29 >吴静 @康复部"],
  ["王建国", "李明的责任书昨天签了", "!签责 11-29 >李明 @办公室"],
  ["刘芳", "吴静昨天签了康复部的承诺书", "!签责 11-29 >吴静 @康复部"],
  ["刘芳", "吴静昨天签了承诺书 周涛下周签", "!签责 11-29 >吴静 @康复部"],
  ["张颖", "周涛昨天签了承诺书", "!签责 11-29 周涛> @组联部"],
  ["刘芳", "组联部的周涛下周签", "-"],
  ["王建国", "孙丽昨天签了承诺书 李明下周签", "!签责 11-29 >孙丽 @财务科"],
  // Near-miss: one's own pledge, the paper put first with 我, stays as it was.
  ["王磊", "承诺书我昨天签了", "签责 11-29 > @-"],
];
