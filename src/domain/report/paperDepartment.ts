// 林晓：今天上午已按要求向市纪委…报送11月份廉政信息2篇 (t45a F3: stored with no department, so 办公室's 信息报送 stayed
// 未完成 though its clerk had just sent it): a paper is its doer's department's, the one that owes it (duties.md).
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { ownUnitNamed } from './ownUnitNamed.js';

/** 我们中心 · 本科 · 我们部: a unit said to be the sender's, which ownUnitNamed reads when it is. */
const UNIT_SAID_OWN = /我们(?:部门|科室|中心|部|科|室)|本(?:部门|科室|中心|部|科|室)(?![长任])/;

/** Papers a department hands in (信息报送, 自查总结, 调研报告, 向党组报告) or its people give (述责述廉). */
const PAPERS: ReadonlySet<ActivityTypeCode> = new Set(['report_info', 'report_self', 'report_research', 'report_to_party', 'report_duty']);

/**
 * `reports` with each paper of no department given its doer's (the sender when no one else is named): 林晓 of 办公室,
 * 何平 heading the 康复中心. A doer of no department (a leader, 张伟) leaves it the unit's, as before; a paper a
 * department was named for keeps that department; `text` calling a unit the sender's that is not (孙丽 of 财务科:
 * 我们中心…交了自查报告) leaves it unguessed, as ownUnitNamed does. Everything else unchanged.
 */
export function withPaperDepartment(reports: ParsedReport[] | null, text: string, ctx: ParseContext): ParsedReport[] | null {
  if (reports === null) return null;
  if (UNIT_SAID_OWN.test(text) && ownUnitNamed(text, ctx) === undefined) return reports;
  return reports.map((r) => {
    const d = r.draft;
    if (d.type === undefined || !PAPERS.has(d.type) || d.departmentId !== undefined) return r;
    const departmentId = ctx.directory.person(d.actorId ?? ctx.senderId)?.departmentId;
    return departmentId && ctx.directory.department(departmentId) ? { ...r, draft: { ...d, departmentId } } : r;
  });
}
