// 「参加市里组织的廉政知识测试算不算廉政教育？需要上报吗？」「到时候算廉政教育还是警示教育？」: a member asking which
// kind an activity is, or whether to report it (round 20u N01, N05: answered as a completion query that named none).
import type { ActivityTypeCode } from '../activityTypes.js';
import { findKinds } from '../report/parseKind.js';

/** What a "does it count" question asks about. */
export interface CountsAsAsked {
  /** The activity types the question names, in the order written (may be empty: 「这个要报吗」). */
  types: ActivityTypeCode[];
  /** The activity is still ahead (准备/打算/下个月/到时候): report it when it is done. */
  planned: boolean;
}

/**
 * Asking whether something counts as a kind, which kind it is, or whether it is to be reported. The question
 * particle (吗/么/？/还是/哪) is required so a statement that also says 算 (「算一次廉政教育」) stays a report.
 */
const COUNTS_AS =
  /算不算|能不能算|能否算|可不可以算|可以算(?:作|是|为)?[^，。！]{0,14}(?:吗|么|[？?])|算(?:作|是|为)?[^，。！？?]{0,14}(?:吗|么|还是)|属于[^，。！？?]{0,14}(?:吗|么|还是|哪)|计入[^，。！？?]{0,10}(?:吗|么)|算哪一?(?:类|种|个)|算什么(?:类|活动)?[？?]?$/;
const REPORT_ASKED = /(?:需要|要不要|需不需要|用不用|要|用|该不该|应不应该)(?:上)?报(?:送|备)?(?:吗|么|[？?])|(?:要不要|需不需要|用不用)(?:上)?报/;

/** A count or completion question is the query's, not this one (「廉政教育算了几次」). */
const COMPLETION = /情况|进度|几次|多少次|几项|还差|完成了没|完成没/;

/**
 * A day said with a deed done makes it a report with a question (「昨天参加了…，算不算廉政教育」), which the report
 * reading answers with a card; only undated or planned activities are asked about here.
 */
// 上周二部里学习了…，这个算廉政教育吗 (round 48, fte: answered as a counts-as question, the study dropped): a weekday, 大前天
// or 5号 dates a deed done as well.
const DONE_ON_A_DAY = /(?:今天|昨天|大?前天|(?:上上|上|这|本)个?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|\d{1,2}[.\/]\d{1,2})[^，。？?]{0,20}了/;

const PLANNED = /准备|打算|计划|拟|将要|下(?:个)?月|下周|下星期|明年|到时候|以后|将来/;

/**
 * The "does it count / must it be reported" question in `text`, or undefined when the text is no such question.
 * Pure: reads nothing but the text.
 */
export function countsAsAsked(text: string): CountsAsAsked | undefined {
  const t = text.replace(/\s+/g, '');
  if (!COUNTS_AS.test(t) && !REPORT_ASKED.test(t)) return undefined;
  if (COMPLETION.test(t) || DONE_ON_A_DAY.test(t)) return undefined;
  const types: ActivityTypeCode[] = [];
  for (const m of findKinds(t)) if (!types.includes(m.code)) types.push(m.code);
  return { types, planned: PLANNED.test(t) };
}
