// Where in organization.yaml a change reaches a closed period: a department's head or 分管, a person's roles, employment or department.
import type { Organization, Person, Tenure } from '../domain/organization.js';

/** One entry of organization.yaml whose value differs on some day of a closed period. */
export interface ChangedPlace {
  /** e.g. ['departments', 2, 'head']; absent for an entry the new file no longer has. */
  path?: (string | number)[];
  /** What an operator reads when there is no line to go to (a deleted person or department). */
  note?: string;
}

type Keyed = Tenure & { key: string };

function nextDay(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

const inside = (s: Tenure, day: string) => (s.from === undefined || s.from <= day) && (s.until === undefined || day <= s.until);
const valueOn = (spans: readonly Keyed[], day: string) => spans.filter((s) => inside(s, day)).map((s) => s.key).sort().join(',');

/** Spans are constant between their ends: comparing on the first day and on each day a span starts or ends after is enough. */
function differsWithin(a: readonly Keyed[], b: readonly Keyed[], range: { start: string; end: string }): boolean {
  const days = new Set([range.start]);
  for (const s of [...a, ...b]) {
    for (const d of [s.from, s.until && nextDay(s.until)]) if (d && d > range.start && d <= range.end) days.add(d);
  }
  return [...days].some((d) => valueOn(a, d) !== valueOn(b, d));
}

const heads = (d: Organization['departments'][number]): Keyed[] => (d.heads ?? [{ personId: d.headId }]).map((h) => ({ ...h, key: h.personId }));
const supervisors = (d: Organization['departments'][number]): Keyed[] =>
  (d.supervisors ?? [{ personId: d.supervisorId }]).map((h) => ({ ...h, key: h.personId }));
// dept_head and member are derived from the departments, not written on the person.
const roles = (p: Person): Keyed[] =>
  (p.roleSpans ?? p.roles.filter((r) => r !== 'dept_head' && r !== 'member').map((role) => ({ role }))).map((r) => ({ ...r, key: r.role }));
const employed = (p: Person): Keyed[] => [{ ...p.tenure, key: 'employed' }];
const departmentOf = (p: Person): Keyed[] =>
  p.departmentSpans?.map((d) => ({ ...d, key: d.departmentId })) ?? (p.departmentId ? [{ key: p.departmentId }] : []);

/**
 * The entries of `after` (paths into organization.yaml, in file order) whose value differs from
 * `before` on a day of one of `closed`, and the entries `before` had and `after` dropped. Read
 * from the normalised organisations, so a head given as a list or as one id compares alike.
 */
export function changedPlaces(before: Organization, after: Organization, closed: readonly { start: string; end: string }[]): ChangedPlace[] {
  const differs = (a: Keyed[], b: Keyed[]) => closed.some((range) => differsWithin(a, b, range));
  const out: ChangedPlace[] = [];
  const oldPeople = new Map(before.people.map((p) => [p.id, p]));
  after.people.forEach((p, i) => {
    const was = oldPeople.get(p.id);
    if (!was) {
      out.push({ path: ['people', i] });
      return;
    }
    if (differs(employed(was), employed(p))) out.push({ path: ['people', i] });
    if (differs(roles(was), roles(p))) out.push({ path: ['people', i, 'roles'] });
    if (differs(departmentOf(was), departmentOf(p))) out.push({ path: ['people', i, 'department'] });
  });
  const oldDepartments = new Map(before.departments.map((d) => [d.id, d]));
  after.departments.forEach((d, i) => {
    const was = oldDepartments.get(d.id);
    if (!was) {
      out.push({ path: ['departments', i] });
      return;
    }
    if (differs(heads(was), heads(d))) out.push({ path: ['departments', i, 'head'] });
    if (differs(supervisors(was), supervisors(d))) out.push({ path: ['departments', i, 'supervisor'] });
  });
  const kept = new Set(after.people.map((p) => p.id));
  for (const p of before.people) if (!kept.has(p.id)) out.push({ note: `删除了 ${p.name}（id: ${p.id}）` });
  const keptDepartments = new Set(after.departments.map((d) => d.id));
  for (const d of before.departments) if (!keptDepartments.has(d.id)) out.push({ note: `删除了科室 ${d.name}（id: ${d.id}）` });
  return out;
}
