// 到组联部参加了部门廉政教育专题学习: who only attended a department's study did not hold it; the department's head did.
import { directoryIndex } from './parseDirectoryIndex.js';
import type { ParseContext, ReportProblem } from './draft.js';

/** Attending rather than holding (听了一堂党课 too; 跟着科室一起学习, round 27b): the sender's own verb, right before what they attended. */
const ATTENDED = /(?:参加|参与|列席|旁听|观摩|聆听|听|跟着|跟随)了?/g;
/** Going to a department before attending there (到组联部…参加): the place, within the clause. */
const PLACE = /(?:到|去|在|赴|前往|来到|深入)$/;
/** A department named by a word, not by its name (部门/部里/科里…), as whose the study was. */
const UNNAMED_DEPARTMENT = /^[\s\u0000]*(?:(?:该|他们|各)?(?:部门|部里|科里|室里|科室|中心里|单位里))/;
/** What lies between the attending verb and the (masked) type: a department word, 的, who organised it, a kind of study. */
// 参加了专题学习，学习了《…》: the study may be typed by what the clause after it names, its own words left unmasked.
const UP_TO_TYPE = /^[^,;。!?:\n\u0000]{0,10}?(?:\u0000|学习|培训|党课)/;
/** A body or a named person organised it: another pass reads whose it was (机关党委组织的, 王磊部长主持的). */
const OTHER_HOLDER = /党组|党委|纪委|纪检|中心组(?!织)|支部|机关|市|区|县|省/;

export type AttendedStudy = { id: string; start: number; end: number } | { problem: ReportProblem };

/**
 * Whose a study, warning education or lecture is when the sender says they only attended it (round 21u #4: 刘芳's
 * 「今天到组联部参加了部门廉政教育专题学习」 stored at once as hers): the department gone to (到/去/在 X … 参加), or the
 * one a department word names (参加了部门/部里/科里…的…: the sender's own), is its head's, for 确认. A sender with no
 * department of their own (a leader) attending 部门… is asked whose, the heads they supervise first. `rest` has the day
 * and type masked. Undefined when it reads otherwise, or the sender heads the department (their own study).
 */
export function attendedStudy(rest: string, ctx: ParseContext): AttendedStudy | undefined {
  const index = directoryIndex(ctx.directory);
  for (const verb of rest.matchAll(ATTENDED)) {
    const after = rest.slice(verb.index + verb[0].length);
    if (!UP_TO_TYPE.test(after) || OTHER_HOLDER.test(UP_TO_TYPE.exec(after)![0])) continue;
    const clause = rest.slice(clauseStart(rest, verb.index), verb.index);
    // 到组联部参加了… · 在财务科列席了…: the department gone to held it.
    for (const m of clause.matchAll(index.surfaces)) {
      const dept = index.departmentBySurface.get(m[0]);
      if (!dept || !PLACE.test(clause.slice(0, m.index))) continue;
      const start = clauseStart(rest, verb.index) + m.index;
      return dept.headId === ctx.senderId ? undefined : { id: dept.headId, start, end: start + m[0].length };
    }
    const word = UNNAMED_DEPARTMENT.exec(after);
    if (!word) continue;
    const start = verb.index + verb[0].length;
    const own = ctx.directory.department(ctx.directory.person(ctx.senderId)?.departmentId ?? '');
    if (own) return own.headId === ctx.senderId ? undefined : { id: own.headId, start, end: start + word[0].length };
    // A leader's 部门 is none of theirs: one of the departments, most likely one they supervise.
    const supervised = ctx.directory.supervisedBy(ctx.senderId).map((d) => d.headId);
    const heads = ctx.directory.org.departments.map((d) => d.headId).filter((id) => !supervised.includes(id));
    return { problem: { code: 'missing_actor', candidateIds: [...supervised, ...heads].filter((id) => id !== ctx.senderId) } };
  }
  return undefined;
}

const clauseStart = (text: string, at: number) => Math.max(...[',', ';', '。', '!', '?', ':', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
