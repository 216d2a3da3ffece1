// 2027年党风廉政建设工作计划：一、1月份签订责任书；二、… (round 29a, A28: asked the day of three deeds, read as 2027-01):
// a plan's heading that names a year still to come is the plan of that year, as 明年…工作计划： already was.

/** The heading of a plan: up to the first colon or line end, with 计划/要点/安排/打算/思路 in it. */
const PLAN_HEADING = /^([^:：\n]{0,40}?)(\d{4})\s*年(度)?([^:：\n]{0,30}?(?:计划|要点|安排|打算|思路)[^:：\n]{0,6}?)(?=[:：\n])/;

/**
 * `text` with the coming year of a plan heading (2027年…工作计划：, sent in 2026) written 明年, so the plan is read as one;
 * `thisYear` the year of the day it was sent (Asia/Shanghai). Unchanged for this year, a past year, or a heading of no plan.
 */
export function withPlanYearAhead(text: string, thisYear: number): string {
  const m = PLAN_HEADING.exec(text);
  if (!m || Number(m[2]) !== thisYear + 1) return text;
  return `${m[1]}明年${m[3] ?? ''}${m[4]}${text.slice(m[0].length)}`;
}
