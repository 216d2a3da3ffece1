// Round 54, fixer fjee, issue 10 (fje's left-alones on titles, bodies and papers): papers handed in named by their subject.
// 1. 孙丽「今天向机关纪委报送了财务科廉政风险防控工作」 · the same with 情况 · 杨帆「今天报送了财务科廉政风险防控材料」 were no
// report at all (dropped silently). A clean-governance paper (党风廉政 · 廉政 · 廉洁 · 从严治党 · 纪检 · 作风) handed in
// (报送/上报/上交/呈报/提交) and named only by its subject ending 工作/情况/材料 at the clause's end is a 信息报送, shown on a
// card (it might be a report to the 党组), titled by its subject alike for all three endings (paperSubjectTitled's
// SUBJECT_SENT, as round 53 fkff titled 「…排查情况，一份信息」; parseKindPatterns reads the kind, guessed). A subject that says
// 自查/排查 keeps its 自查总结 reading; 催报 (others' papers), 向党组报送 (left alone, still no report), plans and 还没报送 stay
// as they were. A subject holding a month (11月份…情况) is on the card untitled (a day word keeps the words as they were).
// Left alone (time): kinds 2–5 of the task (把X叫到…谈话, a 党支部 body through the question, 党组理论学习中心组专题学习…,
// 通报了…问题 at a meeting).
// Read on Mon 2026-11-30 10:00 +08:00.

import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FOUR_EE_ROWS: CorpusRow[] = [
  // 1. A clean-governance paper handed in, named by its subject ending 工作/情况/材料: a 信息报送 on a card, titled by the subject.
  ["孙丽", "今天向机关纪委报送了财务科廉政风险防控工作", "!信息 11-30 > 《财务科廉政风险防控工作》 @财务科"],
  ["孙丽", "今天向机关纪委报送了财务科廉政风险防控情况", "!信息 11-30 > 《财务科廉政风险防控情况》 @财务科"],
  ["杨帆", "今天报送了财务科廉政风险防控材料", "!信息 11-30 > 《财务科廉政风险防控材料》"],
  ["孙丽", "11月27日向机关纪委报送了财务科党风廉政建设工作情况", "!信息 11-27 > 《财务科党风廉政建设工作情况》 @财务科"],
  ["吴静", "昨天向机关纪委上报了康复部廉政风险防控工作情况", "!信息 11-29 > 《康复部廉政风险防控工作情况》 @康复部"],
  ["周涛", "上周五向机关纪委提交了组联部落实全面从严治党主体责任情况", "!信息 11-27 > 《组联部落实全面从严治党主体责任情况》 @组联部"],
  ["冯雪", "11月25号 向机关纪委 报送了 维权部廉政风险防控材料", "!信息 11-25 > 《维权部廉政风险防控材料》 @维权部"],
  ["王磊", "11月24日报送宣文部党风廉政建设工作", "!信息 11-24 > 《宣文部党风廉政建设工作》 @宣文部"],
  ["何平", "今天上交了中心廉洁文化建设情况", "!信息 11-30 > 《中心廉洁文化建设情况》 @残疾人康复中心"],
  ["孙丽", "今天按要求向机关纪委报送了财务科作风建设情况", "!信息 11-30 > 《财务科作风建设情况》 @财务科"],
  ["吴静", "11月26日向机关纪委报送康复部纪检工作情况。", "!信息 11-26 > 《康复部纪检工作情况》 @康复部"],
  ["王磊", "宣文部11月20日向机关纪委报送了宣文部党风廉政建设情况", "!信息 11-20 > 《宣文部党风廉政建设情况》 @宣文部"],
  ["吴静", "康复部今天向机关纪委报送了廉政风险防控工作材料", "!信息 11-30 > 《廉政风险防控工作材料》 @康复部"],
  ["何平", "11月23日向机关纪委报送中心党风廉政建设责任制落实情况", "!信息 11-23 > 《中心党风廉政建设责任制落实情况》 @残疾人康复中心"],
  ["冯雪", "上周三向机关纪委提交了维权部作风建设工作情况", "!信息 11-25 > 《维权部作风建设工作情况》 @维权部"],
  ["孙丽", "今天向机关纪委报送了财务科11月份廉政风险防控情况", "!信息 11-30 > @财务科"],
  ["孙丽", "今天向机关纪委报送了财务科廉政风险防控工作情况报告", "!信息 11-30 > @财务科"],
  // Near-misses that keep today's reading: 自查/排查 said, a 信息 said, others' papers, a plan, not sent, a report to the 党组.
  ["孙丽", "今天向机关纪委报送了财务科廉政风险防控工作自查报告", "自查 11-30 > @财务科"],
  ["孙丽", "今天上报了财务科廉政风险点排查情况", "!自查 11-30 > @财务科"],
  ["孙丽", "11月27日向机关纪委提交了财务科廉政风险防控工作自查情况", "自查 11-27 > @财务科"],
  ["孙丽", "昨天向市纪委报送了财务科廉政风险点排查情况，一份信息。", "信息 11-29 > 《财务科廉政风险点排查情况》 @财务科"],
  ["孙丽", "今天报送了廉政信息", "信息 11-30 > @财务科"],
  ["杨帆", "催报了各部室党风廉政建设工作情况", "-"],
  ["杨帆", "今天报送了宣文部11月工作情况", "-"],
  ["王磊", "今天向党组报告了宣文部全面从严治党工作情况", "报告 11-30 > @宣文部"],
  ["孙丽", "财务科廉政风险防控材料还没报送", "-"],
  ["杨帆", "汇总了各部室报送的廉政风险防控材料", "-"],
  ["孙丽", "明天向机关纪委报送财务科廉政风险防控情况", "-"],
];
