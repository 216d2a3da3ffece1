// 12月2日，刘芳、陈志强两位副理事长分别到分管科室召开分管科室会议 (round 47, fsf: 陈志强's meeting put at 组联部 and 康复部,
// 刘芳's): 分管科室 said once for several doers is each one's own.
import type { ParseContext, ParsedReport } from './draft.js';
import { withAttendingDepartments } from './attendingDepartments.js';
import { listedDepartments } from './parseTraining.js';

/** 分管科室 · 分管的部门 · 所分管部室: the doer's own supervised departments, named by that word only. */
const SUPERVISED_UNITS = /分管(?:的)?(?:科室|部门|部室|处室)/;

/**
 * `r`, a record copied for another doer of the same words (`r.draft.actorId` already that doer), placed at the
 * departments that doer supervises when `text` (the segment as written) names them only as 分管科室 and no department by
 * name; `r` unchanged otherwise (a department named stays every doer's, as written).
 */
export function withSupervisedUnitsOfEach(r: ParsedReport, text: string, ctx: ParseContext): ParsedReport {
  if (!SUPERVISED_UNITS.test(text) || listedDepartments(text, ctx.directory).length > 0) return r;
  const { departmentId: _first, departmentIds: _firsts, ...draft } = r.draft;
  const placed = withAttendingDepartments({ ...r, draft }, text, ctx);
  return placed.draft.departmentId === undefined ? r : placed;
}
