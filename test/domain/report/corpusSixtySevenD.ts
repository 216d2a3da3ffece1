// Round 67, helper ggd (issue 10; round 66's leftovers): counted summaries from a unit's clerk, and presence corrections whose
// name and number disagree.
// Findings (on main 3fdbc41e): 徐辉「本月中心共开展谈心谈话2人次，其中11月24日与孙杰谈话1次」 asked everything — two blank talks of
// 何平's (中心 read as its head) beside an untyped one with 孙杰 — because doerless pairs the count did not match were left to
// the older readers; now the named pair with its day, 徐辉's talk with 孙杰 of no doer asked once (doerlessPairsAsked), the
// 2 against 1 said by countDiffers (pairedTallyLead). 胡军「本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次，11月25日与王芳
// 谈话1次」 was 李明's talks with 胡军 and with 王芳 (办公室 read as 李明 by tallyLeadDoer, and a clerk's 与李明谈话 turned round
// to his head's talk): a unit's name is no tally's person now, and a doerless pair the readers gave a doer is a talk with that
// person whose doer is asked. A head writing of her own staff (孙丽 · 何平 · 李明 · 周涛) keeps her own talks on a card.
// Before → after: 32 of these 44 rows read differently before (every counted summary of a clerk's; the presence rows read
// nothing before and after: they are corrections, answered by dropNamedRecord / correctWaitingCard, see the e2e file).
// Left as today: 胡军「本月办公室谈心谈话2人次、警示教育1次」 (no 共, a unit: 李明's talk asked its day and person) and
// 「…其中11月24日与李明谈话1次，另组织观看警示教育片1次」 (the film's doer read as 李明): not in this file.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_SEVEN_D_ROWS: CorpusRow[] = [
  ["徐辉", "本月中心共开展谈心谈话2人次，其中11月24日与孙杰谈话1次", "谈心 11-24 >孙杰 ?missing_actor"],
  ["徐辉", "本月中心共开展谈心谈话2人次，其中11.24与孙杰谈话1次", "谈心 11-24 >孙杰 ?missing_actor"],
  ["徐辉", "本月中心共开展谈心谈话2人次，其中上周二与孙杰谈话1次", "谈心 11-24 >孙杰 ?missing_actor"],
  ["徐辉", "本月中心共开展谈心谈话2人次 其中 11月24日 与孙杰谈话1次", "谈心 11-24 >孙杰 ?missing_actor"],
  ["徐辉", "本月中心共开展谈心谈话2人次，其中24号与孙杰谈话1次。", "谈心 11-24 >孙杰 ?missing_actor"],
  ["徐辉", "本月中心共開展談心談話2人次，其中11月24日與孫傑談話1次", "谈心 11-24 >孙杰 ?missing_actor"],
  ["孙杰", "本月中心共开展谈心谈话3人次，其中11月24日与徐辉谈话1次", "谈心 11-24 >徐辉 ?missing_actor"],
  ["孙杰", "本月康复中心共开展廉政谈话2人次，其中11月25日与何平谈话1次", "廉谈 11-25 >何平 ?missing_actor"],
  ["胡军", "本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次", "谈心 11-24 >李明 ?missing_actor"],
  ["胡军", "本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次，11月25日与王芳谈话1次", "谈心 11-24 >李明 ?missing_actor | 谈心 11-25 >王芳 ?missing_actor"],
  ["胡军", "本月办公室共开展廉政谈话2人次，其中11.24与李明谈话1次，11.25与林晓谈话1次", "廉谈 11-24 >李明 ?missing_actor | 廉谈 11-25 >林晓 ?missing_actor"],
  ["胡军", "本月办公室共开展谈心谈话2人次，其中上周三与李明谈话1次", "谈心 11-25 >李明 ?missing_actor"],
  ["胡军", "本月 办公室 共开展谈心谈话2人次 其中 11月24日 与李明谈话1次", "谈心 11-24 >李明 ?missing_actor"],
  ["王芳", "本月办公室共开展谈心谈话2人次，其中11月24日与李明谈话1次", "谈心 11-24 >李明 ?missing_actor"],
  ["王芳", "本月办公室共开展谈心谈话3人次，其中前天与胡军谈话1次", "谈心 11-28 >胡军 ?missing_actor"],
  ["李娟", "本月财务科共开展谈心谈话2人次，其中11月24日与孙丽谈话1次", "谈心 11-24 >孙丽 ?missing_actor"],
  ["李娟", "本月财务科共开展廉政谈话2人次，其中11月24日与孙丽谈话1次，11月26日与王强谈话1次", "廉谈 11-24 >孙丽 ?missing_actor | 廉谈 11-26 >王强 ?missing_actor"],
  ["张颖", "本月组联部共开展谈心谈话2人次，其中11月24日与周涛谈话1次", "谈心 11-24 >周涛 ?missing_actor"],
  ["张颖", "11月份组联部共开展谈心谈话3人次，其中11月25日与周涛谈话1次，11月26日与刘洋谈话1次", "谈心 11-25 >周涛 ?missing_actor | 谈心 11-26 >刘洋 ?missing_actor"],
  ["刘洋", "本月康复部共开展谈心谈话2人次，其中11月26日与吴静谈话1次", "谈心 11-26 >吴静 ?missing_actor"],
  ["陈静", "本月教育就业部共开展廉政谈话2人次，其中11月24日与郑华谈话1次", "廉谈 11-24 >郑华 ?missing_actor"],
  ["杨帆", "本月宣文部共开展谈心谈话2人次，其中11月23日与王磊谈话1次", "谈心 11-23 >王磊 ?missing_actor"],
  ["赵磊", "本月维权部共开展谈心谈话2人次，其中上周四与冯雪谈话1次", "谈心 11-26 >冯雪 ?missing_actor"],
  ["王强", "本月财务科共开展谈心谈话2人次，其中11月24日与李娟谈话1次", "谈心 11-24 >李娟 ?missing_actor"],
  ["林晓", "本月共开展廉政谈话3人次，其中11月24日与王强谈话1次", "廉谈 11-24 >王强 ?missing_actor"],
  ["林晓", "本月共开展廉政谈话3人次，其中11月24日与王强谈话1次，11月25日与李娟谈话1次", "廉谈 11-24 >王强 ?missing_actor | 廉谈 11-25 >李娟 ?missing_actor"],
  ["林晓", "本月机关纪委共开展廉政谈话2人次，其中11月24日与何平谈话1次", "廉谈 11-24 >何平 ?missing_actor"],
  ["何平", "本月中心共开展谈心谈话2人次，其中11月24日与孙杰谈话1次", "!谈心 11-24 >孙杰"],
  ["何平", "本月中心共开展谈心谈话2人次，其中11月24日与孙杰谈话1次，11月25日与徐辉谈话1次", "!谈心 11-24 >孙杰 | 谈心 11-25 >徐辉"],
  ["孙丽", "本月财务科共开展谈心谈话3人次，其中11月24日与王强谈话1次", "!谈心 11-24 >王强"],
  ["李明", "本月办公室共开展谈心谈话2人次，其中11月24日与胡军谈话1次", "!谈心 11-24 >胡军"],
  ["周涛", "本月组联部共开展谈心谈话2人次，其中11月24日与张颖谈话1次", "!谈心 11-24 >张颖"],
  ["胡军", "本月办公室共开展谈心谈话2人次", "-"],
  ["胡军", "11月24日与李明谈心谈话", "!谈心 11-24 李明>胡军"],
  ["胡军", "今天和李明主任谈心谈话", "!谈心 11-30 李明>胡军"],
  ["胡军", "本月办公室共开展谈心谈话2人次，其中李明主任11月24日与胡军谈话1次", "!谈心 11-24 李明>胡军"],
  ["胡军", "本月办公室共开展谈心谈话2人次，其中李明主任11月24日与胡军、王芳分别谈话", "!谈心 11-24 李明>胡军 | 谈心 11-24 李明>王芳"],
  ["徐辉", "本月中心共开展谈心谈话2人次，其中何平主任11月24日与孙杰谈话1次", "!谈心 11-24 何平>孙杰"],
  ["林晓", "本月共开展廉政谈话2人次，其中黄志刚书记11月24日与王强谈话1次", "!廉谈 11-24 黄志刚>王强"],
  ["赵敏", "王强只是在场，没和他谈，第3条不对", "-"],
  ["赵敏", "第2条不对 孙杰只是旁听", "-"],
  ["赵敏", "李娟没谈 她就在旁边 第三条不对", "-"],
  ["赵敏", "孙杰只是在场，没和他谈，第4条不对", "-"],
  ["黄志刚", "孙丽只是旁听，没跟她谈，第1条不对", "-"],
];
