// 「11月3日和王强那次谈话后，又和李娟进行了谈心谈话」 (round 52, fwdd; left by fwd/fwb: two 谈心谈话 on 11-03 stored at once) ·
// 「上次那个党课之后，今天又组织学习了《廉洁自律准则》」 (a card with an extra 党课 dated today): a deed pointed back at as the time
// reference of the message (X那次…后 · 上次那个…之后 · 继…之后 · 在…的基础上) is told before (already recorded, or at least not
// this message's deed). Only the deed after it is read: with its own day when one is said (今天又…), its day asked when only
// 之后 is said — never the earlier deed's day silently (the day inside the pointed-back clause is that deed's).
import { findKinds } from './parseKind.js';

/** A clause's words, no clause break. */
const W = '[^,，。；;!！?？\\n]';
/** 后 · 之后 · 以后 closing the pointed-back clause (never 后来/后面, which tell a later deed of their own). */
const AFTER = '(?:之后|以后|后)(?!来|面|续|期)';
/** What follows the pointed-back clause: a comma or the new deed's opening words. */
const NEXT = '(?=[,，、\\s]|又|还|再|我|今天|今日|昨天|前天|本周|这周|随即|接着|紧接着)';
/**
 * The pointed-back clause at the opening of the message or of a comma-clause, and what closes it:
 * 11月3日和王强那次谈话后 · 上次那个党课之后 · 上次的警示教育以后 · 继上月党课之后 · 在上次学习的基础上.
 */
const POINTED_BACK = new RegExp(
  `(^|[,，;；。\\n])[\\s]*(?:` +
    `${W}{0,16}?那次${W}{0,12}?${AFTER}${NEXT}` +
    `|上次(?:那个|那次|的)?${W}{1,14}?${AFTER}${NEXT}` +
    `|继${W}{1,20}?${AFTER}${NEXT}` +
    `|在${W}{0,4}?(?:上次|前次|之前|此前|上月|上周|前期)${W}{1,16}?的基础上` +
    `)[,，、\\s]*`,
);
/** A deed told in short words (谈了话 · 签了 · 组织学习…), beside the kinds' own names. */
const DEED = /谈|聊|签|组织|开展|召开|举办|观看|收看|学习|讲|检查|督查|抽查|报送|上报/;

/**
 * The message without the deed it points back at as its time reference (the words are the time reference only), or the
 * message itself when it points back at none or nothing after names a deed. Shape: text in, text out.
 */
export function withoutPointedBackDeed(text: string): string {
  const m = POINTED_BACK.exec(text);
  if (!m) return text;
  const pointed = m[0].slice(m[1]!.length);
  // The pointed-back words must name a deed (那次谈话 · 那个党课), or they are no deed to leave out.
  if (findKinds(pointed).length === 0 && !DEED.test(pointed)) return text;
  const rest = text.slice(m.index + m[0].length);
  if (rest.trim() === '' || (findKinds(rest).length === 0 && !DEED.test(rest))) return text;
  return text.slice(0, m.index) + m[1]! + rest;
}
