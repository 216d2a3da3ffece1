// A talk or signing answered into shape takes the department of the one it was with, as one read whole does.
import { isTalkType } from '../activityTypes.js';
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
