// Round 32 (helper l1, issue 10: round 31g F1/F4/F7 and Part C, found by the acceptance report). Read on Mon 2026-11-30
// 10:00 +08:00. Fixed on a waiting card: corrections that name records (第2条 · 第3、4条 · 后两条 · 最后一条 · 警示教育那条)
// and a head count or a doer (人数不对，是29人 · 是我参加的，应该记在我名下 · 活动人是我) change those records only; on a
// waiting question 「就是工作上的交流，不用记」 drops the report. These rows are the near-misses with no card waiting: a list
// numbered 第2条 / 第2、3项 / 最后一条, or a doer said inside a report, stay new reports read as before; the correction
// words alone record nothing.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_TWO_A_ROWS: CorpusRow[] = [
  // A list's own numbers open its lines: new reports, never a correction when nothing waits.
  ["王磊", "第2条：11月5日与王强谈话", "? 11-05 >王强 ?missing_type"],
  ["冯雪", "第1条：11月19日组织观看警示教育片，参加29人\n第2条：11月24日与赵磊进行谈心谈话", "!警示 11-19 > #29 | 谈心 11-24 >赵磊"],
  ["周涛", "第2、3项：11月23日与张颖谈心谈话；11月24日组织组联部观看警示教育片《围猎》，参加8人", "!谈心 11-23 >张颖 | 警示 11-24 > 《围猎》 #8"],
  ["冯雪", "最后一条：11月27日与赵磊进行廉政谈话", "廉谈 11-27 >赵磊"],
  // The doer said inside a report (活动人是我 · 我们部组织的): the sender's own, or the lecturer's with the unit organising.
  ["冯雪", "11月19日组织维权部全体人员观看警示教育片，参加29人，活动人是我", "警示 11-19 > #29"],
  ["冯雪", "11月19日我们部组织观看警示教育片，29人参加", "警示 11-19 > #29"],
  ["冯雪", "11月20日王建国副理事长到维权部讲廉政党课，是我们部组织的", "!党课 11-20 王建国>"],
  // The correction's words alone, with nothing waiting: no report.
  ["冯雪", "后两条是我组织的", "-"],
  ["冯雪", "第2条人数不对，是29人", "-"],
  ["孙丽", "就是工作上的交流，不用记", "-"],
];
