// The records an export covers: in the period, not deleted, and within what the viewer may see.
import type { Activity } from '../activity.js';
import type { Scope } from '../completion/types.js';
import type { Directory } from '../organization.js';
import { countingDay } from '../completion/countingDay.js';
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
  /**
   * Which day puts a record in the period: `day` (default) the day it happened; `both` also the day it counts as
   * (a 2027年度 责任书 signed in December 2026 is in 2026's 台账 and in 2027's, whose 汇总 counts it); `counted` only
   * the day it counts as (the year-end account: 2027's signing is not 2026's work).
   */
  by?: 'day' | 'both' | 'counted';
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
  const by = s.by ?? 'day';
  const within = (a: Activity) =>
    by === 'day' ? inPeriod(s.period, a.date) : by === 'counted' ? inPeriod(s.period, countingDay(a)) : inPeriod(s.period, a.date) || inPeriod(s.period, countingDay(a));
  return s.activities.filter((a) => !a.deletedAt && within(a) && visible(a) && inScope(a));
}
