// Reporting periods (month, quarter, half-year, year) as inclusive Shanghai civil-date ranges.
import type { Cadence } from './duty.js';
import { addDays, addMonths, shanghaiDate, shanghaiMidnight } from './shanghai.js';

export interface Period {
  cadence: Cadence;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  end: string;
  /** e.g. 2026年第四季度 */
  label: string;
}

const MONTHS: Record<Cadence, number> = { month: 1, quarter: 3, halfyear: 6, year: 12 };
const QUARTER_NAMES = ['一', '二', '三', '四'];

function label(cadence: Cadence, year: number, month: number): string {
  switch (cadence) {
    case 'month':
      return `${year}年${month}月`;
    case 'quarter':
      return `${year}年第${QUARTER_NAMES[(month - 1) / 3]}季度`;
    case 'halfyear':
      return `${year}年${month === 1 ? '上' : '下'}半年`;
    case 'year':
      return `${year}年`;
  }
}

/** The period of the given cadence that contains `date` (YYYY-MM-DD). */
export function periodOf(cadence: Cadence, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const size = MONTHS[cadence];
  const firstMonth = Math.floor((month - 1) / size) * size + 1;
  const start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const end = addDays(addMonths(start, size), -1);
  return { cadence, start, end, label: label(cadence, year, firstMonth) };
}

/** The period containing the instant `now` (in Asia/Shanghai). */
export function currentPeriod(cadence: Cadence, now: Date): Period {
  return periodOf(cadence, shanghaiDate(now));
}

export function previousPeriod(period: Period): Period {
  return periodOf(period.cadence, addDays(period.start, -1));
}

export function nextPeriod(period: Period): Period {
  return periodOf(period.cadence, addDays(period.end, 1));
}

/** An arbitrary inclusive range, e.g. for exports. */
export function customPeriod(start: string, end: string, text?: string): Period {
  return { cadence: 'year', start, end, label: text ?? `${start} 至 ${end}` };
}

export function inPeriod(period: Pick<Period, 'start' | 'end'>, date: string): boolean {
  return date >= period.start && date <= period.end;
}

/** The instant the period is over: midnight Shanghai after its last day. */
export function periodEndsAt(period: Period): Date {
  return shanghaiMidnight(addDays(period.end, 1));
}

export function periodStartsAt(period: Period): Date {
  return shanghaiMidnight(period.start);
}

/** Share of the period elapsed at `now`, clamped to [0, 1]. */
export function elapsedFraction(period: Period, now: Date): number {
  const start = periodStartsAt(period).getTime();
  const end = periodEndsAt(period).getTime();
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/** Does `outer` contain `inner` entirely? */
export function contains(outer: Period, inner: Pick<Period, 'start' | 'end'>): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function monthDayText(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/**
 * A span that is not one calendar period ("1-10月", "前两个季度", "今年以来"), inclusive
 * YYYY-MM-DD bounds. Whole months read 「2026年1—10月」, anything else 「2026年1月1日至11月30日」.
 * Its cadence is 'year' only so duty periods can be laid over it; `isSpan` tells it apart.
 */
export function spanPeriod(start: string, end: string): Period {
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const wholeMonths = start.endsWith('-01') && addDays(end, 1).endsWith('-01');
  const year = `${start.slice(0, 4)}年`;
  let text: string;
  if (sameYear && wholeMonths) {
    const from = Number(start.slice(5, 7));
    const to = Number(end.slice(5, 7));
    text = from === to ? `${year}${from}月` : `${year}${from}—${to}月`;
  } else {
    text = `${year}${monthDayText(start)}至${sameYear ? '' : `${end.slice(0, 4)}年`}${monthDayText(end)}`;
  }
  return { cadence: 'year', start, end, label: text };
}

/** A span built by `spanPeriod` or `customPeriod`, not a calendar month, quarter, half-year or year. */
export function isSpan(period: Pick<Period, 'cadence' | 'start' | 'end'>): boolean {
  const canonical = periodOf(period.cadence, period.start);
  return canonical.start !== period.start || canonical.end !== period.end;
}
