// 康复部召开党风廉政建设专题会议，刘芳副理事长参加并讲话；11月25日组织全体人员观看警示教育片 (round 31g, F2: the film
// given to 刘芳): the department held its meeting and its 分管领导 only attended, so the leader is no subject of the
// clauses after; a clause with no subject of its own goes on with the department.
import type { ParseContext, ParsedReport } from './draft.js';

/** After the department's name: it held the meeting (召开 · 组织 · 举办), perhaps after when (于11月23日). */
const HELD_AFTER_NAME = /^(?:于[^,;。]{0,12}?)?(?:召开|组织|举办)/;
/** Words naming a unit without its name (中心召开 · 部里组织), which name the sender's own department. */
const UNIT_WORDS = ['本部门', '本科室', '本中心', '部里', '科里', '中心', '部门', '科室'];

/** Who the clauses after go on with: the department's head, or nobody named (the sender heads it). */
export interface DepartmentSubject {
  /** The department's head; absent when the sender is the head (their own deeds). */
  actorId?: string;
}

/**
 * Whether `reports` (one piece's readings) hold a 分管科室会议 that the department itself held (its name, or a unit word
 * for the sender's own department, before 召开/组织/举办) and its 分管领导 — recorded as its doer — is named only after
 * that, as attending. `piece` is the piece's text as written. Returns the department's subject for the clauses after,
 * or undefined when no such meeting is in the piece (the doer named first, 刘芳副理事长来组联部参加…, goes on as before).
 */
export function meetingHeldByDepartment(reports: ParsedReport[], piece: string, ctx: ParseContext): DepartmentSubject | undefined {
  for (const r of reports) {
    const deptId = r.draft.departmentId;
    if (r.draft.type !== 'meeting_dept' || deptId === undefined || r.draft.actorId === undefined) continue;
    const dept = ctx.directory.department(deptId);
    const leader = dept ? ctx.directory.person(dept.supervisorId) : undefined;
    if (!dept || !leader || leader.id !== r.draft.actorId) continue;
    const ownDepartment = ctx.directory.person(ctx.senderId)?.departmentId === dept.id;
    const names = [dept.name, ...dept.aliases, ...(ownDepartment ? UNIT_WORDS : [])];
    // 11月5日召开部门党风廉政建设会议，陈志强副理事长出席并讲话；11月20日与陈静… (t39b F2: the talk made 陈志强's): the
    // department named right after 召开 held it as much as one named before it.
    const held = firstIndex(piece, names, (at) => HELD_AFTER_NAME.test(piece.slice(at))) ?? heldAfterVerb(piece, names);
    const named = firstIndex(piece, [leader.name, ...['书记', '理事长', '副理事长', '主任', '部长'].map((t) => `${leader.name[0]}${t}`)], () => true);
    if (held === undefined || (named !== undefined && named < held)) continue;
    return dept.headId === ctx.senderId ? {} : { actorId: dept.headId };
  }
  return undefined;
}

/** The first place one of `words` ends in `text` such that `after(end)` holds; undefined when none does. */
function firstIndex(text: string, words: string[], after: (end: number) => boolean): number | undefined {
  let best: number | undefined;
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (!after(at + w.length)) continue;
      if (best === undefined || at < best) best = at;
      break;
    }
  }
  return best;
}

/** Where 召开/组织/举办 (了, 本) right before one of `names` starts in `text`; undefined when none is. */
function heldAfterVerb(text: string, names: string[]): number | undefined {
  const at = names.map((n) => text.search(new RegExp(`(?:召开|组织|举办)了?(?:本)?${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))).filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : undefined;
}
