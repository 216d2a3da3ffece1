// t42c F11: 「昨天翻阅了财务科的党风廉政建设责任书落实台账」 was recorded as a 责任书检查 with no department (查责 @-): the words
// naming the check's kind (查阅了…责任书落实) ran over the department checked, so the place readers, which read what is left
// once the kind is taken out, never saw it. A department inside those words is the one checked.
import type { Directory } from '../organization.js';
import { isCheckType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';
import { listedDepartments } from './parseTraining.js';

/**
 * `report` with the departments named inside `kindWords` (the words its kind was read from) as its place when it is a
 * check of no department yet: the first as departmentId, all when several; `report` itself otherwise.
 */
export function withCheckPlaceInKindWords(report: ParsedReport, kindWords: string, directory: Directory): ParsedReport {
  const { type, departmentId, departmentIds } = report.draft;
  if (type === undefined || !isCheckType(type) || departmentId !== undefined || (departmentIds ?? []).length > 0) return report;
  const ids = listedDepartments(kindWords, directory);
  if (ids.length === 0) return report;
  return { ...report, draft: { ...report.draft, departmentId: ids[0]!, ...(ids.length > 1 ? { departmentIds: ids } : {}) } };
}
