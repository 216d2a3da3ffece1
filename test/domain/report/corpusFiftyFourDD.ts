// Round 54, fixer fjdd (issue 10): landing fjd's patch (corpusFiftyFourD.ts) with the readings its one full run broke put back.
// Read on Mon 2026-11-30 10:00 +08:00.
// Findings and what changed:
// 1. fjd's 专项资金检查 pattern took any check verb before 报销…情况, so 「到财务科检查了（财务）报销制度执行情况」 and
//    「检查了报销情况」 were stored as a 专项资金检查 where they were asked which check (b27, round 31g, round 36d rows). Now only
//    the spoken 查看了 · 翻看了 · 查了 of the 报销 is the money's, and never a 报销制度 (its 执行 is asked); 公务卡 · 三公经费 as fjd.
// 2. 跟X + a check verb made X the doer even with nothing checked said: 「昨天跟着孙科长检查了办公室」 is asked again with no
//    doer taken; the check verb after the one followed counts only with what was checked said (公务卡 · 报销 · 资金 · 考勤…).
// 3. The one a paper was sent to was kept off the card for a 自查 too, so 孙丽「…开展了廉政风险自查，并向王建国副理事长作了
//    汇报」 was stored at once with 王建国 unsaid: for a 自查 · 信息 · 调研 paper only the sending verbs (报送 · 提交 · 上报…)
//    take the leader off the card, a 汇报 after one's own 自查 keeps the card naming him.
// 4. One who went along named in full is accounted for only with the check verb right after them (带林晓查看了…):
//    「上上周带林晓去康复中心查了考勤，周五」 keeps asking whose.
// 5. 张伟「责任书刘芳11月10号签了 陈志强11月12号签了」 (the message opening on the paper) is the 书记's own collecting of the
//    signatures, his signings with them, as before; 「刘芳副理事长11月20日签订了责任书」 (a 班子成员 as the subject) is hers, with
//    whom asked (fjd's reading, kept: she signs with her heads as well).
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FOUR_DD_ROWS: CorpusRow[] = [
  // 1. 报销: the spoken check of it is a 专项资金检查; a 制度执行 check or the formal 检查 alone is asked which.
  ["黄志刚", "昨天翻看了财务科的报销情况", "!资金 11-29 > @财务科"],
  ["林晓", "11月24日查了康复部的报销情况", "!资金 11-24 > @康复部"],
  ["黄志刚", "11月26日到财务科检查了财务报销制度执行情况", "? 11-26 > @财务科 ?missing_type"],
  ["林晓", "11月24日抽查了办公室报销制度执行情况", "? 11-24 > @办公室 ?missing_type"],
  ["黄志刚", "11月25日带林晓抽查了财务科的公务卡使用情况", "!资金 11-25 > @财务科 +林晓"],
  // 2. 跟着X + a check verb: X the doer only with what was checked said.
  ["王强", "昨天跟着孙科长一起检查了办公室", "? 11-29 孙丽> @办公室 +王强 ?missing_type"],
  ["李娟", "上周三跟着孙科长检查了办公室的考勤", "!作风 11-25 孙丽> @办公室 +李娟"],
  // 3. A 汇报 after one's own 自查 keeps the card; a 自查 paper sent (提交 · 报送) is stored.
  ["孙丽", "11月20日开展了本科室廉政风险自查，并向王副理事长汇报", "!自查 11-20 > @财务科"],
  ["孙丽", "11月20日向王建国副理事长提交了财务科自查报告", "自查 11-20 > @财务科"],
  ["孙丽", "昨天向王建国副理事长报送了财务科廉政风险自查情况", "自查 11-29 > @财务科"],
  // 4. 带X去<place>查了… with the day said after keeps today's reading; with the day first a card.
  ["黄志刚", "上周三带林晓去财务科查了考勤，周三", "!作风 11-25 > @财务科 +林晓"],
  // 5. The paper opening the message: the sender's signings with those named; a 班子成员 as the subject: hers, 和谁 asked.
  ["张伟", "承诺书刘芳、陈志强上周五都签了", "!签责 11-27 >刘芳 | 签责 11-27 >陈志强"],
  ["张伟", "陈志强副理事长昨天签了责任书", "签责 11-29 陈志强> ?missing_counterpart"],
];
