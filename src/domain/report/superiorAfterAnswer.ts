// 李明「昨天谈了话」→ 和谁 → 「王建国」, or 「昨天和王建国谈了话」→ 哪类 → 「廉政谈话」 (round 28 o, issue 10): the
// answer completes a talk with the sender's superior, which the whole message written at once turns round to the superior
// (superiorHolds). The parser turns only drafts whose one open question is the day, so after any other answer nothing read
// the pair again and 李明>王建国 was stored at once.
import type { ConfirmReason, ParseContext } from './draft.js';
import type { PendingItem } from './followUp.js';
import { senderSoughtTalk, withSuperiorHolding } from './superiorHolds.js';

export interface SuperiorAfterAnswer {
  /** The items, talks and signings with the sender's superior turned round to the superior (actor) and the sender (counterpart). */
  items: PendingItem[];
  /** One 「王建国是您的上级…（记在王建国名下）」 per superior turned to, for the card. */
  remarks: string[];
  /** Whether anything was turned: the report then ends on the 确认 card as another's deed (`third_person`). */
  turned: boolean;
}

/**
 * The waiting report's `items` after an answer, read for a superior holding the talk exactly as parseReport reads a whole
 * message (withSuperiorHolding): a talk or signing of the sender's own with one counterpart above them in the chain, no
 * question left but the day. Left as they are when the report said the sender sought the talk (`sought`, kept on the dialog
 * since its text is not), when the answer says so (「王建国，我找他谈的」), or when the report was already read as a bare
 * name and type (`direction` among `reasons`: its card says which way round it was read). Items already turned are not
 * turned back (their actor is no longer the sender).
 */
export function withSuperiorAfterAnswer(
  items: PendingItem[],
  answer: string,
  ctx: ParseContext,
  waiting: { sought?: boolean; reasons?: readonly ConfirmReason[] },
): SuperiorAfterAnswer {
  if (waiting.sought === true || (waiting.reasons ?? []).includes('direction') || senderSoughtTalk(answer)) return { items, remarks: [], turned: false };
  const read = withSuperiorHolding(
    items.map((i) => ({ draft: i.draft, problems: i.problems, remarks: [] })),
    answer,
    ctx,
  );
  const remarks = [...new Set(read.flatMap((r) => r.remarks))];
  const turned = read.some((r, i) => r.draft.actorId !== items[i]!.draft.actorId);
  if (!turned) return { items, remarks: [], turned: false };
  // The rest of each item (its entry, whether a stated count made it) stays: t38b F7, 报送廉政信息2篇 named 「写了两遍」 after 和谁 was answered.
  return { items: read.map((r, i) => ({ ...items[i]!, draft: r.draft, problems: r.problems })), remarks, turned };
}

/**
 * Whether the report `text` says the sender sought the talk with someone it names (`names`: the people its drafts name), kept
 * on the waiting dialog so an answer that completes a talk with a superior leaves it the sender's (「我主动找王建国谈了话」).
 */
export function reportSought(text: string, names: readonly string[]): boolean {
  return senderSoughtTalk(text) || names.some((n) => senderSoughtTalk(text, n));
}
