// 并逐人签订了… · 同时签订… · 还都签了…: a clause that is a signing going on from the clause before it. 同步签订 · 一并签订 ·
// 现场签订 (round 36) go on the same way.

/**
 * The words opening such a clause before the signing (并 · 同时 · 同步 · 一并 · 还 · 随后 · 随即 · 会后 · 当场 · 现场, and spaces or masks), as group 1;
 * the signing (签订/签署/签了, maybe after 逐人/逐一/都…) follows, looked at but not taken.
 */
export const SIGNING_OPENER = /^([\s\u0000,、]*(?:并且?|同时|同步|一并|还|随后|随即|会后|当场|现场)[\s\u0000]*)(?=(?:逐人|逐一|一一|分别|人人|都|均|全部|也)*[\s\u0000]*签(?:订|署|了))/;

/** Whether `piece` opens as a signing going on from the clause before (并逐人签订了廉洁承诺书). */
export function signingGoesOn(piece: string): boolean {
  return SIGNING_OPENER.test(piece);
}
