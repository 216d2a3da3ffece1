// 我部和维权部联合召开… · 教就部、维权部联合开展… · 与康复部一起组织… (round 48, ftd): a deed several departments held
// together was read once per department — the other department's record put under its head, who never reported it, or
// dropped when the readings came out the same, its department lost. One deed held together is one record at every
// department that held it.
import { isCheckType, isTalkType } from '../activityTypes.js';
import type { ParsedReport } from './draft.js';

/** A record's departments as one list (departmentIds, else departmentId alone, else none). */
const placesOf = (r: ParsedReport): string[] => r.draft.departmentIds ?? (r.draft.departmentId !== undefined ? [r.draft.departmentId] : []);

/**
 * The one reading of a deed held together, from `parts` (one reading per department listed as its holders, in the order
 * written): the reading of the sender's own department (`ownDepartmentId`), else the one with the sender as its doer, else
 * the first, its records each at every department of the same record in all readings, in that order. Undefined when the
 * readings do not line up (their records differ in number or type), a type is asked, they hold a talk or a signing (those
 * are between people, and a department's head may be the one talked to), a check (at the departments checked) or two
 * leaders' 分管科室会议: each department's reading then stands as before.
 */
export function jointDeedAsOne(parts: ParsedReport[][], senderId: string, ownDepartmentId?: string): ParsedReport[] | undefined {
  const read = parts.filter((p) => p.length > 0);
  if (read.length < 2) return undefined;
  const [first] = read;
  if (read.some((p) => p.length !== first!.length || p.some((r, i) => r.draft.type !== first![i]!.draft.type))) return undefined;
  // A check's departments are the ones checked, not its holders (财务科配合办公室对各部室…检查).
  if (first!.some((r) => r.draft.type === undefined || isTalkType(r.draft.type) || r.draft.type === 'pledge_sign' || isCheckType(r.draft.type))) return undefined;
  // 财务科、组联部联合召开…，王建国副理事长、刘芳副理事长出席: each leader's 分管科室会议 is theirs, one each as before.
  if (first!.some((r, i) => r.draft.type === 'meeting_dept' && read.some((p) => p[i]!.draft.actorId !== r.draft.actorId))) return undefined;
  const own = ownDepartmentId === undefined ? -1 : read.findIndex((p) => p.some((r) => placesOf(r).includes(ownDepartmentId)));
  const bySender = read.findIndex((p) => p.every((r) => r.draft.actorId === undefined || r.draft.actorId === senderId));
  const lead = read[own >= 0 ? own : bySender >= 0 ? bySender : 0]!;
  return lead.map((r, i) => {
    const ids = [...new Set(read.flatMap((p) => placesOf(p[i]!)))];
    if (ids.length < 2) return r;
    const { departmentId: _one, departmentIds: _all, ...rest } = r.draft;
    return { ...r, draft: { ...rest, departmentId: ids[0]!, departmentIds: ids }, remarks: [...r.remarks] };
  });
}
