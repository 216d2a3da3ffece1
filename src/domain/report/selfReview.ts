// 对照检查 · 自我检查 · 检查剖析 · 查摆: what members do of themselves at a 民主生活会 or 组织生活会 — no check of anyone else.
// Round 69 (gib; t71c): 杨帆「前天王磊部长组织宣文部召开了专题组织生活会，对照检查作风问题」 was put on a card as a 作风纪律检查
// (检查…作风 read as the check): a check type whose check word stands inside such a phrase is no deed of its own.
// 开展作风纪律检查，检查了考勤 stays the check it is.
import type { KindMatch } from './parseKind.js';
import { isCheckType } from '../activityTypes.js';

/** The self-review phrases (round 36's four of parseSegment, and 检查剖析 · 对照检视 · 查摆 · 自我剖析 written at a 生活会). */
export const SELF_REVIEW = /对照检查|对照检视|检视剖析|检查剖析|剖析检查|自我检查|个人检查|自我剖析|查摆/g;

/** The spans [start, end) of every self-review phrase in `text`. */
function selfReviewSpans(text: string): [number, number][] {
  return [...text.matchAll(SELF_REVIEW)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Whether check match `m` (作风纪律检查 · 专项资金检查 …) of `text` takes its check word from a self-review phrase: it
 * overlaps one (对照检查作风问题 · 作风方面进行了对照检查). Any other kind, or a check clear of such phrases: false.
 */
export function checkOfSelfReview(text: string, m: KindMatch): boolean {
  if (!isCheckType(m.code)) return false;
  return selfReviewSpans(text).some(([start, end]) => m.start < end && start < m.end);
}
