// 组织全科人员学习了《会计法》，并逐一签订了廉洁从业承诺书: a signing that goes on after an untyped study is a deed of its own.
import { extractTitles } from './parseTraining.js';

/** 并/还/同时/随后 (逐人/逐一…) 签订/签署/签了: a signing going on from the clause before. */
const SIGNING_GOES_ON = /^[\s\u0000,、]*(?:并且?|同时|还|随后|会后|当场)[\s\u0000]*(?:逐人|逐一|一一|分别|人人|都|均|全部|也)*[\s\u0000]*签(?:订|署|了)/;

/** A study told by its verb (学习/传达/研读/观看 something), whose type may still be asked. */
const STUDY_DEED = /传达|学习|研读|观看|收看/;

/**
 * Whether `piece` (a typed clause) is a signing that only goes on (并逐一签订了…) after `before`, the clauses of an untyped
 * activity that told a study: the two are two activities, the study asked its type, never folded into the signing
 * (round 32a, F3's near-miss: 学习了《会计法》 named as left over beside the signing).
 */
export function signingAfterStudy(piece: string, before: readonly string[]): boolean {
  return SIGNING_GOES_ON.test(piece) && before.some((p) => STUDY_DEED.test(extractTitles(p).rest));
}
