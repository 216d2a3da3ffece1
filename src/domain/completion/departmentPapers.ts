// Papers a department owes (信息报送, 自查总结, 调研报告, 向党组报告) are met by any record of that department, not only its head's (t45a F3).
import type { Activity } from '../activity.js';
import type { Duty } from '../duty.js';
import type { Directory } from '../organization.js';
import type { ActivityIndex, DateRange } from './activityIndex.js';

/**
 * Whether the department, not a person, owes the duty: a `count` duty held by the heads alone
 * (duties.md: self-review, unit-report, info-report, research-report). 述责述廉 (leaders and heads)
 * is each one's own account and stays personal.
 */
export function departmentOwed(duty: Pick<Duty, 'responsible' | 'per'>): boolean {
  return duty.per === 'count' && duty.responsible.length > 0 && duty.responsible.every((r) => r === 'dept_heads');
}

/** The departments whose records count for `personId`'s share of a department-owed duty; empty for any other duty. */
export function owingDepartments(directory: Directory, duty: Pick<Duty, 'responsible' | 'per'>, personId: string): string[] {
  return departmentOwed(duty) ? directory.headedBy(personId).map((d) => d.id) : [];
}

/**
 * The records of `departments` of the duty's types in `range`, sorted by date as every lookup answers:
 * 林晓 of 办公室 sending the month's 廉政信息 meets 办公室's 信息报送, which 李明 answers for, though she,
 * not he, sent it (before, only the head's own records counted and 办公室 showed the month 未完成).
 */
export function departmentPapers(index: ActivityIndex, types: Duty['types'], departments: readonly string[], range: DateRange): Activity[] {
  if (departments.length === 0) return [];
  return index.ofType(types, range).filter((a) => a.departmentId !== undefined && departments.includes(a.departmentId));
}
