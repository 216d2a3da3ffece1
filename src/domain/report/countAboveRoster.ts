// t49a O2: 「参加人数多于组织架构里登记的人数」 came for 赵敏's 32-person 党课 (the whole organisation has 26) but not for
// 郑华's 「教就部组织全体党员…15人参加」 (教育就业部 has 2): the count was only ever set against the whole organisation.
// One rule now: the count is set against the people the message says took part — a unit's roster when its 全体 are said
// to have come (全体党员/全体干部 of one department), else the whole organisation's, since an ordinary study of a
// department may have guests. Fewer than 全体's roster is no slip (全体党员 need not be every member of staff).
import type { Person } from '../organization.js';
import type { ReportDraft } from './draft.js';

/**
 * Whether `d` counts more attendees than the roster they came from: the one department of a 全体 record (allMembers,
 * one departmentId, no one talked to), otherwise every person in `people` (the directory's).
 */
export function countAboveRoster(d: Pick<ReportDraft, 'attendees' | 'allMembers' | 'departmentId' | 'departmentIds' | 'counterpartIds'>, people: readonly Pick<Person, 'departmentId'>[]): boolean {
  if (d.attendees === undefined) return false;
  const oneUnit = d.allMembers === true && d.departmentId !== undefined && (d.departmentIds ?? [d.departmentId]).length === 1 && d.counterpartIds.length === 0;
  const roster = oneUnit ? people.filter((p) => p.departmentId === d.departmentId).length : people.length;
  // A unit with no one on the roster says nothing about its size (a directory still being filled in).
  return roster > 0 && d.attendees > roster;
}
