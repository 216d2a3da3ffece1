// 「上周分别和郑华、冯雪谈了廉政，还签了责任书」 (round 22u B1): only the signings were read and the talks dropped without a
// word, because 谈了廉政 is no type word the entry could split on. Said before a signing clause, it is a 廉政谈话.
/** 谈了廉政 · 谈廉政 · 谈了一次廉政, followed in the same sentence by a clause that signs something. */
const TALK_THEN_SIGN = /谈了?(?:一次)?廉政(?!谈话|谈心|教育|党课)(?=[^。;；\n]{0,4}?[,，、]\s*(?:还|并|又|同时|顺便|也|随后|之后)?[^。;；\n]{0,8}?签)/g;

/**
 * 谈了话并签了承诺书 · 谈话后签了… · 谈完话后让我们写了承诺书 (round 37, fjb: the talk of no kind dropped, the signing kept):
 * a talk of no kind joined to a signing inside one clause, set apart by a comma as withJoinedDeedsApart does for typed
 * deeds (后 written 随后), so the talk is read as a deed of its own and the signing goes on from it.
 */
const UNTYPED_TALK_JOINED = /((?:谈了?(?:一次|一回|个|次)?话|谈过话|谈了谈|谈完话|谈完))(并且?|(?:以|之)?后|然后|随后)(?=(?:又|还|也|都|均|分别|各自)?(?:签(?:订|署|了)|(?:让|要求|叫)[\u4e00-\u9fa5]{0,6}?(?:签|写)))/g;

/**
 * The text with a 谈了廉政 before a signing clause written as the 廉政谈话 it is, and a talk of no kind joined to a signing
 * set apart by a comma, so both deeds are read.
 */
export function talkBeforeSigning(text: string): string {
  return text.replace(TALK_THEN_SIGN, '进行了廉政谈话').replace(UNTYPED_TALK_JOINED, (_whole, talk: string, join: string) => `${talk}，${/后$/.test(join) ? '随后' : join}`);
}
