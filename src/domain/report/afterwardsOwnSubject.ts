// 召开部务会，周涛部长传达了市纪委全会精神。会后，刘副理事长与周涛部长签订了责任书: a 会后/会上 clause with a subject and a deed of
// its own is never the untyped study told before it.
import { opensWithOwnSubject } from './ownSubject.js';
import { extractTitles } from './parseTraining.js';
import { STUDY_DEED } from './studyDeed.js';

/** 会后 · 随后 · 会上 · 会议结束后 opening a clause, then maybe a comma: when it happened, no subject. */
// 课后 · 授课结束后 (round 39, t38b F6): after a lecture, as 会后 is after a sitting.
const AFTERWARDS_OPENING = /^[\s\u0000,]*(?:会后|会议结束后|散会后|随后|之后|此后|结束后|活动结束后|会上|会议上|课后|授课结束后|讲课结束后)[\s\u0000,]*/;


/**
 * Whether `piece` (a typed clause) opens with 会后/随后/会上 and then a subject of its own before 与/和 (会后，刘副理事长与周涛部长…),
 * after `before` (the clauses of an untyped activity so far) told a study or a lecture: the two are two activities, the study asked its
 * type, never swallowed by the signing or talk (round 32a, F1's near-miss: 传达了市纪委全会精神 vanished without a word).
 */
/** A lecture told by its verb: 讲授 · 主讲 · 授课 · 上了一堂…党课. */
const LECTURE_DEED = /讲授|主讲|授课|讲了?一?[堂次节]|上了?一?[堂次节]/;

export function afterwardsOwnSubject(piece: string, before: readonly string[]): boolean {
  // 会后， alone is a clause of its own once the line is cut at commas: it then ends `before`.
  const last = before[before.length - 1] ?? '';
  const alone = AFTERWARDS_OPENING.exec(last)?.[0] === last;
  const opening = AFTERWARDS_OPENING.exec(piece)?.[0] ?? (alone ? '' : undefined);
  if (opening === undefined || !opensWithOwnSubject(piece.slice(opening.length))) return false;
  // 为分管部门全体党员讲授廉政党课。课后，刘芳同志与…谈话 (round 39, t38b F6: the talks swallowed when a 以“…”为题， clause made the
  // lecture's own clause read as a purpose): a lecture told before is a deed of its own too.
  return before.some((p) => STUDY_DEED.test(extractTitles(p).rest) || LECTURE_DEED.test(extractTitles(p).rest));
}
