// 「上周分别和郑华、冯雪谈了廉政，还签了责任书」 (round 22u B1): only the signings were read and the talks dropped without a
// word, because 谈了廉政 is no type word the entry could split on. Said before a signing clause, it is a 廉政谈话.
/** 谈了廉政 · 谈廉政 · 谈了一次廉政, followed in the same sentence by a clause that signs something. */
const TALK_THEN_SIGN = /谈了?(?:一次)?廉政(?!谈话|谈心|教育|党课)(?=[^。;；\n]{0,4}?[,，、]\s*(?:还|并|又|同时|顺便|也|随后|之后)?[^。;；\n]{0,8}?签)/g;

/** The text with a 谈了廉政 before a signing clause written as the 廉政谈话 it is, so both deeds are read. */
export function talkBeforeSigning(text: string): string {
  return text.replace(TALK_THEN_SIGN, '进行了廉政谈话');
}
