// Completion lines gathered per duty for the card: sums, worst status, who answers (by role, not by name) and what is unmet.
import { cappedLateCount } from '../../domain/completion/line.js';
import type { CompletionLine, CompletionStatus } from '../../domain/completion/types.js';
import type { Duty } from '../../domain/duty.js';
import type { Directory, Person } from '../../domain/organization.js';
import type { Period } from '../../domain/period.js';

export interface DutyGroup {
  dutyId: string;
  dutyName: string;
  /** The duty period of the first line (every line of a duty shares its cadence). */
  period: Period;
  window?: Period;
  lines: CompletionLine[];
  /** Lines not done, worst first, then in report order. */
  open: CompletionLine[];
  required: number;
  /** Each line counts at most its requirement, so one over-achiever cannot hide another's gap. */
  done: number;
  doneInView: number;
  lateCount: number;
  counts: Record<CompletionStatus, number>;
  worst: CompletionStatus;
}

export const STATUS_ORDER: Record<CompletionStatus, number> = { overdue: 0, behind: 1, in_progress: 2, done: 3 };

export function groupByDuty(lines: readonly CompletionLine[]): DutyGroup[] {
  const groups = new Map<string, CompletionLine[]>();
  for (const line of lines) {
    const list = groups.get(line.dutyId);
    if (list) list.push(line);
    else groups.set(line.dutyId, [line]);
  }
  return [...groups.values()].map((ls) => {
    const first = ls[0] as CompletionLine;
    const counts: Record<CompletionStatus, number> = { overdue: 0, behind: 0, in_progress: 0, done: 0 };
    for (const l of ls) counts[l.status] += 1;
    const open = ls.filter((l) => l.status !== 'done').sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
    return {
      dutyId: first.dutyId,
      dutyName: first.dutyName,
      period: first.period,
      ...(first.window ? { window: first.window } : {}),
      lines: ls,
      open,
      required: ls.reduce((n, l) => n + l.required, 0),
      done: ls.reduce((n, l) => n + Math.min(l.done, l.required), 0),
      doneInView: ls.reduce((n, l) => n + Math.min(l.doneInView, l.required), 0),
      // Capped as `done` is: a figure and its 其中补录 count the same thing.
      lateCount: ls.reduce((n, l) => n + cappedLateCount(l), 0),
      counts,
      worst: open[0]?.status ?? 'done',
    };
  });
}

/** The view's label without its year ("第四季度", "11月", "下半年"); the year itself for a year view. */
export function shortLabel(period: Period): string {
  return period.label.replace(/^\d{4}年(?=.)/, '') || period.label;
}

/** A duty period other than the view (a half-year duty seen in a quarter) is named beside the duty. */
export function dutyTitle(group: Pick<DutyGroup, 'dutyName' | 'period' | 'window'>, view: Period): string {
  const period = group.period.start === view.start && group.period.end === view.end ? '' : group.period.label;
  const window = group.window ? `限${Number(group.window.start.slice(5, 7))}月${Number(group.window.start.slice(8))}日至${Number(group.window.end.slice(5, 7))}月${Number(group.window.end.slice(8))}日` : '';
  const extra = [period, window].filter(Boolean).join('，');
  return extra ? `${group.dutyName}（${extra}）` : group.dutyName;
}

export interface RoleLabels {
  directory?: Directory;
  duties?: readonly Duty[];
}

const MAX_WHO = 3;

/** Who answers, by name: 「党组（张伟）」 for the party group, else the people, 「王建国、刘芳 等4人」 beyond three. */
export function responsibleRoles(group: DutyGroup, labels: RoleLabels): string {
  const duty = labels.duties?.find((d) => d.id === group.dutyId);
  const names = [...new Set(group.lines.map((l) => (duty?.responsible.includes('party_group') ? l.responsibleName : lineWho(l, labels))))];
  const departments = duty?.responsible.includes('dept_heads') === true && group.lines.every((l) => (labels.directory?.headedBy(l.responsibleId).length ?? 0) > 0);
  const shown = names.length > MAX_WHO ? `${names.slice(0, MAX_WHO).join('、')} 等${names.length}${departments ? '个部门' : '人'}` : names.join('、');
  return duty?.responsible.includes('party_group') && group.lines.length === 1 ? `党组（${shown}）` : shown;
}

/** The responsible person's name on every line; the party group's duties say 党组 and who answers for it. */
export function responsibleCell(line: CompletionLine, labels: RoleLabels): string {
  const duty = labels.duties?.find((d) => d.id === line.dutyId);
  return duty?.responsible.includes('party_group') ? `党组（${line.responsibleName}）` : lineWho(line, labels);
}

/**
 * 宣文部（王磊） on a department head's duty (自查总结, 信息报送): the department is what owes it, and what 「哪些部门还没报」
 * asks for (found by the tester, round 10: heads listed, no department); any other line is the person's name.
 */
export function lineWho(line: Pick<CompletionLine, 'dutyId' | 'responsibleId' | 'responsibleName'>, labels: RoleLabels): string {
  const duty = labels.duties?.find((d) => d.id === line.dutyId);
  const dept = duty?.responsible.includes('dept_heads') ? labels.directory?.headedBy(line.responsibleId)[0] : undefined;
  return dept ? `${dept.name}（${line.responsibleName}）` : line.responsibleName;
}
