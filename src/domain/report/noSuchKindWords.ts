// 「没有廉政谈话，就一次谈心谈话」 on a waiting card of a 谈心谈话 and a 廉政谈话 (round 68, ghj, t71b: not understood; only 删除第2条
// worked): the kind said not to have happened, with the one that did after it, is the card's item to leave out.

/**
 * 没有廉政谈话，就一次谈心谈话 · 没有廉政谈话 只有一次谈心谈话 · 其实没有廉政谈话，就是一次谈心谈话: group 1 the kind said not held.
 * The clause naming the one that did (就一次 · 只有一次 · 就是 …) is required: 没有廉政谈话 alone may be a question or a remark.
 */
const NO_SUCH_THEN_ONE = /^(?:其实|实际上?|不对)?[,，]?(?:没有|没)(?:开展|进行|搞|谈)?(?:过)?(?:什么)?([\u4e00-\u9fa5]{2,8}?)[,，;；]?(?:就|只有?|只是|就是|只进行了|只开展了|只谈了)(?:一次|一个|一场|一堂|一回)?(?:是)?(?:一次)?[\u4e00-\u9fa5]{2,8}$/;

/**
 * The words naming the record a reply says did not happen (没有廉政谈话，就一次谈心谈话 → 廉政谈话), for recordsNamed to match
 * against the waiting card's records; undefined when the text (normalised, no spaces) is no such reply.
 */
export function noSuchKindWords(t: string): string | undefined {
  const m = NO_SUCH_THEN_ONE.exec(t);
  return m?.[1];
}
