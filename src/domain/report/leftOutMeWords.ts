// 张颖 「12月3日周涛部长签承诺书那条漏了我，是和我签的」 (round 62, gbb; t64a G2: a new signing stored, the one told before
// not named): a talk or signing told before, pointed back at (那条 · 那次), said to have left the member out (漏了我 · 少了我 ·
// 把我漏了 · 没有我), perhaps with the member's part said again (是和我签的 · 我也签了). Read as the member added to that deed.

/** The naming words (2–24 characters, no mark), the pointer, a kind noun after it. */
const NAMED = '([^,;:。!?\\s]{2,24}?)(?:的)?那(?:一)?(?:条|次|个|份|回)(?:记录)?(?:集体)?(?:廉政)?(?:承诺书|责任书|谈话|谈心|签字)?';
/** The member left out. */
const LEFT_OUT = '(?:还|也)?(?:漏了我|漏掉了?我|漏记了?我|把我漏了|把我漏掉了|少了我|少记了?我|没有我|没记我|没把我记上|忘了我|忘记我了?)(?:了|啊|呀)?';
/** The member's part said again: 是和我签的 · 也和我签了 · 我也签了 · 也有我. */
// 「…那条漏了我，张书记也和我谈了」 (round 62, gbj; t65a B-F5: a new talk asked its type): the doer named again before 也和我谈了.
const MINE = '(?:[,;\\s]*(?:其实|实际上?)?(?:是|也是|也)?(?:和|跟|与|同)我(?:也)?(?:签|谈)(?:的|了)?|[,;\\s]*我也(?:签|谈)了|[,;\\s]*(?:其实)?也有我|[,;\\s]*(?:[\\u4e00-\\u9fa5]{2,5}?|他|她)(?:也|还)(?:和|跟|与|同)我(?:签|谈)(?:了|的|过)?)?';
const TAIL = '(?:[,;。.!！\\s]*(?:麻烦|请)?(?:帮我)?(?:加上|补上|加一下|补一下|改一下)(?:吧)?)?[。.!！~\\s]*$';
const SHAPE = new RegExp(`^${NAMED}[,;:\\s]*${LEFT_OUT}${MINE}${TAIL}`);

/**
 * The naming words (12月3日周涛部长签承诺书 · 和组联部的集体谈话) of the deed `text` (normalised) says left the member out,
 * or undefined. No directory look-up: the caller finds the record.
 */
export function leftOutMeWords(text: string): string | undefined {
  const t = text.trim();
  if (!t.includes('我') || !/漏|少|没有我|没记我|忘/.test(t)) return undefined;
  const m = SHAPE.exec(t);
  if (!m || /^(?:刚才|刚刚)?(?:报的)?$/.test(m[1]!)) return undefined;
  return m[1]!;
}
