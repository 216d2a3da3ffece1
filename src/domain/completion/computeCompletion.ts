// computeCompletion: every enabled duty × responsible person, measured over a view (本季度完成情况).
import { lateCloseRule } from './late.js';
import type { Activity } from '../activity.js';
import { assignmentsOf } from './assignments.js';
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
import type { Cadence, Duty } from '../duty.js';
import type { Assignment } from './assignments.js';
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
 * The line last built for an assignment and view, kept while its parts are the same remembered objects (partMemo.ts):
 * a warm question then makes no line anew (buildLine was the largest allocation of a year's card, issue 14 r51).
 * Assignments are assignmentsOf's, one per directory and duty, so the head (duty and person) is the same too.
 * Frozen, as the parts are: shared by every report that reuses it.
 */
const lastLines = new WeakMap<Assignment, Map<string, { parts: readonly PartProgress[]; line: CompletionLine }>>();
/** Views remembered per assignment (this quarter, this year, last quarter…). */
const VIEWS_PER_ASSIGNMENT = 8;

function lineOf(duty: Duty, who: Assignment, parts: PartProgress[], view: Period): CompletionLine {
  let views = lastLines.get(who);
  if (!views) lastLines.set(who, (views = new Map()));
  const key = `${view.cadence}|${view.start}|${view.end}|${view.label}`;
  const last = views.get(key);
  if (last && last.parts.length === parts.length && last.parts.every((p, i) => p === parts[i])) return last.line;
  const head = { dutyId: duty.id, dutyName: duty.name, cadence: duty.cadence, responsibleId: who.person.id, responsibleName: who.person.name };
  const line = buildLine(head, parts, view);
  // Only a line of remembered parts can come back unchanged.
  if (parts.every((p) => Object.isFrozen(p))) {
    Object.freeze(line.missing);
    Object.freeze(line.parts);
    Object.freeze(line.period);
    if (views.size >= VIEWS_PER_ASSIGNMENT && !views.has(key)) views.clear();
    views.set(key, { parts, line: Object.freeze(line) });
  }
  return line;
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
    for (const who of assignmentsOf(directory, duty)) {
      const selection = plan.select(who.person.id);
      if (selection.kind === 'skip') continue;
      const parts: PartProgress[] = [];
      for (const p of periods) {
        const part = partProgress(ctx, who, p);
        if (part) parts.push(part);
      }
      if (parts.length === 0) continue;
      const line = lineOf(duty, who, parts, view);
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
