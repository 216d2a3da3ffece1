// 不是我，是赵敏书记和何主任来检查的 (round 34c §2.1: 「没有在通讯录…里找到「我」」, the card unchanged): the sender said not to
// be the doer, two others named with the deed instead — the senior of them did it, as the message 「X和Y一起来检查」 reads.

/** 不是我(本人)，(而)是 X 和/与/、 Y (一起)(来/去/到)(…)检查/组织/…的: the two named as the doers. */
const TWO_DOERS =
  /^不是(?:我|本人)[,;\s]*(?:而|应该|应)?是([^,;。!\s和与跟同、]{2,8}?)(?:和|与|跟|同|、)([^,;。!\s和与跟同、]{2,8}?)(?:两位|二人|两人|俩)?(?:一起|一同|共同)?(?:来|去|到)?(?:我们|我|中心|科里|部里|这边)?(?:检查|督查|抽查|暗访|巡查|组织|开展|主持|召开|讲|谈|签|办|做)的$/;

/**
 * The two names (as written, titles kept) a correction 「不是我，是X和Y…的」 gives as the doers of the card's record, in
 * the order written; undefined when `said` (normalized, the record's number already taken off) is no such correction.
 */
export function twoDoersWords(said: string): [string, string] | undefined {
  const m = TWO_DOERS.exec(said);
  return m ? [m[1]!, m[2]!] : undefined;
}
