// Round 48 (ftf): 「12月1日，吴静、郑华、冯雪三位部长分别报送了本部门自查报告」 from 林晓 put all three papers at the sender's
// 办公室 (本部门 read as the sender's): a paper handed in by one of several doers is their own unit's, as one doer's is.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';

/** Papers a department head hands in for their unit. */
const PAPERS: ReadonlySet<ActivityTypeCode> = new Set(['report_info', 'report_self', 'report_duty', 'report_research', 'report_to_party']);

/**
 * `reports` (the records of several doers) with each paper at its own doer's department when the doer has one (a leader
 * with none keeps what was read). Other types are unchanged.
 */
export function papersAtOwnDepartments(reports: ParsedReport[], ctx: Pick<ParseContext, 'directory' | 'senderId'>): ParsedReport[] {
  return reports.map((r) => {
    if (r.draft.type === undefined || !PAPERS.has(r.draft.type)) return r;
    const own = ctx.directory.person(r.draft.actorId ?? ctx.senderId)?.departmentId;
    return own === undefined || own === r.draft.departmentId ? r : { ...r, draft: { ...r.draft, departmentId: own } };
  });
}
