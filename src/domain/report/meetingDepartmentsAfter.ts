// 「…召开分管科室会议，王磊部长与何平主任参加，会后又开展了警示教育」 (round 53, fkdd; t55a F4: the meeting at 宣文部、残疾人康复
// 中心, the film after it at no department): a study held 会后 by the meeting's doer on its day was held with those who
// met — it carries the meeting's departments. Such a message is two records, so its card shows the carried departments.
import type { ParsedReport } from './draft.js';

/** The study is said to follow the meeting: 会后 · 会议结束后 · 散会后 · 会上 · 会议期间. */
const AFTER_MEETING = /会后|会议结束后|散会后|会上|会议期间|会议结束|随后|之后|接着/;
/** Studies whose departments are their audience (as attendingDepartments' STUDIES). */
const STUDIES = new Set(['edu_integrity', 'edu_warning', 'edu_lecture']);

/**
 * `reports` (one message's records, in order) with each study of no department that follows a 分管科室会议 (meeting_dept) of
 * the same doer (actorId, undefined for the sender) and day given that meeting's `departmentId` and `departmentIds`, when
 * `text` (the message) says the study came after or at the meeting; unchanged otherwise.
 */
export function withMeetingDepartmentsAfter(reports: ParsedReport[], text: string): ParsedReport[] {
  if (!AFTER_MEETING.test(text)) return reports;
  return reports.map((r, i) => {
    const d = r.draft;
    if (d.type === undefined || !STUDIES.has(d.type) || d.departmentId !== undefined || d.date === undefined) return r;
    const meeting = reports.slice(0, i).reverse().find((m) => m.draft.type === 'meeting_dept' && m.draft.date === d.date && m.draft.actorId === d.actorId && m.draft.departmentId !== undefined);
    if (meeting === undefined) return r;
    const ids = meeting.draft.departmentIds;
    return { ...r, draft: { ...d, departmentId: meeting.draft.departmentId, ...(ids !== undefined ? { departmentIds: [...ids] } : {}) } };
  });
}
