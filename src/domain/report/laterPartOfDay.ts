// 上午和王强谈了话，下午组织科室学习了《会计法》 (round 38, fke): two deeds of one day, the second told in a clause of its
// own part of the day. When either named no type the two were read as one deed (the study went into the talk, dropped
// without a word, or only named as left over beside a typed talk). A later part of the day (下午 · 晚上 …) after a clause
// told in an earlier one, or 后/然后/再 after 先, opens a deed of its own whenever that clause does something.

/** A later part of the day opening a clause (normalised: ，→ `,`). */
const LATER_PART = /^[\s\u0000,]*(?:今天|当天|当日|同日)?(?:中午|下午|晚上|傍晚|晚间|当晚|夜里)/;
/** A part of the day (or a day) the clause before was told in: 上午 · 今天上午 · 昨天早上 · 11月5日上午. */
const EARLIER_PART = /上午|早上|早晨|中午|下午|一早/;
/** 后/然后/之后/再/接着 opening a clause after one opening with 先/首先. */
const THEN = /^[\s\u0000,]*(?:后|然后|之后|随后|接着|再|又)/;
const FIRST = /^[\s\u0000,]*(?:[\u4e00-\u9fa5\d月日号]{0,8}?)(?:先|首先)/;
/** 下午继续学习 · 下午接着学: the same deed going on into the afternoon. */
const GOES_ON = /^[\s\u0000,]*(?:今天|当天|当日|同日)?(?:中午|下午|晚上|傍晚|晚间|当晚|夜里)?[\s\u0000,]*(?:继续|接着学|又学)/;
/** 下午大家交流了学习体会: what was said of the deed before, no deed of its own. */
const SPOKE_OF_IT = /(?:谈|聊|交流|说|分享)了?[^,;。!?]{0,4}?(?:体会|心得|感受|感想|认识|收获|观后感)/;
/**
 * What a clause does when it names no type: a study, a film, a check, a signing, a talk with someone, a meeting. A clause
 * of what was done at the deed before (讨论 · 交流 · 发言 · 总结) names none of these and stays with it.
 */
const DOES = /组织|开展|召开|举办|学习|观看|收看|检查|督查|抽查|暗访|巡查|签订|签了|签署|(?:和|与|跟|同(?![志事学])|找)[\u4e00-\u9fa5、]{1,12}?(?:进行了?)?(?:谈|聊)/;

/**
 * Whether `piece` (a clause of a line, normalised) is a deed of its own after the clauses `before` of the deed read so
 * far: it opens with a later part of the day (下午/晚上/…) than the one the deed opened with (上午/早上/…), or with
 * 后/然后/再 after a deed opened with 先, and it does something (DOES) — whatever either's type. False for a deed whose
 * first clause names no part of the day or 先, and for a later clause that only goes on with the deed (下午继续…).
 */
export function laterPartOfDay(piece: string, before: readonly string[]): boolean {
  const first = before[0];
  if (first === undefined || !DOES.test(piece) || GOES_ON.test(piece) || SPOKE_OF_IT.test(piece)) return false;
  if (LATER_PART.test(piece)) return EARLIER_PART.test(first) && !EARLIER_PART.test(piece.replace(LATER_PART, '')) && DOES.test(before.join(''));
  return THEN.test(piece) && FIRST.test(first) && DOES.test(before.join(''));
}
