// 组织全科人员学习了《会计法》，并逐一签订了廉洁从业承诺书: a signing that goes on after an untyped study is a deed of its own.
import { signingGoesOn } from './signingGoesOn.js';
import { extractTitles } from './parseTraining.js';
import { STUDY_DEED } from './studyDeed.js';


/**
 * Whether `piece` (a typed clause) is a signing that only goes on (并逐一签订了…) after `before`, the clauses of an untyped
 * activity that told a study: the two are two activities, the study asked its type, never folded into the signing
 * (round 32a, F3's near-miss: 学习了《会计法》 named as left over beside the signing).
 */
export function signingAfterStudy(piece: string, before: readonly string[]): boolean {
  return signingGoesOn(piece) && before.some((p) => STUDY_DEED.test(extractTitles(p).rest));
}
