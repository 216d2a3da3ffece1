// A talk or signing answered into shape takes the department of the one it was with, as one read whole does.
import { isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import type { ReportDraft } from './draft.js';

/**
 * `draft` with `departmentId` set to its one counterpart's department when it is a talk or a 责任书 signing with exactly one
 * counterpart and no department yet; otherwise `draft` itself. parseSegment gives a talk read whole that department; one
 * whose type, day or person came in an answer (「和赵磊谈了谈」 → 「谈心谈话，前天谈的」, round 34b B8/C2) had none, so the
 * record was missing from the department's 台账 and late-notes that a one-message report shows in.
 */
export function withCounterpartDepartment(draft: ReportDraft, directory: Directory): ReportDraft {
  if (draft.departmentId !== undefined || draft.counterpartIds.length !== 1) return draft;
  if (draft.type === undefined || !(isTalkType(draft.type) || draft.type === 'pledge_sign')) return draft;
  const departmentId = directory.person(draft.counterpartIds[0]!)?.departmentId;
  return departmentId !== undefined ? { ...draft, departmentId } : draft;
}

/**
 * The department record `x` (a talk or signing whose one counterpart was `before` and is now `x.counterpartIds[0]`) takes
 * after a change of that person: the new one's department, when the record held the old one's (as a talk read whole does,
 * withCounterpartDepartment) — 周涛's talk with 张颖 (组联部) changed to 刘洋 is a talk at 康复部 (round 69, gin; t72b FB1: it
 * kept 组联部). Undefined when nothing moves: not a talk or signing, not one person before and after, the same person, or a
 * department the member set that is not the old person's (kept as said).
 */
export function movedCounterpartDepartment(
  x: { type: string; counterpartIds: string[]; departmentId?: string; departmentIds?: string[] },
  before: string[],
  directory: Directory,
): string | undefined {
  if (!(isTalkType(x.type as ActivityTypeCode) || x.type === 'pledge_sign')) return undefined;
  if (before.length !== 1 || x.counterpartIds.length !== 1 || before[0] === x.counterpartIds[0] || x.departmentIds !== undefined) return undefined;
  const was = directory.person(before[0]!)?.departmentId;
  const now = directory.person(x.counterpartIds[0]!)?.departmentId;
  if (now === undefined || now === x.departmentId || (x.departmentId !== undefined && x.departmentId !== was)) return undefined;
  return now;
}
