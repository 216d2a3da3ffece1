// Completion lines of one duty when the organisation changes over time: each duty period counted against who held the role then.
import type { Duty } from '../duty.js';
import type { Directory, Person } from '../organization.js';
import type { Period } from '../period.js';
import { assignmentsOf, directoryForPeriod } from './assignments.js';
import { buildLine } from './line.js';
import { partProgress, sumUnits, type PartContext } from './partProgress.js';
import { planScope, type ScopePlan } from './scope.js';
import type { CompletionLine, PartProgress, Scope } from './types.js';

export interface OverTimeInput extends Omit<PartContext, 'directory' | 'duty' | 'view'> {
  view: Period;
  /** The organisation as configured, dated (Directory.dated). */
  directory: Directory;
  duty: Duty;
  periods: readonly Period[];
  scope: Scope;
  /** YYYY-MM-DD in Asia/Shanghai: the day a period not over yet is read on. */
  today: string;
  /** Scope plans per day's directory, shared across duties of one report. */
  plans: Map<Directory, ScopePlan>;
}

/**
 * One line per person who owed the duty in at least one of `periods`, holding only
 * their periods (see holderDay): a 分管 moved in July gives the old leader the first
 * half and the new one the second; a later change never recounts a settled period.
 * Lines come in the order people first owe the duty; a department scope narrows each
 * period by that period's head and 分管领导.
 */
export function linesOverTime(input: OverTimeInput): CompletionLine[] {
  const { directory, duty, periods, scope, today, plans, index, view, clock, lateClose } = input;
  const planAt = (d: Directory): ScopePlan => {
    let p = plans.get(d);
    if (!p) plans.set(d, (p = planScope(d, scope)));
    return p;
  };
  const rows = new Map<string, { person: Person; parts: PartProgress[]; whole: boolean }>();
  for (const period of periods) {
    const at = directoryForPeriod(directory, duty, period, today);
    const ctx: PartContext = { directory: at, index, duty, view, clock, lateClose };
    const plan = planAt(at);
    for (const who of assignmentsOf(at, duty)) {
      const selection = plan.select(who.person.id);
      if (selection.kind === 'skip') continue;
      const part = partProgress(ctx, who, period);
      if (!part) continue;
      let row = rows.get(who.person.id);
      if (!row) rows.set(who.person.id, (row = { person: who.person, parts: [], whole: false }));
      row.whole ||= selection.kind === 'whole';
      row.parts.push(selection.kind === 'narrow' ? sumUnits(part, part.units.filter(selection.keep)) : part);
    }
  }
  const lines: CompletionLine[] = [];
  for (const row of rows.values()) {
    // As narrowLine: a line narrowed everywhere to nothing (or a plain count) is not in scope.
    if (!row.whole && row.parts.every((p) => p.units.length === 0)) continue;
    const head = { dutyId: duty.id, dutyName: duty.name, cadence: duty.cadence, responsibleId: row.person.id, responsibleName: row.person.name };
    const line = buildLine(head, row.parts, view);
    if (line.required > 0) lines.push(line);
  }
  return lines;
}
