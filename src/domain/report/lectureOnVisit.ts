// 杨帆「赵敏书记12月3日来我们宣文部调研，和王磊部长谈心谈话，又给全体同志讲了廉正党课」 (round 54, fje; t56b F7: the talk
// kept 宣文部, the lecture had no department): a lecture given on a visit, to the visited unit's people (给全体同志 · 为大家 ·
// 向全体党员), is at the department visited, whatever deed was told between the visit and the lecture (without one, the
// place clause already reached it).
import { directoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext, ParsedReport } from './draft.js';
import { withOurDepartmentVisited } from './ourDepartmentVisited.js';
import { withOwnUnitVisited } from './ownUnitVisited.js';

/** 到/来/来到/赴/深入/走进/前往/莅临 (了) right before a department's name: the visit's place follows. */
const GONE_TO = /(?:到|来到|来|赴|深入|走进|前往|莅临)了?$/;
/** 主任 · 副部长 · 负责人 right after a department: its name is a person's post, not another place. */
const POST_AFTER = /^(?:副)?(?:主任|部长|科长|负责人|书记)/;
/** 给全体同志讲了…党课 · 为大家上了一堂党课 · 向全体党员讲授: the lecture to the people of where the visit is. */
const LECTURE_TO_ALL = /(?:给|为|向|对)(?:该部门|该科室|部门|科室|中心)?(?:全体|大家|全部|部门|科室|在场)[^,，;；。!！?？\n]{0,12}?(?:讲|上|作|做|授)[^,，;；。!！?？\n]{0,10}?(?:党课|讲课|课|讲座)/;

/**
 * `reports` with the one lecture of no department given the department its sentence of `text` says a visit went to
 * (来宣文部调研，…，又给全体同志讲了廉政党课). Only when exactly one 党课 lacks a place, one sentence (parted at 。！？ and
 * line breaks) names a visit to one department and the lecture to its people after it, and no other department is named
 * as a place after the visit; unchanged otherwise.
 */
export function withLectureOnVisit(reports: ParsedReport[], text: string, ctx: ParseContext): ParsedReport[] {
  const placeless = reports.filter((r) => r.draft.type === 'edu_lecture' && r.draft.departmentId === undefined && (r.draft.departmentIds ?? []).length === 0);
  if (placeless.length !== 1) return reports;
  const index = directoryIndex(ctx.directory);
  const told = withOwnUnitVisited(withOurDepartmentVisited(text, ctx.directory), ctx.directory, ctx.senderId);
  const places = told.split(/(?<=[。！!？?\n])/).flatMap((sentence) => {
    const named = [...sentence.matchAll(index.surfaces)].filter((m) => index.departmentBySurface.has(m[0]));
    const gone = named.filter((m) => GONE_TO.test(sentence.slice(0, m.index)));
    if (gone.length !== 1) return [];
    const after = sentence.slice(gone[0]!.index! + gone[0]![0].length);
    const elsewhere = [...after.matchAll(index.surfaces)].some((m) => index.departmentBySurface.has(m[0]) && !POST_AFTER.test(after.slice(m.index! + m[0].length)));
    if (elsewhere || !LECTURE_TO_ALL.test(after)) return [];
    return [index.departmentBySurface.get(gone[0]![0])!.id];
  });
  if (places.length !== 1) return reports;
  return reports.map((r) => (r === placeless[0] ? { ...r, draft: { ...r.draft, departmentId: places[0]! } } : r));
}
