// 李娟「是王建国副理事长和孙丽科长谈的，廉政谈话」 · 「不对，是刘芳副理事长和周涛部长谈的，谈心谈话」 (round 69, gij; t72a F2): a
// deed of two people named, neither the sender, opened by 是 (the emphasis of one putting it right) was read as two talks
// of each with the sender — 王建国>李娟 and 孙丽>李娟. Read without the 是 (and the 不对 before it) it is the one deed it says:
// 王建国's talk with 孙丽, its day asked. 是我和X · 是X和我 are the sender's own readings, left to them.

/**
 * (不对，)(应该/其实)是 X<post> 和/与/跟/同 Y …谈/签(的): X a name or surname with its post (a titled subject holds the deed; 是王强和
 * 李娟谈的 from their head stays the head's talks with both, round 58 fdd), X and Y with no 我 or 本人, within a short clause.
 */
const LEADING_IS = /^(?:(?:不对|错了|说错了|更正)[,;:\s]*)?(?:应该|实际上?|其实)?是\s*((?:(?!我|本人)[\u4e00-\u9fa5]){1,4}?(?:副?(?:书记|理事长|主任|部长|科长))\s*(?:和|与|跟|同)\s*(?:(?!我|本人)[\u4e00-\u9fa5]){2,8}?\s*(?:进行了|开展了|一起)?(?:谈|签)[^,;。!?\n]{0,8}(?:[,;\s]+[^,;。!?\n]{2,8})?)$/;

/**
 * `plain` (normalised) without its opening 是 (and a 不对 before it) when it is one deed of two people who are not the
 * sender's 我 (是王建国副理事长和孙丽科长谈的，廉政谈话 → 王建国副理事长和孙丽科长谈的，廉政谈话); undefined otherwise.
 */
export function deedWithoutLeadingIs(plain: string): string | undefined {
  const m = LEADING_IS.exec(plain.trim().replace(/[。.!！]+$/, ''));
  return m ? m[1] : undefined;
}
