// Round 35 (issue 10): saving the 修改 form of a talk put it at its counterpart's department whatever it had been at (到康复中心
// 与王强谈话 stored at the centre came back at 财务科; a leader's talk kept at none gained one), because the form has no
// department field for a talk. A record keeps its departments through a form edit unless a field that places it changed.
import type { Activity } from '../domain/activity.js';
import { isTalkType } from '../domain/activityTypes.js';
import type { ReportDraft } from '../domain/report/draft.js';
import { meetingPlacesDropped } from '../domain/report/meetingPlacesDropped.js';

type Places = Pick<ReportDraft, 'departmentId' | 'departmentIds'>;

/** A record's departments as one list (departmentIds, else departmentId alone, else none). */
function placesOf(p: Places): string[] {
  return p.departmentIds ?? (p.departmentId !== undefined ? [p.departmentId] : []);
}

/**
 * The departments the edited record `d` (readReportForm's reading of the submitted form) is stored at, given the record
 * `before` it and `shown`, the departments the form showed prefilled (editForm: none for a talk). `before`'s when the
 * type stays a talk (or stays a 责任书) with the same counterparts and the departments field came back as shown; else
 * `d`'s own (the counterpart's for a talk, the ones chosen for other kinds); none when a 分管科室会议 became another kind and
 * the field came back as shown (the meeting's departments go with its type).
 */
export function keptFormDepartments(before: Activity, d: ReportDraft, submitted: readonly string[]): Places {
  const talkBoth = isTalkType(before.type) && d.type !== undefined && isTalkType(d.type);
  const sameKind = talkBoth || before.type === d.type;
  const samePeople = before.counterpartIds.length === d.counterpartIds.length && before.counterpartIds.every((id) => d.counterpartIds.includes(id));
  const shown = isTalkType(before.type) ? [] : placesOf(before);
  const sameField = submitted.length === shown.length && submitted.every((id) => shown.includes(id));
  // Only the kinds readReportForm places by their counterpart can lose a department the form never showed.
  const placedByPeople = (d.type !== undefined && isTalkType(d.type)) || (d.type === 'pledge_sign' && d.counterpartIds.length > 0);
  const own = { ...(d.departmentId !== undefined ? { departmentId: d.departmentId } : {}), ...(d.departmentIds !== undefined ? { departmentIds: d.departmentIds } : {}) };
  // A 分管科室会议 turned into another kind with its departments left as shown: they were the meeting's and go with it
  // (round 36); a talk it became is at its counterpart's.
  if (meetingPlacesDropped(before.type, d.type) && sameField) return placedByPeople ? own : {};
  if (!placedByPeople || !sameKind || !samePeople || !sameField) return own;
  return { ...(before.departmentId !== undefined ? { departmentId: before.departmentId } : {}), ...(before.departmentIds !== undefined ? { departmentIds: [...before.departmentIds] } : {}) };
}
