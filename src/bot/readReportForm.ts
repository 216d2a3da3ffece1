// Validates a submitted 填报 form into drafts, or says in Chinese what is wrong with it.
import { isActivityTypeCode, isTalkType } from '../domain/activityTypes.js';
import type { Directory } from '../domain/organization.js';
import { periodOf } from '../domain/period.js';
import type { ReportDraft } from '../domain/report/draft.js';

export const MAX_TITLE = 100;
export const MAX_NOTE = 60;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export type FormReading = { ok: true; drafts: ReportDraft[] } | { ok: false; error: string };

export function readReportForm(form: Record<string, unknown>, directory: Directory, today: string): FormReading {
  const type = str(form.type);
  if (!isActivityTypeCode(type)) return { ok: false, error: '请选择活动类型' };
  // The date picker answers "YYYY-MM-DD +0800".
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(str(form.date))?.[1];
  if (!date || Number.isNaN(Date.parse(date))) return { ok: false, error: '请选择活动日期' };
  if (date > today) return { ok: false, error: `${date} 还没到，只能记录已经完成的活动` };
  const openIds = Array.isArray(form.counterparts) ? form.counterparts.filter((x): x is string => typeof x === 'string') : [];
  const people = openIds.map((id) => directory.byOpenId(id));
  if (people.some((p) => !p)) return { ok: false, error: '所选谈话对象不在本单位名单中' };
  if (isTalkType(type) && people.length === 0) return { ok: false, error: '谈话类活动请选择谈话对象' };
  const title = formTitle(str(form.title));
  if (title.length > MAX_TITLE) return { ok: false, error: `题目不超过${MAX_TITLE}字` };
  const note = str(form.note);
  if (note.length > MAX_NOTE) return { ok: false, error: `备注不超过${MAX_NOTE}字` };
  const count = str(form.attendees);
  const attendees = count === '' ? undefined : Number(count);
  if (attendees !== undefined && (!Number.isInteger(attendees) || attendees < 0 || attendees > 100_000)) {
    return { ok: false, error: '参加人数请填写整数' };
  }
  const departmentIds = Array.isArray(form.departments) ? [...new Set(form.departments.filter((x): x is string => typeof x === 'string'))] : [];
  if (departmentIds.some((id) => !directory.department(id))) return { ok: false, error: '所选科室不在本单位名单中' };
  const base: ReportDraft = {
    type,
    date,
    counterpartIds: [],
    // A talk's department is its counterpart's (below); any other kind keeps the ones chosen (a check's places).
    ...(!isTalkType(type) && departmentIds.length > 0 ? { departmentId: departmentIds[0]! } : {}),
    ...(!isTalkType(type) && departmentIds.length > 1 ? { departmentIds } : {}),
    late: date < periodOf('quarter', today).start,
    ...(title ? { title } : {}),
    ...(note ? { note } : {}),
    ...(attendees !== undefined ? { attendees } : {}),
  };
  // A 责任书 is signed with someone too: the 修改 form of one keeps whom it was signed with (it was dropped on save).
  const paired = isTalkType(type) || (type === 'pledge_sign' && people.length > 0);
  if (!paired) return { ok: true, drafts: [base] };
  // Pairwise duties count pairs: one record per counterpart.
  return {
    ok: true,
    drafts: people.map((p) => ({ ...base, counterpartIds: [p!.id], ...(p!.departmentId ? { departmentId: p!.departmentId } : {}) })),
  };
}

/**
 * The title as the form's 题目 field gives it: what one 《…》 inside it names (「观看《永远在路上》专题片」 → 永远在路上,
 * as a message's title is read), else the text as typed. Receipts put the title in 《》 themselves.
 */
export function formTitle(typed: string): string {
  const marked = [...typed.matchAll(/《([^《》]+)》/g)];
  return marked.length === 1 ? marked[0]![1]!.trim() : typed;
}
