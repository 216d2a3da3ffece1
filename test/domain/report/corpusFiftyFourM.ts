// Round 54, the merge (coordinator; t57b F1, issue 10): a month heading written after the unit it is about (中心11月份： ·
// 组联部11月份：) did not give its month to the first bare day under it, which was read in this month — 「中心11月份：3号与
// 徐辉谈心谈话」 sent on 12-06 was stored at once on 12-03. The unit's name before the month (…部 · …科 · …室 · 中心 · …办 ·
// …委 · 支部 · 单位) now belongs to the lead (leadMonthDays.ts). And (fjgg's left-alone, stored wrong at once): a document
// studied with its issuer between the verb and the title (学习了市纪委《关于规范廉政信息报送的通知》) was typed by the 信息报送 inside
// its title; the issuer no longer hides the study verb (parseTraining.ts STUDIED). Read on Mon 2026-11-30 10:00 +08:00, so the
// month rows use October.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FOUR_M_ROWS: CorpusRow[] = [
  ["何平", "中心10月份：3号与徐辉谈心谈话", "谈心 10-03 >徐辉"],
  ["周涛", "组联部10月份：5号和张颖谈心谈话", "谈心 10-05 >张颖"],
  ["郑华", "教育就业部10月：8号与陈静谈心谈话", "谈心 10-08 >陈静"],
  ["孙丽", "财务科10月份：9号和王强签订廉政承诺书", "签责 10-09 >王强"],
  ["何平", "康复中心10月份：\n3号与徐辉谈心谈话\n5号和孙杰谈心谈话", "!谈心 10-03 >徐辉 | 谈心 10-05 >孙杰"],
  // Near-misses: the month said with no unit, and this month's days, read as before.
  ["何平", "10月份：3号与徐辉谈心谈话", "谈心 10-03 >徐辉"],
  ["周涛", "组联部11月份：5号和张颖谈心谈话", "谈心 11-05 >张颖"],
  // A study of an issuer's document whose title names another kind.
  ["林晓", "11月20日组织学习了市纪委《关于规范廉政信息报送的通知》", "廉教 11-20 > 《关于规范廉政信息报送的通知》"],
  ["孙丽", "11月20日组织学习了省纪委《关于报送廉政信息的通知》", "廉教 11-20 > 《关于报送廉政信息的通知》"],
  // Near-miss: a 《…信息》 sent to the 市纪委 stays the paper sent.
  ["林晓", "11月28日向市纪委报送《市残联11月份党风廉政建设工作信息》1篇。", "信息 11-28 > 《市残联11月份党风廉政建设工作信息》"],
];
