// Open duties as reminder items: completion lines of one duty period, reduced to what a reminder lists.
import { computeCompletion } from '../completion/computeCompletion.js';
import { indexActivities, isActivityIndex, type ActivityIndex } from '../completion/activityIndex.js';
import type { CompletionLine } from '../completion/types.js';
import type { Cadence } from '../duty.js';
import type { Period } from '../period.js';
import type { DueItem, ReminderInput } from './types.js';

/** Longest first: a bundle lists the half-year's duties before the month's. */
export const CADENCES: readonly Cadence[] = ['year', 'halfyear', 'quarter', 'month'];

/** Index once per decision: every cadence and period below asks the same activities. */
export function activityIndexOf(input: Pick<ReminderInput, 'activities'>): ActivityIndex {
  return isActivityIndex(input.activities) ? input.activities : indexActivities(input.activities);
}

export function toItem(line: CompletionLine): DueItem {
  return {
    dutyId: line.dutyId,
    dutyName: line.dutyName,
    period: line.period,
    due: line.window?.end ?? line.period.end,
    done: line.done,
    required: line.required,
    missing: line.missing.map((u) => u.name),
    responsibleId: line.responsibleId,
    responsibleName: line.responsibleName,
  };
}

/** The lines of every enabled duty of the period's cadence, measured over that whole period at `now`. */
export function linesOf(input: ReminderInput, index: ActivityIndex, period: Period): CompletionLine[] {
  const duties = input.duties.filter((d) => d.enabled && d.cadence === period.cadence);
  if (duties.length === 0) return [];
  return computeCompletion({ directory: input.directory, duties, activities: index, view: period, now: input.now }).lines;
}

/** Items grouped by recipient and due day, the unit a reminder bundles (at most one message each). */
export function groupBy<T>(list: readonly T[], keyOf: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = keyOf(t);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}
