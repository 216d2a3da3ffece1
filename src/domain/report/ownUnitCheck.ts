// t48b F8 (round 46): 李明「办公室11月党风廉政建设工作小结：⏎…⏎3. 11月26日开展作风纪律检查1次，未发现问题。」 stored the check
// with no department. A check's department is the place checked, so a check naming no place kept none (round 36) — but
// under the heading of a department's own account of its work (办公室11月…小结： · 宣文部： · 【财务科】), a check that names
// no place and is the department's own (its head's, or the sender's as head) was held on the department itself.
import { isCheckType } from '../activityTypes.js';
import { ownDepartmentHeading } from './headsOwnHeading.js';
import type { ParseContext, ParsedReport } from './draft.js';

/**
 * `reports` with the department of the sender's own heading (ownDepartmentHeading) on each check that names no place, no
 * one talked to, and whose doer is that department's head (or the sender, heading it); a leader's check, one at another
 * department, or one still asked whose is returned as it was, and so is every other record.
 */
export function withOwnUnitChecks(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null) return reports;
  const departmentId = ownDepartmentHeading(text, ctx);
  const head = departmentId !== undefined ? ctx.directory.department(departmentId)?.headId : undefined;
  if (departmentId === undefined || head === undefined) return reports;
  return reports.map((r) => {
    const d = r.draft;
    const doer = d.actorId ?? ctx.senderId;
    if (!isCheckType(d.type) || d.departmentId !== undefined || d.counterpartIds.length > 0 || doer !== head || r.problems.some((p) => p.code === 'missing_actor' || p.code === 'ambiguous_actor')) return r;
    return { ...r, draft: { ...d, departmentId } };
  });
}
