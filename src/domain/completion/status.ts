// Statuses (完成/进行中/滞后/逾期): how a line's parts decide one, their names, the headline and filters.
import type { CompletionLine, CompletionStatus, Headline, PartProgress } from './types.js';

export const STATUS_NAMES: Record<CompletionStatus, string> = {
  done: '完成',
  in_progress: '进行中',
  behind: '滞后',
  overdue: '逾期',
};

export function statusName(status: CompletionStatus): string {
  return STATUS_NAMES[status];
}

/**
 * Done when every part met its requirement; overdue when any part's period (or window)
 * has ended unmet; behind when the capped total lags the even-pace expectation.
 * Capping per part keeps an over-achieving month from hiding a missed one.
 */
export function statusOf(parts: readonly PartProgress[]): CompletionStatus {
  if (parts.every((p) => p.done >= p.required)) return 'done';
  if (parts.some((p) => p.ended && p.done < p.required)) return 'overdue';
  const done = parts.reduce((n, p) => n + Math.min(p.done, p.required), 0);
  const expected = parts.reduce((n, p) => n + p.expectedByNow, 0);
  return done < expected ? 'behind' : 'in_progress';
}

export function headlineOf(lines: readonly CompletionLine[]): Headline {
  const count = (s: CompletionStatus) => lines.filter((l) => l.status === s).length;
  return {
    total: lines.length,
    done: count('done'),
    inProgress: count('in_progress'),
    behind: count('behind'),
    overdue: count('overdue'),
  };
}

/** open: anything not done; overdue: 逾期 only; behind: off pace, so 逾期 as well as 滞后. */
export type LineFilter = 'open' | 'overdue' | 'behind';

export function filterLines(lines: readonly CompletionLine[], filter: LineFilter | undefined): CompletionLine[] {
  switch (filter) {
    case undefined:
      return [...lines];
    case 'open':
      return lines.filter((l) => l.status !== 'done');
    case 'overdue':
      return lines.filter((l) => l.status === 'overdue');
    case 'behind':
      return lines.filter((l) => l.status === 'behind' || l.status === 'overdue');
  }
}

/**
 * Even pace, said as what a status is measured against: 「按进度应完成1次」. Only a line
 * not yet done whose period is still running has a pace; undefined otherwise.
 */
export function paceText(line: Pick<CompletionLine, 'status' | 'expectedByNow' | 'required' | 'parts'>): string | undefined {
  if (line.status === 'done' || line.status === 'overdue') return undefined;
  const unit = line.parts.some((p) => p.units.length > 0) ? '项' : '次';
  return `按进度应完成${line.expectedByNow}${unit}（全周期${line.required}${unit}）`;
}

/** A duty period's name inside a longer view: 上半年, 第三季度, 10月 (the year itself for a year). */
export function partName(period: { label: string }): string {
  return period.label.replace(/^\d{4}年(?=.)/, '') || period.label;
}

function unitNames(part: PartProgress, max: number): string {
  const short = part.units.filter((u) => u.done < u.required);
  const names = short.slice(0, max).map((u) => u.name).join('、');
  return short.length > max ? `${names} 等${short.length}个` : names;
}

/**
 * What is missing, per duty period when the view is longer than the duty's cadence:
 * 「上半年尚缺 周涛、吴静；下半年已完成」, or for a count 「1月、3月未完成」. A single period
 * gives the names alone. Periods that have not begun are left out. Empty when nothing is missing.
 */
export function gapText(line: Pick<CompletionLine, 'status' | 'parts'>, maxNames = 8): string {
  const begun = line.parts.filter((p) => p.elapsed > 0 || p.ended);
  const parts = begun.length > 0 ? begun : line.parts.slice(0, 1);
  if (parts.length === 1) return line.status === 'done' ? '' : unitNames(parts[0] as PartProgress, maxNames);
  if (parts.every((p) => p.done >= p.required)) return '';
  if (parts.every((p) => p.units.length === 0)) {
    const missed = parts.filter((p) => p.ended && p.done < p.required).map((p) => partName(p.period));
    const running = parts.filter((p) => !p.ended && p.done < p.required).map((p) => `${partName(p.period)}进行中`);
    return [...(missed.length > 0 ? [`${missed.join('、')}未完成`] : []), ...running].join('；');
  }
  return parts
    .map((p) => (p.done >= p.required ? `${partName(p.period)}已完成` : `${partName(p.period)}尚缺 ${unitNames(p, maxNames)}`))
    .join('；');
}

/** The legend under every completion table and list, the same words in cards, 我的任务 and the 台账. */
export const STATUS_MEANING =
  '完成＝已达应完成数；进行中＝未完成但不落后于按时间均匀推进的进度；滞后＝低于按进度应完成的数量；逾期＝周期（或时限）已过仍未完成。';
