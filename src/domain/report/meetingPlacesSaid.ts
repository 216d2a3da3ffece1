// 何主任休假，中心12月3日的党风廉政建设工作会议由我主持，赵敏书记出席并讲话 read as a 专题会议 with no department, then retyped
// on the card 「不是专题会议，是分管科室党风廉政建设工作会议」 (round 42, t42a F10: the retype took every department 赵敏
// supervises, 宣文部 too, though the message said 中心): the departments the message named are kept with a meeting record
// that has none, so a retype to a 分管科室会议 places it where the message said.
import type { Directory } from '../organization.js';
import type { ReportDraft } from './draft.js';
import { directoryIndex } from './parseDirectoryIndex.js';
import { ownUnitNamed } from './ownUnitNamed.js';

/** Meetings a retype may turn into a 分管科室会议 (or one of no kind yet). */
const MEETINGS = new Set<ReportDraft['type']>([undefined, 'meeting_special', 'meeting_dept', 'review_analysis']);

/**
 * The ids of the departments `text` names (by name or alias, in order, once each; a bare 中心 as withOnlyCentre reads it),
 * for a meeting `draft` that holds no department; undefined for any other record, or when the text names none.
 */
export function meetingPlacesSaid(draft: ReportDraft, text: string, directory: Directory, senderId: string): string[] | undefined {
  if (!MEETINGS.has(draft.type) || draft.departmentId !== undefined || (draft.departmentIds ?? []).length > 0) return undefined;
  const index = directoryIndex(directory);
  const ids = [...new Set([...text.matchAll(index.surfaces)].flatMap((m) => index.departmentBySurface.get(m[0])?.id ?? []))];
  if (ids.length > 0) return ids;
  // 本周一我部召开分管科室会议，陈志强副理事长参加… → 是哪位领导主持的？ → 「陈志强」 (round 47, t49b F4's variant: stored with no
  // department): the sender's own unit named as theirs (我部 · 本部门 · 部门全体) is where the message said.
  const unit = ownUnitNamed(text, { directory, senderId, now: new Date(0), mentions: [] });
  if (unit !== undefined) return [unit];
  // 中心12月3日的… · 中心中层以上干部参加: a bare 中心 (not 中心组) is the sender's own 中心, or the directory's only one.
  if (!BARE_CENTRE.test(text)) return undefined;
  const own = directory.department(directory.person(senderId)?.departmentId ?? '');
  if (own && isCentre(own)) return [own.id];
  const centres = directory.org.departments.filter(isCentre);
  return centres.length === 1 ? [centres[0]!.id] : undefined;
}

/** 中心 as a unit's word, not 中心组 (党组理论学习中心组; 中心组织 is the 中心 organising). */
const BARE_CENTRE = /中心(?!组(?!织))/;
const isCentre = (d: { name: string; aliases?: string[] }) => [d.name, ...(d.aliases ?? [])].some((n) => n.endsWith('中心'));
