// Round 36 (issue 10): a 分管科室会议's departments are the supervised ones that attended it; on a waiting card 「第1条类型
// 改为廉政教育」 (or the 修改 form with the type changed) kept them, so a 廉政教育 was stored as held at 办公室、财务科, places
// the member never gave it. They belong to the meeting and go with its type.
import type { ActivityTypeCode } from '../activityTypes.js';
import type { ReportDraft } from './draft.js';

type Places = Pick<ReportDraft, 'departmentId' | 'departmentIds'>;

/**
 * Whether a record of type `was` turned into `now` loses the departments it had: only a 分管科室会议 (whose departments
 * are those of the meeting) turned into another kind.
 */
export function meetingPlacesDropped(was: ActivityTypeCode | undefined, now: ActivityTypeCode | undefined): boolean {
  return was === 'meeting_dept' && now !== 'meeting_dept';
}

/** `draft` (any record shape with departments) without its departments. */
export function withoutPlaces<T extends Places>(draft: T): T {
  const { departmentId: _one, departmentIds: _many, ...rest } = draft;
  return rest as T;
}
