// 补录, defined once: a record counted in a duty period that was reported after that period (or its window) had closed.
import type { Activity } from '../activity.js';
import type { DateRange } from './activityIndex.js';
import { shanghaiDate } from '../shanghai.js';
import type { Cadence, Duty } from '../duty.js';
import { periodOf } from '../period.js';

/**
 * The one meaning of 补录 in a count: the record was reported (createdAt, Asia/Shanghai
 * day) after the last day of the duty period it counts toward. A third-quarter talk
 * reported in October is therefore not 补录 for a half-year duty (the half-year is still
 * open) and a 补录 can never fall inside a period that has not ended. Cards, 我的任务,
 * the 台账 汇总 and the year-end figures all count it through the completion lines.
 */
export function reportedLate(activity: Pick<Activity, 'createdAt'>, period: DateRange): boolean {
  const reported = Date.parse(activity.createdAt);
  if (Number.isNaN(reported)) return false;
  return shanghaiDate(new Date(reported)) > period.end;
}

/** How a count with 补录 reads everywhere: 「4（其中补录1）」. */
export function countWithLate(done: number, late: number): string {
  return late > 0 ? `${done}（其中补录${late}）` : String(done);
}

/** The legend printed under every table that shows 补录. */
export const LATE_MEANING = '补录＝该周期结束后才上报的记录，计入活动发生的周期。';

const CADENCE_ORDER: Cadence[] = ['month', 'quarter', 'halfyear', 'year'];

/**
 * 补录 for one record on its own (a 台账 row): reported after the shortest duty period
 * it counts toward had closed — so a row marked 补录 is 补录 in at least one count, and
 * a count's 补录 is always marked on its rows. A type no enabled duty counts falls back
 * to its quarter, the rule the report parser applies when the record is made.
 */
export function recordLate(activity: Pick<Activity, 'createdAt' | 'date' | 'type'>, duties: readonly Duty[]): boolean {
  const cadences = duties.filter((d) => d.enabled && d.types.includes(activity.type)).map((d) => d.cadence);
  const shortest = CADENCE_ORDER.find((c) => cadences.includes(c)) ?? 'quarter';
  return reportedLate(activity, periodOf(shortest, activity.date));
}
