// 补录, defined once: a record counted in a duty period that was reported after that period (or its window) had closed.
import type { Activity } from '../activity.js';
import type { DateRange } from './activityIndex.js';
import type { Cadence, Duty } from '../duty.js';
import { periodEndsAt, periodOf } from '../period.js';

/**
 * The one meaning of 补录 in a count: the record was reported (createdAt, Asia/Shanghai
 * day) after the last day of the duty period it counts toward. A third-quarter talk
 * reported in October is therefore not 补录 for a half-year duty (the half-year is still
 * open) and a 补录 can never fall inside a period that has not ended. Cards, 我的任务,
 * the 台账 汇总 and the year-end figures all count it through the completion lines.
 */
export function reportedLate(activity: Pick<Activity, 'createdAt'>, period: DateRange): boolean {
  return reportedAfter(activity, periodEndsAt({ ...period, cadence: 'year', label: '' }).getTime());
}

/**
 * The same test against the instant the period closed (midnight Asia/Shanghai after its
 * last day), for callers that check many records against one period: zone conversions
 * are the dearest part of a report, so they are done once per period, not per record.
 */
export function reportedAfter(activity: Pick<Activity, 'createdAt'>, closedAt: number): boolean {
  const reported = reportedAt(activity);
  return !Number.isNaN(reported) && reported >= closedAt;
}

/** Parsed createdAt per record object: a whole-unit count tests thousands of records, and parsing was most of its cost. */
const parsed = new WeakMap<object, { text: string; ms: number }>();

/** Epoch ms of `createdAt` (NaN when unreadable); the text is kept with it, so a record changed in place is parsed again. */
export function reportedAt(activity: Pick<Activity, 'createdAt'>): number {
  const hit = parsed.get(activity);
  if (hit && hit.text === activity.createdAt) return hit.ms;
  const ms = Date.parse(activity.createdAt);
  parsed.set(activity, { text: activity.createdAt, ms });
  return ms;
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
 * to its quarter, the rule the report parser applies when the record is made. The
 * returned test remembers each period's close, so a large export converts zones once a period.
 */
export function recordLateRule(duties: readonly Duty[]): (activity: Pick<Activity, 'createdAt' | 'date' | 'type'>) => boolean {
  const cadenceOf = new Map<string, Cadence>();
  const closes = new Map<string, number>();
  return (activity) => {
    let cadence = cadenceOf.get(activity.type);
    if (!cadence) {
      const cadences = duties.filter((d) => d.enabled && d.types.includes(activity.type)).map((d) => d.cadence);
      cadence = CADENCE_ORDER.find((c) => cadences.includes(c)) ?? 'quarter';
      cadenceOf.set(activity.type, cadence);
    }
    const period = periodOf(cadence, activity.date);
    const key = `${cadence}:${period.start}`;
    let closedAt = closes.get(key);
    if (closedAt === undefined) closes.set(key, (closedAt = periodEndsAt(period).getTime()));
    return reportedAfter(activity, closedAt);
  };
}
