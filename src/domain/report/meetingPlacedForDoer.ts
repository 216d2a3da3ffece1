// 周涛|今天上午组联部开了分管科室会议，刘理事长参加… → 是哪位领导主持的？ → 「刘芳」 (t46a F1, round 44): the card kept no
// department and said 「「组联部」不是您分管的科室，未记入这次会议」, though 刘芳 分管s 组联部 — the message was read with the
// reporter as the doer, and the departments checked against him. Once the doer is answered, the departments the message
// named (placesSaid) are checked again against the one chosen.
import type { Directory } from '../organization.js';
import type { PendingItem } from './followUp.js';

/** The card's note that named departments as not the doer's to supervise (parseSegment's meetingDepartments). */
const NOT_SUPERVISED = /不是.{0,8}分管的科室，未记入这次会议/;

/**
 * `items` with every 分管科室会议 that holds no department but whose message named some (placesSaid), its doer no longer
 * asked, placed at those its doer (actorId, else `senderId`) supervises; `remarks` then without the old 「…不是X分管的
 * 科室」 note, the departments still not the doer's named anew for that doer. Unchanged when there is no such meeting.
 */
export function meetingPlacedForDoer(items: readonly PendingItem[], remarks: readonly string[], directory: Directory, senderId: string): { items: PendingItem[]; remarks: string[] } {
  const fresh: string[] = [];
  let touched = false;
  const placed = items.map((item) => {
    const d = item.draft;
    const said = item.placesSaid;
    if (d.type !== 'meeting_dept' || d.departmentId !== undefined || said === undefined) return item;
    if (item.problems.some((p) => p.code === 'ambiguous_actor' || p.code === 'missing_actor')) return item;
    touched = true;
    const doer = d.actorId ?? senderId;
    const own = new Set(directory.supervisedBy(doer).map((x) => x.id));
    const ids = said.filter((id) => own.has(id));
    const foreign = said.filter((id) => !own.has(id)).map((id) => `「${directory.department(id)?.name ?? id}」`);
    if (foreign.length > 0) {
      fresh.push(`${foreign.join('、')}不是${doer === senderId ? '您' : (directory.person(doer)?.name ?? '活动人')}分管的科室，未记入这次会议；如确是这次会议的参会科室，请点「修改」`);
    }
    if (ids.length === 0) return item;
    return { ...item, draft: { ...d, departmentId: ids[0]!, ...(ids.length > 1 ? { departmentIds: ids } : {}) } };
  });
  if (!touched) return { items: [...items], remarks: [...remarks] };
  return { items: placed, remarks: [...remarks.filter((r) => !NOT_SUPERVISED.test(r)), ...fresh] };
}
