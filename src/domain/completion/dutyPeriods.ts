// The duty periods a view touches, and a duty's window (e.g. 责任书 within Q1) inside one of them.
import type { Cadence, Duty } from '../duty.js';
import { elapsedFraction, nextPeriod, periodEndsAt, periodOf, type Period } from '../period.js';
import type { DateRange } from './activityIndex.js';

/**
 * Duty periods overlapping the view, in order: one (the period containing the view)
 * when the view is no longer than the cadence, several (e.g. 12 months in a year) otherwise.
 */
export function dutyPeriodsFor(cadence: Cadence, view: DateRange): readonly Period[] {
  const key = `${cadence}|${view.start}|${view.end}`;
  const known = spans.get(key);
  if (known) return known;
  const periods: Period[] = [];
  for (let p = periodOf(cadence, view.start); p.start <= view.end; p = nextPeriod(p)) periods.push(p);
  if (spans.size >= MAX_SPANS) spans.clear();
  spans.set(key, Object.freeze(periods));
  return periods;
}

/** Calendar arithmetic in Asia/Shanghai is dear and every question asks for the same few spans: remembered, read-only. */
const spans = new Map<string, readonly Period[]>();
const MAX_SPANS = 512;

function monthDay(mmdd: string): string {
  return `${Number(mmdd.slice(0, 2))}月${Number(mmdd.slice(3, 5))}日`;
}

/**
 * The duty's window inside `period`, clipped to it. `undefined` when the duty has no
 * window; `null` when the window misses this period altogether (nothing is owed in it).
 */
export function windowOf(duty: Pick<Duty, 'window'>, period: Period): Period | undefined | null {
  if (!duty.window) return undefined;
  const year = period.start.slice(0, 4);
  const from = `${year}-${duty.window.from}`;
  const to = `${year}-${duty.window.to}`;
  const start = from > period.start ? from : period.start;
  const end = to < period.end ? to : period.end;
  if (start > end) return null;
  const label = `${period.label}（${monthDay(duty.window.from)}至${monthDay(duty.window.to)}）`;
  return { cadence: period.cadence, start, end, label };
}

export function intersect(a: DateRange, b: DateRange): DateRange | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start > end ? null : { start, end };
}

export interface Timing {
  elapsed: number;
  ended: boolean;
  /** Epoch ms of the period's close (midnight Asia/Shanghai after its last day): a record reported from then on is 补录. */
  closedAt: number;
}

/**
 * Where `now` stands in a period, memoised for one computation: zone conversions are
 * the dearest thing in a report, and a report asks about the same few periods hundreds of times.
 */
export function periodClock(now: Date): (period: Period) => Timing {
  const cache = new Map<string, Timing>();
  // By object first: the periods asked about are dutyPeriodsFor's own, the same objects part after part (no key to make).
  const byObject = new Map<Period, Timing>();
  return (period) => {
    let timing = byObject.get(period);
    if (timing) return timing;
    const key = `${period.start}|${period.end}`;
    timing = cache.get(key);
    if (!timing) {
      const closedAt = periodEndsAt(period).getTime();
      timing = { elapsed: elapsedFraction(period, now), ended: now.getTime() >= closedAt, closedAt };
      cache.set(key, timing);
    }
    byObject.set(period, timing);
    return timing;
  };
}
