// 讲授专题廉政党课…；会后，各支部围绕党课内容开展了交流讨论 (round 68, ghj, t71b F1: a second 廉政党课 of 赵敏's on the card): a
// clause that only discusses the deed told before it (会后/课后/会上 …交流讨论 · 围绕…内容…交流/讨论/谈体会) is part of that
// deed, never a new item of its kind. A new deed after 会后 (签订了承诺书 · 与王强进行了谈话 · 观看了警示片) stays its own.
import { extractTitles } from './parseTraining.js';
import { findKinds } from './parseKind.js';

/** 会后 · 课后 · 会上 · 随后 … opening the clause, then …交流/讨论/研讨. */
const AFTER_DISCUSSED = /^[\s\u0000,，;；。]*(?:会后|课后|会上|会议上|随后|之后|结束后|授课结束后|讲课结束后|会议结束后|散会后)[\s\u0000,，]*[^,，;；。]{0,16}?(?:交流|讨论|研讨|座谈|谈体会|谈心得|谈感受|分享)/;
/** 围绕党课内容 · 结合党课精神 · 就学习内容 …交流/讨论/谈体会/学习心得: a talk about what was just done. */
const AROUND_DISCUSSED = /(?:围绕|结合|就|针对)[^,，;；。]{0,12}?(?:内容|精神|主题|要求|所讲|所学)[^,，;；。]{0,10}?(?:交流|讨论|研讨|座谈|谈体会|谈心得|谈感受|学习心得|分享)/;
/** A deed of its own told in the clause: a signing, a talk with someone, a film, a check, a lecture given. */
const OWN_DEED = /签订|签署|签了|签下|承诺书|责任书|谈话|谈心|谈了|观看|检查|讲授|授课|主讲|召开|自查|述责|述廉/;

/**
 * Whether `text` (an item of a message, as split into entries) only discusses a deed told just before it whose types are
 * `before` (the activity type codes the previous entry gave): it names no kind but those (党课内容 names 党课), no deed of its
 * own, and reads as a discussion of it. Such an item gives no record: what the member wrote is part of that deed.
 */
export function discussesDeedBefore(text: string, before: readonly (string | undefined)[]): boolean {
  if (before.length === 0) return false;
  // 会后 各支部 围绕 党课内容 开展了 交流讨论 (voice spacing, read with commas put in): the words alone are weighed.
  const rest = extractTitles(text).rest.replace(/[\s\u0000,，]+/g, '');
  if (!AFTER_DISCUSSED.test(rest) && !AROUND_DISCUSSED.test(rest)) return false;
  // …，并结合自身实际谈了体会 (round 69, gie): 谈了体会 is 谈体会 said in the past, no talk.
  if (OWN_DEED.test(rest.replace(/谈了?(?:体会|心得|感受)/g, ''))) return false;
  return findKinds(rest).every((k) => before.includes(k.code));
}

/**
 * 会后，大家围绕党课内容开展了讨论，并签订了廉洁承诺书 (round 69, gie; issue 10: two 党课 on the card beside the signing): the
 * opener (会后 · 课后 · 会上 …), who took part (大家 · 各支部 · 职工们), the discussion, then a deed of its own after 并/还/同时.
 * Groups: 1 opener with its break, 2 who, 3 the discussion, 4 the deed. Only opening an entry of its own (after ；/。): within
 * the deed's own clause (…讲了廉政党课，会后大家…讨论，并签订了…) the readers already keep one 党课, the signing with its audience.
 */
const DISCUSSION_THEN_DEED =
  /(?<=^|[;；。\n])([\s]*(?:会后|课后|会上|会议上|随后|之后|结束后|授课结束后|讲课结束后|会议结束后|散会后)[\s,，]*)([^,，;；。\n]{0,8}?)((?:围绕|结合|就|针对)[^,，;；。\n]{0,24}?(?:交流|讨论|研讨|座谈|谈体会|谈心得|谈感受|学习心得|分享)[^,，;；。\n]{0,6}|(?:开展了?|进行了?|展开了?)?(?:交流讨论|交流研讨|讨论交流|交流|讨论|研讨|座谈)|交流了?(?:学习)?(?:心得|体会)(?:体会)?)[\s]*[,，][\s]*(?:并|还|同时|随后|之后|然后|最后|接着)?[\s]*([^,，;；。\n]+)/g;

/**
 * `text` (a message after normalizeText) with each discussion of the deed told before it that runs on into a deed of its own
 * (会后，大家围绕党课内容开展了讨论，并签订了廉洁承诺书) written as that deed alone, its opener and who did it kept (会后，大家签订了
 * 廉洁承诺书): the discussion is part of the deed before (discussesDeedBefore), the signing a record of its own. Only when the
 * discussion names no kind the text has not told before it, and the deed names one; otherwise unchanged.
 */
export function withDiscussionBeforeDeed(text: string): string {
  return text.replace(DISCUSSION_THEN_DEED, (whole, opener: string, who: string, discussion: string, deed: string, at: number) => {
    const said = findKinds(extractTitles(text.slice(0, at)).rest).map((k) => k.code);
    const talked = findKinds(extractTitles(`${who}${discussion}`).rest);
    const ownDeed = deed.replace(/谈体会|谈心得|谈感受|谈了?(?:体会|心得|感受)/g, '');
    if (said.length === 0 || !talked.every((k) => said.includes(k.code)) || !OWN_DEED.test(ownDeed) || findKinds(extractTitles(deed).rest).length === 0) return whole;
    if (AFTER_DISCUSSED.test(deed) || AROUND_DISCUSSED.test(deed)) return whole;
    return `${opener.replace(/[\s,，]*$/, '')}，${who}${deed}`;
  });
}
