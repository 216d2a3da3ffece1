// Who may see what: secretary and inspectors everything; a leader their departments; a head theirs; a member themself.
import { changeDays, type Directory, type Person } from '../organization.js';
import { buildLine, narrowLine } from './line.js';
import { sumUnits } from './partProgress.js';
import { headlineOf } from './status.js';
import type { CompletionLine, CompletionReport, PartProgress, Scope, Unit } from './types.js';

export type Verdict = { allowed: true } | { allowed: false; reason: string };

/** What one viewer may see: everything, or these people's lines and these departments' pairs. */
export interface Reach {
  everything: boolean;
  people: ReadonlySet<string>;
  departments: ReadonlySet<string>;
}

const NOBODY: Reach = { everything: false, people: new Set(), departments: new Set() };

/**
 * The one rule. A leader reaches the departments they supervise (分管), a head the
 * departments they head; with a department come its head and its plain members, but
 * not an inspector or leader who sits in it: they answer up their own chain, and the
 * 纪检 contact's duties are no business of the head they check on. Everyone reaches
 * themself; roles add up for a person who holds several.
 */
export function reachOf(directory: Directory, viewerId: string): Reach {
  const viewer = directory.person(viewerId);
  if (!viewer) return NOBODY;
  const everything = viewer.roles.includes('secretary') || viewer.roles.includes('inspector');
  const departments = new Set<string>();
  if (viewer.roles.includes('leader')) for (const d of directory.supervisedBy(viewer.id)) departments.add(d.id);
  if (viewer.roles.includes('dept_head')) for (const d of directory.headedBy(viewer.id)) departments.add(d.id);
  return { everything, departments, people: peopleOf(directory, viewerId, departments) };
}

/** The viewer, and the heads and plain members of `departments` as they stood on the directory's day. */
function peopleOf(directory: Directory, viewerId: string, departments: ReadonlySet<string>): Set<string> {
  const people = new Set<string>([viewerId]);
  const plain = (p: Person) => p.roles.every((r) => r === 'member' || r === 'dept_head');
  for (const p of directory.org.people) if (p.departmentId && departments.has(p.departmentId) && plain(p)) people.add(p.id);
  for (const id of departments) {
    const head = directory.department(id)?.headId;
    if (head) people.add(head);
  }
  return people;
}

/**
 * The viewer's reach over what happened on `day` (a record's date, a duty period's holder
 * day), when the organisation changes over time: a 分管领导 reaches the departments they
 * supervised THEN (a 分管 moved in July leaves January–June with the old leader), a head
 * the departments they head now or headed then (the department's books go with the post:
 * a new head answers for and sees the months before them), each with whoever headed it and
 * belonged to it that day. The secretary and inspectors reach everything, as now.
 * `directory` is today's; an undated organisation gives reachOf.
 */
export function reachOn(directory: Directory, viewerId: string, day: string): Reach {
  const now = reachOf(directory, viewerId);
  if (!directory.dated || now.everything || day === directory.day) return now;
  const then = directory.asOf(day);
  const departments = new Set(reachOf(then, viewerId).departments);
  for (const d of directory.headedBy(viewerId)) departments.add(d.id);
  return { everything: false, departments, people: peopleOf(then, viewerId, departments) };
}

/** reachOn, remembered per day: a year's lines ask about the same twelve month-ends again and again. */
export function reachByDay(directory: Directory, viewerId: string): (day: string) => Reach {
  const known = new Map<string, Reach>();
  return (day) => {
    let r = known.get(day);
    if (!r) known.set(day, (r = reachOn(directory, viewerId, day)));
    return r;
  };
}

/**
 * The viewer's reach over a span of days: whatever reachOn gives on any of them (the union
 * over the span's first day and each configured change inside it). It answers "may this
 * viewer look at that department or person for this period at all": 王建国, whose 分管 of
 * 办公室 ended on 06-30, may still ask about 办公室 this year, and restrictLines then shows him
 * January–June only. Days after today are read as today (no one reaches ahead of the config);
 * an undated organisation gives reachOf.
 */
export function reachDuring(directory: Directory, viewerId: string, span: { start: string; end: string }): Reach {
  const now = reachOf(directory, viewerId);
  if (!directory.dated || now.everything) return now;
  const today = directory.day;
  const last = span.end < today ? span.end : today;
  const first = span.start < last ? span.start : last;
  const days = [first, ...changeDays(directory.source).filter((d) => d > first && d <= last)];
  const departments = new Set<string>();
  const people = new Set<string>();
  for (const day of days) {
    const r = reachOn(directory, viewerId, day);
    for (const d of r.departments) departments.add(d);
    for (const p of r.people) people.add(p);
  }
  return { everything: false, departments, people };
}

/**
 * A polite pointer to what the viewer can ask instead: the departments of `reach` (over the
 * period asked, when one was), the example one they reach today, for 本季度.
 */
