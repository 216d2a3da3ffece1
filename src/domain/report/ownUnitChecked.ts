// 康复中心今天上午开展了专项资金检查 · 教就部对就业补贴资金发放情况进行了专项检查 (round 47, t49a O3 / t49b F3: stored with no
// department, though the member named the unit): a unit's check that names no other department checked is the unit's check
// of its own affairs, at that unit. Before (round 36 ffc), such a check kept no department at all.
import { isCheckType } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import type { ParsedReport } from './draft.js';

/**
 * `report` (a check) at `checker`, the department its words name as the one that made it (checkingDepartment), when it is
 * at no department yet. Unchanged when it already has one (办公室对财务科…检查: the place checked), when no department made
 * it, or when `checker` is where the 纪检 sit (a department with an inspector: 办公室开展了考勤检查 may be of any office, as
 * an inspector's own 到科室 is), so nothing is guessed there.
 */
export function withOwnUnitChecked(report: ParsedReport, checker: string | undefined, directory: Directory): ParsedReport {
  const d = report.draft;
  if (checker === undefined || d.type === undefined || !isCheckType(d.type) || d.departmentId !== undefined || (d.departmentIds ?? []).length > 0) return report;
  if (directory.org.people.some((p) => p.departmentId === checker && p.roles.includes('inspector'))) return report;
  return { ...report, draft: { ...d, departmentId: checker } };
}
