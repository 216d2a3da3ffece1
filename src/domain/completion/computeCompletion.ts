// computeCompletion: every enabled duty × responsible person, measured over a view (本季度完成情况).
import { lateCloseRule } from './late.js';
import type { Activity } from '../activity.js';
import { assignmentsFor } from './assignments.js';
import { indexActivities, isActivityIndex, linearScanIndex, type ActivityIndex } from './activityIndex.js';
import { buildLine, narrowLine } from './line.js';
import { partProgress, type PartContext } from './partProgress.js';
import { dutyPeriodsFor, periodClock } from './dutyPeriods.js';
import { planScope } from './scope.js';
import { headlineOf } from './status.js';
import { linesOverTime } from './linesOverTime.js';
import { shanghaiDate } from '../shanghai.js';
import type { Directory } from '../organization.js';
import type { ScopePlan } from './scope.js';
import type { Cadence } from '../duty.js';
import type { Period } from '../period.js';
import type { CompletionInput, CompletionLine, CompletionReport, PartProgress, Scope } from './types.js';

export type * from './types.js';
export { indexActivities, linearScanIndex, type ActivityIndex, type DateRange } from './activityIndex.js';
export { STATUS_NAMES, statusName, filterLines, headlineOf, type LineFilter } from './status.js';
export { narrowLine } from './line.js';

const ALL: Scope = { kind: 'all' };

function toIndex(activities: CompletionInput['activities']): ActivityIndex {
  return isActivityIndex(activities) ? activities : indexActivities(activities);
}

/**
 * Lines come in catalogue order, then responsible order (the duty's responsible list,
 * then directory order). A line with nothing required in the view (a windowed duty
 * whose window misses every period) is left out.
 */
export function computeCompletion(input: CompletionInput): CompletionReport {
  const { directory, view, now } = input;
  const scope = input.scope ?? ALL;
  const index = toIndex(input.activities);
  const plan = planScope(directory, scope);
  const clock = periodClock(now);
  const lateClose = lateCloseRule(input.duties);
  const periodsOf = new Map<Cadence, readonly Period[]>();
  const lines: CompletionLine[] = [];
  const today = shanghaiDate(now);
  const plans = new Map<Directory, ScopePlan>([[directory, plan]]);
  for (const duty of input.duties) {
    if (!duty.enabled || !plan.wantsDuty(duty.id)) continue;
    const ctx: PartContext = { directory, index, duty, view, clock, lateClose };
    let periods = periodsOf.get(duty.cadence);
    if (!periods) periodsOf.set(duty.cadence, (periods = dutyPeriodsFor(duty.cadence, view)));
    if (directory.dated) {
      lines.push(...linesOverTime({ directory, duty, periods, scope, today, plans, index, view, clock, lateClose }));
      continue;
    }
    for (const who of assignmentsFor(directory, duty)) {
      const selection = plan.select(who.person.id);
      if (selection.kind === 'skip') continue;
      const parts = periods.map((p) => partProgress(ctx, who, p)).filter((p): p is PartProgress => p !== null);
      if (parts.length === 0) continue;
      const head = {
        dutyId: duty.id,
        dutyName: duty.name,
        cadence: duty.cadence,
        responsibleId: who.person.id,
        responsibleName: who.person.name,
      };
      const line = buildLine(head, parts, view);
      const kept = selection.kind === 'narrow' ? narrowLine(line, selection.keep) : line;
      if (kept && kept.required > 0) lines.push(kept);
    }
  }
  return { asOf: now, view, scope, lines, headline: headlineOf(lines) };
}

/**
 * The benchmark baseline: the very same rules, answered by scanning every record on
 * every lookup instead of the index.
 */
export function computeCompletionLinearScan(
  input: Omit<CompletionInput, 'activities'> & { activities: readonly Activity[] },
): CompletionReport {
  return computeCompletion({ ...input, activities: linearScanIndex(input.activities) });
}
