// 组织宣文部全体干部签订家庭助廉承诺书，共计签订5份 (t45a F4): an organised signing no one was signed with — a family
// pledge, a leader's 全体党员 — was stored with no department and its 5 lost; the count is who signed, the place is the unit.
import type { ParseContext, ParsedReport } from './draft.js';
import { listedDepartments } from './parseTraining.js';

/**
 * `report`, the one record of a signing the sender organised with no one on the other side, with the department it was
 * held in (the one `rest` names alone, else the doer's own) and `count` (people or copies said) as how many signed, so
 * nothing said is left unrecorded. A signing with someone, or asked about (but for its day), is returned unchanged.
 */
export function organisedSigningAlone(report: ParsedReport, rest: string, count: number | undefined, ctx: ParseContext): ParsedReport {
  const d = report.draft;
  // 部门签订了廉政承诺书 with no day (t47b F3): its day is asked, its place is still the unit.
  if (d.type !== 'pledge_sign' || d.counterpartIds.length > 0 || report.problems.some((p) => p.code !== 'missing_date')) return report;
  const named = listedDepartments(rest, ctx.directory);
  const departmentId = d.departmentId ?? (named.length === 1 ? named[0] : named.length === 0 ? ctx.directory.person(d.actorId ?? ctx.senderId)?.departmentId : undefined);
  return {
    ...report,
    draft: { ...d, ...(departmentId !== undefined ? { departmentId } : {}), ...(count !== undefined && d.attendees === undefined ? { attendees: count } : {}) },
  };
}
