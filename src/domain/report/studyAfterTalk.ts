// 昨天和王强谈了话，还组织科室学习了《会计法》 (round 38, fke): a study the sender organised after a talk was read as more
// words of the talk; when the study names no type of its own it went into the talk and was dropped without a word.

/** A clause opening with the organising of a titled study or film (还组织科室学习了《会计法》 · 并组织观看了《围猎》). */
const ORGANISED_TITLED_STUDY = /^[\s\u0000,]*(?:并|还|又|也|另外|此外|同时|随后|之后|然后|接着)?[\s\u0000,]*(?:组织|带领|召集)[^,;。!?]{0,16}?(?:学习|观看|收看|传达)[^,;。!?]{0,8}?《[^》]+》/;

/**
 * Whether `piece` (a clause of a line, normalised) opens with a titled study or film organised (组织/带领…学习/观看《…》),
 * which after a talk or a signing is a deed of its own: asked its type when its title names none, never part of the talk.
 */
export function organisedStudyOpening(piece: string): boolean {
  return ORGANISED_TITLED_STUDY.test(piece);
}
