// 11月中旬参加了机关纪委组织的党纪学习教育培训 (round 21u #11): with a part of a month (or 上周) before 参加, the body that
// organised it was not seen as the subject, and the card put the training under the member who only attended.
import { bodyAsDoer, type BodyDoer } from './bodyAsDoer.js';
import type { ParseContext } from './draft.js';

/** 参加了 · 参与 · 出席了 · 听了, then the body that organised it. */
const ATTENDED = /(?:参加了?|参与了?|出席了?|听了)(?=[\s\u0000]*(?:由)?[\u4e00-\u9fa5]{0,4}?(?:党组|机关党委|机关纪委|纪检监察组|纪检组|纪委|党支部|党总支|支部))/;

/**
 * What may stand before 参加: the sender (我, or nobody) and when — 组联部全体党员参加了… is the department's attending,
 * its head's record (as the corpus has it), not this reading's. A heading before a colon (学习心得：) is no subject. Whom
 * the sender went with (我…和李娟一起参加了机关党委组织的… — t40b F20c: kept as the sender's own) is no subject either.
 */
const ONLY_WHEN = /^(?:[\s\u0000\d,.:;]|我|本人|于|在|另外|此外|还|也|又|(?:和|与|跟|同)[^,;:。]{1,8}?(?:一起|一同|一道)|一起|一同|上旬|中旬|下旬|月初|月中|月底|月末|上半月|下半月|上周|本周|这周|上个?月|本月|这个?月|月份?|近期|近日|日前|前段时间|最近)*$/;

/**
 * The body a member says they attended the activity of (参加了机关纪委组织的…), wherever the clause starts, with who answers
 * for it (bodyAsDoer's reading of the words from 参加 on); undefined when no such body is named.
 */
export function attendedBody(rest: string, ctx: ParseContext): BodyDoer | undefined {
  const m = ATTENDED.exec(rest);
  if (!m || !ONLY_WHEN.test(rest.slice(0, m.index).replace(/^.*[:：]/, ''))) return undefined;
  const body = bodyAsDoer(rest.slice(m.index), ctx);
  return body ? { ...body, start: body.start + m.index, end: body.end + m.index } : undefined;
}
