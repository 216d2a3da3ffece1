// 召开部务会，周涛部长传达了市纪委全会精神。会后，刘副理事长与周涛部长签订了责任书: a 会后/会上 clause with a subject and a deed of
// its own is never the untyped study told before it.
import { opensWithOwnSubject } from './ownSubject.js';
import { extractTitles } from './parseTraining.js';
import { STUDY_DEED } from './studyDeed.js';

/** 会后 · 随后 · 会上 · 会议结束后 opening a clause, then maybe a comma: when it happened, no subject. */
const AFTERWARDS_OPENING = /^[\s\u0000,]*(?:会后|会议结束后|散会后|随后|之后|此后|结束后|活动结束后|会上|会议上)[\s\u0000,]*/;


/**
 * Whether `piece` (a typed clause) opens with 会后/随后/会上 and then a subject of its own before 与/和 (会后，刘副理事长与周涛部长…),
 * after `before` (the clauses of an untyped activity so far) told a study: the two are two activities, the study asked its
 * type, never swallowed by the signing or talk (round 32a, F1's near-miss: 传达了市纪委全会精神 vanished without a word).
 */
export function afterwardsOwnSubject(piece: string, before: readonly string[]): boolean {
  // 会后， alone is a clause of its own once the line is cut at commas: it then ends `before`.
  const last = before[before.length - 1] ?? '';
  const alone = AFTERWARDS_OPENING.exec(last)?.[0] === last;
  const opening = AFTERWARDS_OPENING.exec(piece)?.[0] ?? (alone ? '' : undefined);
  if (opening === undefined || !opensWithOwnSubject(piece.slice(opening.length))) return false;
  return before.some((p) => STUDY_DEED.test(extractTitles(p).rest));
}
