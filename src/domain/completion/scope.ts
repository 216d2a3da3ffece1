// How a scope selects lines: which duties, whose lines, and which units of a line (a department's pairs).
import type { Department, Directory } from '../organization.js';
import { belongsTo } from './assignments.js';
import type { Scope, Unit } from './types.js';

/** whole: the line as it is; narrow: only the units `keep` accepts; skip: not in scope. */
export type Selection = { kind: 'whole' } | { kind: 'narrow'; keep: (unit: Unit) => boolean } | { kind: 'skip' };

export interface ScopePlan {
  wantsDuty(dutyId: string): boolean;
  select(responsibleId: string): Selection;
}

const WHOLE: Selection = { kind: 'whole' };
const SKIP: Selection = { kind: 'skip' };

/** The duties a scope names, or undefined for all of them. */
export function scopeDutyIds(scope: Scope): string[] | undefined {
  if (scope.kind === 'duty') return [scope.dutyId, ...(scope.dutyIds ?? [])];
  return scope.dutyIds && scope.dutyIds.length > 0 ? scope.dutyIds : undefined;
}

/** A unit is "in" a department when it is the department or someone of it. */
export function unitInDepartment(directory: Directory, department: Department, unit: Unit): boolean {
  return unit.kind === 'department' ? unit.id === department.id : belongsTo(directory, unit.id, department);
}

/**
 * A department's lines are its head's, plus its 分管领导's per-unit lines narrowed to
 * the department's pairs. The leader's own plain counts (their 述责述廉) are theirs, not
 * the department's, so they stay out.
 */
function departmentSelect(directory: Directory, departmentId: string) {
  const department = directory.department(departmentId);
  return (responsibleId: string): Selection => {
    if (!department) return SKIP;
    if (responsibleId === department.headId) return WHOLE;
    if (responsibleId === department.supervisorId) {
      return { kind: 'narrow', keep: (u) => unitInDepartment(directory, department, u) };
    }
    return SKIP;
  };
}

/** Whole for a named person, else the first department that selects the line; a person who is also a head is whole. */
function groupSelect(directory: Directory, personIds: readonly string[], departmentIds: readonly string[]) {
  const people = new Set(personIds);
  const departments = departmentIds.map((id) => departmentSelect(directory, id));
  return (responsibleId: string): Selection => {
    if (people.has(responsibleId)) return WHOLE;
    const keeps: ((u: Unit) => boolean)[] = [];
    for (const select of departments) {
      const s = select(responsibleId);
      if (s.kind === 'whole') return WHOLE;
      if (s.kind === 'narrow') keeps.push(s.keep);
    }
    return keeps.length > 0 ? { kind: 'narrow', keep: (u) => keeps.some((k) => k(u)) } : SKIP;
  };
}

export function planScope(directory: Directory, scope: Scope): ScopePlan {
  const ids = scopeDutyIds(scope);
  const wanted = ids ? new Set(ids) : undefined;
  const wantsDuty = (dutyId: string) => !wanted || wanted.has(dutyId);
  switch (scope.kind) {
    case 'all':
    case 'duty':
      return { wantsDuty, select: () => WHOLE };
    case 'person':
      return { wantsDuty, select: (id) => (id === scope.personId ? WHOLE : SKIP) };
    case 'department':
      return { wantsDuty, select: departmentSelect(directory, scope.departmentId) };
    case 'group':
      return { wantsDuty, select: groupSelect(directory, scope.personIds, scope.departmentIds) };
  }
}
