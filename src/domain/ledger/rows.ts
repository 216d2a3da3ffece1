// One ledger (台账) row per activity: names resolved, Shanghai report time, 补录 and evidence in words.
import type { MeetingBody } from '../meetingBody.js';
import type { Activity, Evidence } from '../activity.js';
import { activityTypeName, isTalkType, type ActivityTypeCode } from '../activityTypes.js';
import type { Directory } from '../organization.js';
import { shanghaiDateTime } from '../shanghai.js';
import { compareText } from '../compareText.js';

export interface LedgerRow {
  id: string;
  /** YYYY-MM-DD, the day it happened. */
  date: string;
  type: ActivityTypeCode;
  typeName: string;
  actorId: string;
  actorName: string;
  /** Set only when someone other than the actor reported it (代报). */
  reporterName?: string;
  counterpartIds: string[];
  counterpartNames: string[];
  /** Those who went on a check with its doer (同行, t48a F5), by name; empty for any other record. */
  companionNames: string[];
  title?: string;
  attendees?: number;
  /** The body that held a 专题会议 when not the 党组 (Activity.meetingBody; round 53): not the 党组's own in the figures. */
  meetingBody?: MeetingBody;
  /** The department it belongs to; every department a check visited, joined with 、, when it visited several. */
  departmentName?: string;
  /** `YYYY-MM-DD HH:mm`, Asia/Shanghai. */
  reportedAt: string;
  /** The year a 责任书 counts for, set only when it is not the year of `date` (2027年度 signed 2026-12-15). */
  dutyYear?: number;
  late: boolean;
  /** e.g. 图片2张；文件：会议记录.pdf — empty when none. */
  evidence: string;
  /**
   * The member's short note, kept for trainings and meetings (a theme, a venue) but
   * never for talks: there it could be a line of what was said, which 清风 does not keep.
   */
  note?: string;
}

function nameOf(directory: Directory, id: string): string {
  return directory.person(id)?.name ?? id;
}

function evidenceText(evidence: readonly Evidence[] | undefined): string {
  if (!evidence || evidence.length === 0) return '';
  const images = evidence.filter((e) => e.kind === 'image').length;
  const files = evidence.filter((e) => e.kind === 'file').map((e) => e.name ?? '未命名');
  const parts = [...(images > 0 ? [`图片${images}张`] : []), ...(files.length > 0 ? [`文件：${files.join('、')}`] : [])];
  return parts.join('；');
}

export function ledgerRow(directory: Directory, a: Activity): LedgerRow {
  const actor = directory.person(a.actorId);
  // As of the day it happened: a reporter who has since left is still named.
  const reporter = directory.asOf(a.date).byOpenId(a.reporter);
  // A talk belongs to the department of whom it was with; anything else to its organiser's.
  const counterpartDept = isTalkType(a.type) ? a.counterpartIds.map((id) => directory.person(id)?.departmentId).find((d) => d) : undefined;
  const departmentId = a.departmentId ?? counterpartDept ?? actor?.departmentId;
  // 对财务科、办公室开展作风纪律检查 (round 44 fqe, the coordinator's probe): one check of several departments showed its first
  // only, the others lost from the 台账; every department it visited is named, in order.
  const departmentIds = a.departmentIds && a.departmentIds.length > 1 ? a.departmentIds : departmentId ? [departmentId] : [];
  const departmentName = departmentIds.length > 0 ? departmentIds.map((id) => directory.department(id)?.name ?? id).join('、') : undefined;
  return {
    id: a.id,
    date: a.date,
    type: a.type,
    typeName: activityTypeName(a.type),
    actorId: a.actorId,
    actorName: nameOf(directory, a.actorId),
    ...(reporter && reporter.id !== a.actorId ? { reporterName: reporter.name } : {}),
    counterpartIds: [...a.counterpartIds],
    counterpartNames: a.counterpartIds.map((id) => nameOf(directory, id)),
    companionNames: (a.companionIds ?? []).map((id) => nameOf(directory, id)),
    ...(a.title ? { title: a.title } : {}),
    ...(a.attendees !== undefined ? { attendees: a.attendees } : {}),
    ...(a.meetingBody !== undefined ? { meetingBody: a.meetingBody } : {}),
    ...(departmentName ? { departmentName } : {}),
    reportedAt: shanghaiDateTime(new Date(a.createdAt)),
    ...(a.dutyYear !== undefined && a.dutyYear !== Number(a.date.slice(0, 4)) ? { dutyYear: a.dutyYear } : {}),
    late: a.late,
    evidence: evidenceText(a.evidence),
    ...(a.note && !isTalkType(a.type) ? { note: a.note } : {}),
  };
}

/** Rows in ledger order: by day, then by when they were reported, then by id so equal records never swap. */
export function ledgerRows(directory: Directory, activities: readonly Activity[]): LedgerRow[] {
  const sorted = [...activities].sort(
    (a, b) => compareText(a.date, b.date) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || compareText(a.id, b.id),
  );
  return sorted.map((a) => ledgerRow(directory, a));
}
