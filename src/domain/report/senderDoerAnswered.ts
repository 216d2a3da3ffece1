// 「是我找他谈的」 to 「陈志强是和谁谈的？」 (round 64, gdc; t66a B-F9: not understood, the question asked again): the report was
// read as the named person's talk, and the member answers that they held it themselves — the talk is the member's, with
// that person as the one talked to (as 「我找陈志强谈的」 would have been read in the message).
import type { PendingItem } from './followUp.js';
import { normalizeText } from './parseNormalize.js';

/**
 * 是我找他谈的 · 我找他谈的 · 是我和他谈的 · 其实是我跟她谈的 · 是我谈的 · 我主谈的 · 是我找他签的, with maybe 不是他找我 after:
 * the member the doer and 他/她 the one the question named.
 */
const ME_DOER =
  /^(?:不是[,\s]*)?(?:是|其实是|应该是|实际是)?(?:我|本人)(?:(?:找|约|和|跟|与|同|给)(?:他|她)(?:谈话|谈|签)|谈|主谈|签)(?:了)?(?:的)?(?:[,\s]*不是(?:他|她)(?:来)?找(?:的)?我(?:谈|签)?(?:的)?)?$/;
/** 好的， · 嗯 · 哦 · 不对，: words before the answer that change nothing. */
const LEAD = /^(?:好的|好|嗯嗯|嗯|哦|噢|不对)[,\s]*/;

/**
 * The waiting `items` with item `asked` (its first problem missing_counterpart, its doer someone other than `senderId`)
 * turned round by `text` saying the member held it (是我找他谈的): the doer the member (no actorId, as the member's own
 * drafts are), the one asked about the one talked to, that question closed. Undefined when `text` says no such thing or
 * the item is not such a question. Pure.
 */
export function senderDoerAnswered(items: PendingItem[], asked: number, text: string, senderId: string): PendingItem[] | undefined {
  const t = normalizeText(text).trim().replace(LEAD, '').replace(/[\s。.!！~～]+$/g, '');
  if (!ME_DOER.test(t)) return undefined;
  const item = items[asked];
  const doer = item?.draft.actorId;
  if (!item || item.problems[0]?.code !== 'missing_counterpart' || doer === undefined || doer === senderId) return undefined;
  const { actorId: _held, ...rest } = item.draft;
  const answered: PendingItem = {
    ...item,
    draft: { ...rest, counterpartIds: [doer] },
    problems: item.problems.filter((p) => p.code !== 'missing_counterpart'),
  };
  return items.map((i, k) => (k === asked ? answered : i));
}
