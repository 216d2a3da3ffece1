// 李明「11月20日召开部门会议，会后进行了谈话」 · 周涛「…召开部务会，会后进行了集体谈话」 (round 44 fqc, a silent drop: nothing
// read, no question): a sitting of no duty type (部门会议 · 部务会 · 科室会议) gives no record, and the talk told after it was
// read together with it, so the whole was no talk of no one (NO_ONE_TALK wants the clause alone). The talk is the deed.
import { NO_ONE_TALK } from './parseSegments.js';

/** 召开部门会议 · 开了个部务会 · 召开科室例会: a sitting held, of any kind. */
const SITTING_HELD = /(?:召开|开了?(?:个|一次)?|主持召开|组织召开|举行)[^,，;；。]{0,12}?(?:会议|会|例会)/;

/**
 * Whether `words` (a clause group, its day masked) tells a sitting held, then, in its last clause, nothing but a talk of no
 * kind with no one named (会后进行了谈话 · 随后开展了集体谈话), to the end.
 */
export function noOneTalkAfterSitting(words: string): boolean {
  const clauses = words.split(/[,，;；]/);
  // The talk's clause may close with its head count (…进行了集体谈话，共8人参加), which NO_ONE_TALK allows after a comma.
  return clauses.some((_c, k) => k > 0 && NO_ONE_TALK.test(clauses.slice(k).join(',')) && SITTING_HELD.test(clauses.slice(0, k).join('，')));
}
