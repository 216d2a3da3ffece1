// The records an export covers: in the period, not deleted, and within what the viewer may see.
import type { Activity } from '../activity.js';
import type { Scope } from '../completion/types.js';
import type { Directory } from '../organization.js';
import { inPeriod, type Period } from '../period.js';
import { activityFilter, type Viewer } from './visibility.js';

export interface LedgerSelection {
  directory: Directory;
  activities: readonly Activity[];
  period: Pick<Period, 'start' | 'end'>;
  viewer: Viewer;
  /** Only the viewer's own records (「导出我的台账」「我的述廉材料」). */
  mine?: boolean;
  /** A named person, department or group (「导出财务科上半年的台账」), within the viewer's reach. */
  scope?: Scope;
}

/**
 * Records about a named scope: a person's are those they held or took part in; a
 * department's those it organised or anyone of it (its head included) took part in.
 */
export function scopeFilter(directory: Directory, scope: Scope): (a: Activity) => boolean {
  const people = new Set<string>();
  const departments = new Set<string>();
  if (scope.kind === 'person') people.add(scope.personId);
  if (scope.kind === 'department') departments.add(scope.departmentId);
  if (scope.kind === 'group') {
    for (const id of scope.personIds) people.add(id);
    for (const id of scope.departmentIds) departments.add(id);
  }
  if (scope.kind === 'all' || scope.kind === 'duty') return () => true;
  const inDepartment = (id: string) => {
    const p = directory.person(id);
    return (p?.departmentId !== undefined && departments.has(p.departmentId)) || directory.headedBy(id).some((d) => departments.has(d.id));
  };
  return (a) => {
    const who = [a.actorId, ...a.counterpartIds];
    return who.some((id) => people.has(id) || inDepartment(id)) || (a.departmentId !== undefined && departments.has(a.departmentId));
  };
}

export function selectLedgerActivities(s: LedgerSelection): Activity[] {
  const visible = activityFilter(s.directory, s.viewer, s.mine);
  const inScope = s.scope ? scopeFilter(s.directory, s.scope) : () => true;
  return s.activities.filter((a) => !a.deletedAt && inPeriod(s.period, a.date) && visible(a) && inScope(a));
}
