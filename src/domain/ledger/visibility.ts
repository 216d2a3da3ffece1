// Which records a viewer may export: the query rule (reachOf) applied to single activities, and how to name that scope.
import type { Activity } from '../activity.js';
import type { Directory } from '../organization.js';
import { reachByDay, reachDuring, reachOf } from '../completion/visibility.js';

/** Who is exporting: a person in the directory (chat), or the operator on the server (CLI), who sees everything. */
export type Viewer = { kind: 'operator' } | { kind: 'person'; personId: string };

/**
 * A record is within reach when the viewer may see someone in it: whoever held it, any
 * counterpart, or the department that organised it. A talk therefore shows to both sides
 * and to the counterpart's 分管领导, as the completion lines do. Whoever reported a record
 * always sees it, whenever it was. `mine` narrows to the viewer's own records whatever their reach.
 */
export function activityFilter(directory: Directory, viewer: Viewer, mine = false): (a: Activity) => boolean {
  if (viewer.kind === 'operator') return () => true;
  const self = directory.person(viewer.personId);
  if (!self) return () => false;
  const own = (a: Activity) =>
    a.actorId === self.id || a.counterpartIds.includes(self.id) || (self.openId !== undefined && a.reporter === self.openId);
  if (mine) return own;
  const reach = reachOf(directory, self.id);
  if (reach.everything) return () => true;
  // A record is judged by the reach on its date (reachOn): a 分管 moved in July shows January–June to the old leader only.
  const reachAt = reachByDay(directory, self.id);
  return (a) => {
    if (own(a)) return true;
    const r = reachAt(a.date);
    return (
      r.people.has(a.actorId) ||
      a.counterpartIds.some((id) => r.people.has(id)) ||
      (a.departmentId !== undefined && r.departments.has(a.departmentId))
    );
  };
}

/**
 * The scope in words, for the reply, the workbook and the draft: 全单位 / 王建国及分管科室（办公室、财务科） / 李明本人.
 * With `span` (the period exported), the departments are those reached on any day of it, as the
 * records listed are: 王建国's 2026 台账 names 办公室, whose January–June it holds, after his 分管 of it ended.
 */
export function scopeLabel(directory: Directory, viewer: Viewer, mine = false, span?: { start: string; end: string }): string {
  if (viewer.kind === 'operator') return '全单位';
  const self = directory.person(viewer.personId);
  if (!self) return '无';
  if (mine) return `${self.name}本人`;
  const reach = span ? reachDuring(directory, self.id, span) : reachOf(directory, self.id);
  if (reach.everything) return '全单位';
  const names = [...reach.departments].map((id) => directory.department(id)?.name).filter((n): n is string => !!n);
  if (names.length === 0) return `${self.name}本人`;
  const own = self.roles.includes('leader') ? '分管科室' : '本科室';
  return `${self.name}及${own}（${names.join('、')}）`;
}
