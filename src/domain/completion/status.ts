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
