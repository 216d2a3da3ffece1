// 陈志强「上周一分别和郑华、冯雪进行了廉政谈话，周五又到维权部参加了他们的专题会议」 (t49a F3: two more talks with 郑华 and
// 冯雪 on 11-27 on the card, the meeting only named as unmatched): 他们的 after a visit to a department is that
// department's — the meeting's owner, never the people named before as ones talked to again.
import type { Directory } from '../organization.js';
import { directoryIndex } from './parseDirectoryIndex.js';

/** 到/去/在/赴 a department (…部 · …科 · …室 · …中心), then 参加/出席/列席/旁听, then 他们的 / 她们的 (部门的…). */
// Within one clause: the pass runs before normalizeText, so the full-width ，；！？ end a clause too (上周一到宣文部调研，周三又去
// 旁听了他们的党课: 他们 was dropped across the comma, the 党课 left the sender's; round 47, fsd).
const THEIRS = /((?:到|去|在|赴)[^,;。!?，；！？\n]{0,12}?(?:部|科|室|中心)[^,;。!?，；！？\n]{0,8}?(?:参加|出席|列席|旁听|观摩)(?:了)?)(?:他们|她们)(?:部门|科室|中心|单位)?的/g;

/** `text` with the 他们的 of a department just visited taken out (到维权部参加了他们的专题会议 → 到维权部参加了专题会议). */
export function withoutTheirsAfterVisit(text: string): string {
  return text.replace(THEIRS, '$1');
}

/**
 * 刘芳「周三到组联部参加了他们的专题会议，周五又去听了他们的党课」 (round 47, fsd: the 党课 recorded as 刘芳's own, she only
 * heard it): 他们的 after 听/参加/旁听… in a later clause that names no place is the department visited before it in the
 * sentence (到/去/在/赴 组联部). …，周五他们又组织了警示教育 (the same message's kin: the 警示教育 recorded as the sender's own):
 * 他们 as the subject of a department's own deed is that department too. Groups: 1 the 他们 heard, 2 the 他们 as subject.
 */
const THEIRS_LATER = /(?:听|参加|出席|列席|旁听|观摩|聆听)了?(他们|她们)(?:部门|科室|中心|单位)?的|(?<=[,，;；]\s*(?:[^,，;；。\n]{0,8}?))(他们|她们)(?=(?:又|也|还|再)?(?:组织|开展|召开|举办|举行|集中|学习|观看|收看))/g;
/** 到/去/在/赴 (+ 了) right before a department's name: where the sender went. */
const WENT_TO = /(?:到|去|在|赴|前往|来到)了?$/;

/**
 * `text` with each 他们的 of a later clause (，周五又去听了他们的党课) written as the department the sentence visited before it
 * (，周五又去听了组联部的党课); `text` itself when no department was visited before it in its sentence.
 */
export function withTheirsOfVisitBefore(text: string, directory: Directory): string {
  if (!/[他她]们/.test(text)) return text;
  const index = directoryIndex(directory);
  return text.replace(THEIRS_LATER, (whole: string, heard: string | undefined, subject: string | undefined, offset: number) => {
    const pronoun = heard ?? subject!;
    const before = text.slice(0, offset);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
    const visited = [...sentence.matchAll(index.surfaces)].filter((m) => index.departmentBySurface.has(m[0]) && WENT_TO.test(sentence.slice(0, m.index))).at(-1);
    return visited ? whole.replace(pronoun, visited[0]) : whole;
  });
}

/**
 * 到财务科和他们部门的同志谈了话 · 去康复部，和她们科室的同志进行了廉政谈话 · 到财务科和他们谈了话 (round 48, ftc: no report,
 * or 和谁 asked with no department): 他们(部门)(的) talked with, after a visit to a department in its sentence, is that
 * department's people, written out (财务科的同志) so they are asked who as 和财务科的同志谈了话 is. Group 1: 的 when written.
 */
const THEIRS_TALKED_WITH = /(?<=(?:和|与|跟|同))(?:他们|她们)(?:部门|科室|中心|单位)?(?:(的)(?=同志|同事|人员|干部|职工|党员|人)|(?=(?:都|分别|逐一|一一|一起)?(?:进行了?|开展了?)?[^,，;；。\n]{0,6}?(?<!座)谈))/g;

/** `text` with each 他们 talked with written as the people of the department visited before it in its sentence. */
export function withTheirsTalkedWith(text: string, directory: Directory): string {
  if (!/[他她]们/.test(text)) return text;
  const index = directoryIndex(directory);
  return text.replace(THEIRS_TALKED_WITH, (whole: string, of: string | undefined, offset: number) => {
    const before = text.slice(0, offset);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
    const visited = [...sentence.matchAll(index.surfaces)].filter((m) => index.departmentBySurface.has(m[0]) && WENT_TO.test(sentence.slice(0, m.index))).at(-1);
    if (!visited) return whole;
    return of !== undefined ? `${visited[0]}的` : `${visited[0]}的同志`;
  });
}