function suggestion(directory: Directory, viewer: Person, reach: Reach): string {
  const names = [...reach.departments].map((id) => directory.department(id)?.name).filter((n): n is string => !!n);
  const today = reachOf(directory, viewer.id).departments;
  const first = [...reach.departments].filter((id) => today.has(id)).map((id) => directory.department(id)?.name).find((n) => !!n) ?? names[0];
  if (!first) return '您可以查看自己的任务，例如「我的任务」「我的完成情况」。';
  const own = viewer.roles.includes('leader') ? '分管科室' : '本科室';
  return `您可以查看本人和${own}（${names.join('、')}）的完成情况，例如「我的完成情况」「${first}本季度完成情况」。`;
}

/**
 * Whether the viewer may look at `scope` at all. With `span` (the period asked about), a
 * department or person within the viewer's reach on any day of it may be asked about
 * (reachDuring), and restrictLines cuts the answer to the parts they answered for; without
 * it, today's reach decides.
 */
export function canView(directory: Directory, viewerId: string, scope: Scope, span?: { start: string; end: string }): Verdict {
  const viewer = directory.person(viewerId);
  if (!viewer) return { allowed: false, reason: '暂未在通讯录中找到您，无法查看完成情况。请联系纪检管理员登记。' };
  const reach = span ? reachDuring(directory, viewerId, span) : reachOf(directory, viewerId);
  if (reach.everything) return { allowed: true };
  const hint = suggestion(directory, viewer, reach);
  switch (scope.kind) {
    case 'all':
    case 'duty':
      return { allowed: false, reason: `全单位的完成情况仅党组书记和纪检人员可以查看。${hint}` };
    case 'person': {
      if (reach.people.has(scope.personId)) return { allowed: true };
      const name = directory.person(scope.personId)?.name ?? '这位同志';
      return { allowed: false, reason: `抱歉，您暂无权限查看${name}的完成情况。${hint}` };
    }
    case 'department': {
      if (reach.departments.has(scope.departmentId)) return { allowed: true };
      const name = directory.department(scope.departmentId)?.name ?? '该科室';
      return { allowed: false, reason: `抱歉，您暂无权限查看${name}的完成情况。${hint}` };
    }
    case 'group': {
      const people = scope.personIds.filter((id) => !reach.people.has(id)).map((id) => directory.person(id)?.name ?? id);
      const departments = scope.departmentIds.filter((id) => !reach.departments.has(id)).map((id) => directory.department(id)?.name ?? id);
      const out = [...departments, ...people];
      if (out.length === 0) return { allowed: true };
      const names = out.length > 3 ? `${out.slice(0, 3).join('、')}等` : out.join('、');
      return { allowed: false, reason: `抱歉，您暂无权限查看${scope.label === out.join('、') ? scope.label : `${scope.label}（${names}）`}的完成情况。${hint}` };
    }
  }
}

/**
 * The lines the viewer may see: whole when the responsible person is within reach,
 * narrowed to the pairs within reach otherwise (a head sees their 分管领导's talk with
 * them, not with other heads), dropped when nothing is. When the organisation changes
 * over time, each duty period is judged by the reach over that period (reachOn on its
 * holder day, as completion counts it), so a change today neither hides a department's
 * earlier months from whoever answered for them nor shows them to a leader who did not.
 */
export function restrictLines(directory: Directory, viewerId: string, lines: readonly CompletionLine[]): CompletionLine[] {
  const reach = reachOf(directory, viewerId);
  if (reach.everything) return [...lines];
  if (directory.dated) return restrictDated(directory, viewerId, lines);
  const keep = (u: Unit) => (u.kind === 'person' ? reach.people.has(u.id) : reach.departments.has(u.id));
  const out: CompletionLine[] = [];
  for (const line of lines) {
    const seen = reach.people.has(line.responsibleId) ? line : narrowLine(line, keep);
    if (seen && seen.required > 0) out.push(seen);
  }
  return out;
}

/** The day a part is read on: its period's (or window's) last day, or today while that is not over (holderDay). */
function partDay(part: PartProgress, today: string): string {
  const span = part.window ?? part.period;
  if (today < span.start) return span.start;
  return today < span.end ? today : span.end;
}

function restrictDated(directory: Directory, viewerId: string, lines: readonly CompletionLine[]): CompletionLine[] {
  const reachAt = reachByDay(directory, viewerId);
  const out: CompletionLine[] = [];
  for (const line of lines) {
    let changed = false;
    const parts: PartProgress[] = [];
    for (const part of line.parts) {
      const r = reachAt(partDay(part, directory.day));
      if (r.people.has(line.responsibleId)) {
        parts.push(part);
        continue;
      }
      changed = true;
      const units = part.units.filter((u) => (u.kind === 'person' ? r.people.has(u.id) : r.departments.has(u.id)));
      if (units.length > 0) parts.push(sumUnits(part, units));
    }
    if (!changed) {
      if (line.required > 0) out.push(line);
      continue;
    }
    if (parts.length === 0) continue;
    const seen = buildLine(line, parts, line.period, parts.length === line.parts.length ? line.period : undefined);
    if (seen.required > 0) out.push(seen);
  }
  return out;
}

/** A report as the viewer may see it, headline recounted over what is left. */
export function restrictReport(directory: Directory, viewerId: string, report: CompletionReport): CompletionReport {
  const lines = restrictLines(directory, viewerId, report.lines);
  return { ...report, lines, headline: headlineOf(lines) };
}
