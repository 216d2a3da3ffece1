// 康复中心昨天开展了专项资金检查，对残疾儿童康复救助资金使用情况进行了自查，我和徐辉参加 (round 48, t51a F4: a second deed
// 自查总结 beside the check, which would fill the unit's yearly 自查总结 duty): a 自查 clause going on from a check, with no
// day of its own, tells how that check was done (对…进行了自查 · 开展自查 · 自查了…) — it is the check. A 自查总结/自查报告
// (a paper written) stays a deed of its own.
import { isCheckType, type ActivityTypeCode } from '../activityTypes.js';

/** A paper named with the 自查: the yearly written self-review, never a way of checking. */
const PAPER = /自查(?:自纠)?(?:工作)?(?:总结|报告)|(?:总结|报告)|撰写|形成|上报|报送|提交/;

/** The clause goes on from the check: no subject of its own (对…/就…/并…/开展/进行/自查 opening it). */
const GOES_ON = /^[\s\u0000,，]*(?:并|还|同时|也|随即|重点|逐项|逐一|认真|全面|专门)?[\s\u0000]*(?:对|就|针对|围绕|结合|开展|进行|自查|组织|逐项|逐一|认真|全面|重点)/;

/**
 * Whether `piece` (a clause of kind report_self, `hasDay` whether it names a day) goes on from a check of type
 * `checkKind` read just before it and only tells how that check was done, so it joins the check (no 自查总结 of its own).
 */
export function selfCheckOfCheck(piece: string, kind: ActivityTypeCode | undefined, hasDay: boolean, checkKind: ActivityTypeCode | undefined): boolean {
  if (kind !== 'report_self' || hasDay || !isCheckType(checkKind)) return false;
  if (PAPER.test(piece)) return false;
  return GOES_ON.test(piece);
}

/** A clause break. */
const BREAK = /[,，;；。!?！？\n]/;

/**
 * Whether type match `m` (code and place in `text`) is the 自查 of a clause that tells how a check among `matches`, before
 * it on the line, was done (t51a F4): taken by that check's record, so neither a type passed over (「未按自查总结」) nor a
 * deed left out (「消息里的「自查总结」没有对应到任何记录」).
 */
export function selfCheckMatchOfCheck(text: string, m: { code: ActivityTypeCode; start: number; end: number }, matches: readonly { code: ActivityTypeCode; start: number; end: number }[]): boolean {
  if (m.code !== 'report_self') return false;
  const check = matches.find((c) => isCheckType(c.code) && c.end <= m.start && BREAK.test(text.slice(c.end, m.start)));
  if (check === undefined) return false;
  let start = m.start;
  while (start > 0 && !BREAK.test(text[start - 1]!)) start--;
  let end = m.end;
  while (end < text.length && !BREAK.test(text[end]!)) end++;
  return selfCheckOfCheck(text.slice(start, end), 'report_self', false, check.code);
}
