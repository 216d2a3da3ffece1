// 「第2条是分管科室会议」「类型改为分管科室会议」 on a waiting card (round 35, issue 10): the type changed and nothing else, so
// the record went to 确认 with no department, while 「召开分管科室…会议」 in a first message is at the departments its 分管领导
// supervises (attendingDepartments). A record made a 分管科室会议 by a correction is placed as a first reading places it.
import type { ReportDraft } from './draft.js';

/**
 * `d` (now a 分管科室会议) at the departments its doer supervises: those of its departments already among them (the heads who
 * attended, as a first reading keeps), else every one of `supervised`, in directory order. `'unsupervised'` when the doer
 * (`d.actorId`, else `senderId`) supervises none: a head's or a clerk's 分管科室会议 is no such meeting, and a first reading
 * asks whose it was. `supervised(leaderId)` gives department ids.
 */
export function asSupervisedMeeting(d: ReportDraft, senderId: string | undefined, supervised: (leaderId: string) => string[]): ReportDraft | 'unsupervised' {
  const doer = d.actorId ?? senderId;
  const own = doer === undefined ? [] : supervised(doer);
  if (own.length === 0) return 'unsupervised';
  const current = d.departmentIds ?? (d.departmentId !== undefined ? [d.departmentId] : []);
  const kept = own.filter((id) => current.includes(id));
  const ids = kept.length > 0 ? kept : own;
  const { departmentId: _one, departmentIds: _all, ...rest } = d;
  return { ...rest, departmentId: ids[0]!, ...(ids.length > 1 ? { departmentIds: ids } : {}) };
}
