// 「王建国副理事长召集办公室、财务科负责人召开廉政提醒会，传达了…通知精神」 (t40b F16: a 廉政谈话 with 孙丽 alone, 办公室
// left over): a 提醒会 is a reminder taught at a sitting (廉政教育, as 节前廉政提醒会 is read), but one a 分管领导 holds with the
// departments they supervise — their heads called in, or the departments named — is that leader's 分管科室会议.
import type { ParseContext, ParsedReport } from './draft.js';

/** 召开/召集…提醒会 · 主持…提醒会议: a reminder meeting held. */
const REMINDER_MEETING = /(?:召开|召集|主持|组织召开|开了)[^。;；!?！？\n]{0,24}?提醒(?:教育)?(?:会议|大会|会)(?![谈议])/;

/**
 * `r` as the 分管科室会议 of its doer when it is a 廉政教育 read from a 提醒会 in `text` held at departments (`departmentIds` or
 * `departmentId`), every one of which its doer (`actorId`, else the sender) supervises; `r` itself otherwise.
 */
export function reminderMeeting(r: ParsedReport, text: string, ctx: ParseContext): ParsedReport {
  if (r.draft.type !== 'edu_integrity' || !REMINDER_MEETING.test(text)) return r;
  const ids = r.draft.departmentIds ?? (r.draft.departmentId !== undefined ? [r.draft.departmentId] : []);
  const doer = r.draft.actorId ?? ctx.senderId;
  const supervised = ctx.directory.supervisedBy(doer).map((d) => d.id);
  if (ids.length === 0 || !ids.every((id) => supervised.includes(id))) return r;
  const names = ids.map((id) => ctx.directory.department(id)?.name ?? id).join('、');
  const remarks = [...r.remarks.filter((m) => !/^「[^」]*提醒[^」]*」按廉政教育记录/.test(m)), `「提醒会」由分管领导召集${names}召开，按分管科室党风廉政建设工作会议记录`];
  return { ...r, draft: { ...r.draft, type: 'meeting_dept' }, remarks };
}
