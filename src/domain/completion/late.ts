// 补录, defined once: a record counted in a duty period that was reported after that period (or its window) had closed.
import { countingDay } from './countingDay.js';
import type { Activity } from '../activity.js';
import type { DateRange } from './activityIndex.js';
import type { Duty } from '../duty.js';
import { periodEndsAt, periodOf, type Period } from '../period.js';
import { windowOf } from './dutyPeriods.js';
import { assignmentsFor } from './assignments.js';
import type { Directory } from '../organization.js';

/** Reported (createdAt) after the last day of `period`, Asia/Shanghai: the test recordLateRule applies per record. */
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
export const LATE_MEANING = '补录＝上报时活动所属周期（或规定期限）已结束的记录，计入活动发生的周期；“其中补录”与它所在的数字同一口径（按月、按人或按次）。';

/**
 * The spans a day of this month may count toward: for each enabled duty of the type, the duty period holding
 * the month, or that period's window (责任书: 1月1日至3月31日) when the duty has one; a day counts toward those
 * spans that hold it. A day outside a duty's window counts toward nothing of that duty (see outsideWindows).
 * Periods are whole months, so the spans are the same for every day of a month: worked out once a month.
 */
function monthSpans(duties: readonly Duty[], type: string, month: string): Period[] {
  const out: Period[] = [];
  const first = `${month}-01`;
  for (const d of duties) {
    if (!d.enabled || !d.types.includes(type as Duty['types'][number])) continue;
    const period = periodOf(d.cadence, first);
    const window = windowOf(d, period);
    if (window === undefined) out.push(period);
    else if (window) out.push(window);
  }
  return out;
}

/**
 * 补录, the one rule, per record: it was reported (createdAt) after the earliest-closing duty period (or
 * window) its day counts toward had closed. A 3月10日 责任书 reported in December is 补录 (its Q1 window had
 * closed); an October 信息报送 reported in November is; a third-quarter talk reported in October is not (its
 * half-year is still open). A day no enabled duty counts (another type, or outside every window) falls back to
 * its quarter, the rule the report parser applies. The bot stores the answer on the record when it is made (or
 * changed), and every count (cards, 明细, 台账 rows, 汇总, 说明, the year-end draft) applies this same test,
 * so a flag stored by an older version cannot make two of them disagree. The returned test remembers each
 * period's close, so a large export converts zones once a period.
 */
export function recordLateRule(duties: readonly Duty[]): (activity: Pick<Activity, 'createdAt' | 'date' | 'type' | 'dutyYear'>) => boolean {
  const closeOf = lateCloseRule(duties);
  // A 2027年度 责任书 signed in December 2026 is judged in the year it counts toward (countingDay).
  return (activity) => reportedAfter(activity, closeOf(activity.type, countingDay(activity)));
}

/** Midnight Asia/Shanghai after a last day, remembered: periods end on few days, and the zone conversion is dear. */
const closeAfterDay = new Map<string, number>();
function closeAfter(lastDay: string): number {
  let ms = closeAfterDay.get(lastDay);
  if (ms === undefined) closeAfterDay.set(lastDay, (ms = periodEndsAt({ cadence: 'year', start: lastDay, end: lastDay, label: '' }).getTime()));
  return ms;
}

/** Per catalogue (an array replaced whole on a reload), per type, per day: the instant from which a report is 补录. */
const closesByCatalogue = new WeakMap<readonly Duty[], Map<string, Map<string, number>>>();

/**
 * recordLateRule's close instant for a type and day, remembered per catalogue across calls: a completion
 * query tests every counted record, and zone conversions per record made a whole-unit quarter 8× slower
 * (bench completion, 100,000 records: warm p50 38 → 330 ms) until they were remembered here.
 */
export function lateCloseRule(duties: readonly Duty[]): (type: string, date: string) => number {
  let byType = closesByCatalogue.get(duties);
  if (!byType) closesByCatalogue.set(duties, (byType = new Map()));
  const known = byType;
  const spansOf = new Map<string, Period[]>();
  return (type, date) => {
    let byDate = known.get(type);
    if (!byDate) known.set(type, (byDate = new Map()));
    let closedAt = byDate.get(date);
    if (closedAt === undefined) {
      const month = date.slice(0, 7);
      const spansKey = `${type}|${month}`;
      let spans = spansOf.get(spansKey);
      if (!spans) spansOf.set(spansKey, (spans = monthSpans(duties, type, month)));
      let end: string | undefined;
      for (const span of spans) if (span.start <= date && date <= span.end && (end === undefined || span.end < end)) end = span.end;
      closedAt = closeAfter(end ?? periodOf('quarter', date).end);
      byDate.set(date, closedAt);
    }
    return closedAt;
  };
}

/** A duty whose window a record's day misses: the record is kept in the 台账 but meets nothing of that duty. */
export interface WindowMiss {
  dutyName: string;
  /** 1月1日至3月31日 */
  window: string;
}

function monthDay(mmdd: string): string {
  return `${Number(mmdd.slice(0, 2))}月${Number(mmdd.slice(3, 5))}日`;
}

/**
 * The enabled duties of the record's type whose window its day falls outside (赵敏's 12月1日 责任书 against
 * 签订党风廉政建设责任书, window 1月1日至3月31日). Empty when some duty without a window, or whose window holds
 * the day, counts it for that same duty; a receipt, a card and the draft say so rather than count it.
 */
export function outsideWindows(duties: readonly Duty[], type: string, date: string, who?: WindowParties): WindowMiss[] {
  const out: WindowMiss[] = [];
  for (const d of duties) {
    if (!d.enabled || !d.window || !d.types.includes(type as Duty['types'][number])) continue;
    if (who && !owedBy(who, d)) continue;
    const window = windowOf(d, periodOf(d.cadence, date));
    if (window && window.start <= date && date <= window.end) continue;
    out.push({ dutyName: d.name, window: `${monthDay(d.window.from)}至${monthDay(d.window.to)}` });
  }
  return out;
}

/** Who took part in a record, to tell whether it is one the duty asks for at all. */
export interface WindowParties {
  directory: Directory;
  actorId: string;
  counterpartIds: readonly string[];
  departmentId?: string;
}

/**
 * The record is one this duty would count inside its window: a 责任书 of the secretary with a leader, of a leader
 * with a supervised head. A 廉政承诺书 a head signs with her staff in November is no late 责任书, and saying
 * 「不在规定期限」 of it would be wrong.
 */
function owedBy(who: WindowParties, duty: Duty): boolean {
  const people = [who.actorId, ...who.counterpartIds];
  return assignmentsFor(who.directory, duty).some((a) => {
    if (a.orgWide) return true;
    if (!people.includes(a.person.id)) return false;
    if (duty.per === 'count') return a.person.id === who.actorId;
    return a.units.some((u) =>
      u.kind === 'person'
        ? people.includes(u.id)
        : who.departmentId === u.id || people.some((p) => p !== a.person.id && who.directory.person(p)?.departmentId === u.id),
    );
  });
}

/** The words a receipt, a 确认 card and the draft use for a record outside its duty's window. */
export function outsideWindowText(misses: readonly WindowMiss[]): string {
  return misses.map((m) => `不在规定期限（${m.window}）内，不计入「${m.dutyName}」的完成情况`).join('；');
}
