// 「廉政」「廉政的」「谈的是廉政」「谈心方面的」 to 「是哪类活动？」 asked of a talk with someone named (round 28 o, issue 10):
// the member names the kind of the talk by its first word. parseKind needs 谈话 beside it, so the same question came back.
import type { ActivityTypeCode } from '../activityTypes.js';
import { normalizeText } from './parseNormalize.js';

/** The answer is nothing but a talk's kind word, with the padding people type around it. */
const SHORT = /^(?:是|就是|谈的是|聊的是|属于|算)?(廉政|廉洁|廉正|谈心|交心)(?:方面|方面的|内容的|的|类|类的)?(?:吧|啊|呀|哈)?[。.!！\s]*$/;

/**
 * The talk kind a bare kind word answers (廉政/廉洁 → 廉政谈话, 谈心/交心 → 谈心谈话), or undefined. Only for an untyped deed
 * that already has someone it was held with (the caller checks): 「廉政」 alone could as well be a 廉政教育.
 */
export function shortTalkKind(answer: string): ActivityTypeCode | undefined {
  const m = SHORT.exec(normalizeText(answer).trim());
  if (!m) return undefined;
  return m[1] === '谈心' || m[1] === '交心' ? 'talk_heart' : 'talk_integrity';
}
