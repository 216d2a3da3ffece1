// Round 34c (tester t34c, §4 A18 and §3.2 A16; the signing left by x2; fixed by helper cc2, issue 10). Read on Mon 2026-11-30
// 10:00 +08:00 (the tester's days moved before it). Kinds: a count said inside one item of a message of several kinds
// (…；12月2日报送廉政信息2篇 · …；11月份开展了两次作风纪律检查) made one record, alone it made as many (the rest lost without a
// word); a 党风廉政建设 专题组织生活会 of a department, its 分管领导 attending and speaking, was refused as a 组织生活会 while the
// same 专题会议 was that leader's 分管科室会议; a signing going on after a talk whose people are still asked (…开展了集体廉政谈话，
// 并签订了责任书) stood on the card with no one, never asked.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_FIVE_B_ROWS: CorpusRow[] = [
  // 1. A count inside one item: as many records as the clause alone gives (papers on their day; occasions asked their days).
  ["王磊", "11月26日与杨帆谈心谈话；11月28日报送廉政信息2篇。", "!谈心 11-26 >杨帆 | 信息 11-28 > | 信息 11-28 >"],
  ["王磊", "宣文部：11月27日，赵敏书记与我部王磊、杨帆进行集体廉政谈话；11月28日，部门报送廉政信息2篇。", "!廉谈 11-27 赵敏>王磊 | 廉谈 11-27 赵敏>杨帆 | 信息 11-28 > | 信息 11-28 >"],
  ["吴静", "11月25日组织观看警示教育片《迷途》；11月27日，部门报送廉政信息两条。", "!警示 11-25 > 《迷途》 | 信息 11-27 > | 信息 11-27 >"],
  ["孙丽", "11月20日与王强谈心谈话；昨天报送信息2条，今天1条", "!谈心 11-20 >王强 | 信息 11-29 > | 信息 11-29 > | 信息 11-30 >"],
  ["孙丽", "11月20日与王强谈心谈话；11月份开展了两次作风纪律检查", "!谈心 11-20 >王强 | 作风 ? > ?missing_date"],
  ["孙丽", "11月20日与王强谈心谈话；11月24日开展了两次作风纪律检查", "!谈心 11-20 >王强 | 作风 11-24 > | 作风 ? > ?missing_date"],
  // A clause that says only its month (11月报送…) takes no day from the clause before it: every paper's day asked.
  ["孙丽", "11月20日与王强谈心谈话，11月报送廉政信息3篇", "!谈心 11-20 >王强 | 信息 ? > ?missing_date"],
  // Near-misses: one paper, one a day, days in brackets, no count, a head count (人) that counts no deeds.
  ["王磊", "11月26日与杨帆谈心谈话；11月28日报送廉政信息1篇。", "!谈心 11-26 >杨帆 | 信息 11-28 >"],
  ["王磊", "11月26日与杨帆谈心谈话；11月27日、11月28日各报送廉政信息1篇。", "!谈心 11-26 >杨帆 | 信息 11-27 > | 信息 11-28 >"],
  ["孙丽", "11月26日与王强进行了廉政谈话；11月份报送信息2篇（11月6日、11月20日）", "!廉谈 11-26 >王强 | 信息 11-06 > | 信息 11-20 >"],
  ["王磊", "11月26日组织学习《廉洁自律准则》，参加6人；11月28日报送廉政信息。", "!廉教 11-26 > 《廉洁自律准则》 #6 | 信息 11-28 >"],
  ["孙丽", "11月20日与王强谈心谈话；11月24日组织观看警示教育片《围猎》，参加12人", "!谈心 11-20 >王强 | 警示 11-24 > 《围猎》 #12"],
  // 2. A 党风廉政建设 专题组织生活会 of a department its 分管领导 attends and addresses: that leader's 分管科室会议, on a card.
  ["周涛", "根据机关党委安排，11月17日组联部召开党风廉政建设专题组织生活会，刘芳副理事长到会指导并讲话，部门5名党员逐一开展批评与自我批评。", "!分管会 11-17 刘芳> #5"],
  ["吴静", "11月19日康复部召开党风廉政建设专题组织生活会，刘芳副理事长出席并讲话。", "!分管会 11-19 刘芳>"],
  ["刘芳", "11月17日参加组联部党风廉政建设专题组织生活会并讲话", "分管会 11-17 >"],
  // Near-misses: no leader there (its type asked, as the 专题会议's is), no 党风廉政 theme (no activity, said as before).
  ["周涛", "11月17日组联部召开党风廉政建设专题组织生活会，部门5名党员逐一开展批评与自我批评。", "? 11-17 > #5 ?missing_type"],
  ["周涛", "11月17日组联部召开专题组织生活会，刘芳副理事长到会指导并讲话。", "-"],
  ["周涛", "11月17日组联部召开组织生活会，刘芳副理事长到会指导并讲话。", "-"],
  // 3. A signing going on after a talk whose people are asked: asked with whom too, never on the card with no one.
  ["何平", "11月20日与中心新入职职工开展了集体廉政谈话，并签订了责任书", "廉谈 11-20 > ?missing_counterpart | 签责 11-20 > ?missing_counterpart"],
  ["吴静", "11月20日，部门开展了集体廉政谈话，并签订了廉洁承诺书", "廉谈 11-20 > ?missing_counterpart | 签责 11-20 > ?missing_counterpart"],
  ["张伟", "11月20日对新提拔的科级干部开展了集体廉政谈话，签订了党风廉政建设责任书", "廉谈 11-20 > ?missing_counterpart | 签责 11-20 > ?missing_counterpart"],
  // Near-misses: the talk's people named (or a group resolved) are the signing's; a signing with its own person or one's own paper keeps it.
  ["何平", "11月20日与徐辉、孙杰开展了集体廉政谈话，并签订了责任书", "!廉谈 11-20 >徐辉 | 廉谈 11-20 >孙杰 | 签责 11-20 >徐辉 | 签责 11-20 >孙杰"],
  ["王建国", "11月20日与分管科室负责人开展了集体廉政谈话，并签订了责任书。", "!廉谈 11-20 >李明 | 廉谈 11-20 >孙丽 | 签责 11-20 >李明 | 签责 11-20 >孙丽"],
  ["何平", "11月20日与新入职职工开展了集体廉政谈话，并与徐辉签订了责任书", "廉谈 11-20 > ?missing_counterpart | 签责 11-20 >徐辉"],
  ["何平", "11月20日与新入职职工开展了集体廉政谈话，并签订了个人廉洁承诺书", "廉谈 11-20 > ?missing_counterpart | 签责 11-20 >"],
];
