// 「第3条不要，那是市残联统一组织的，我只是参加」 (round 48, t51b F8): after item 3 left the card, 「您是参加者，组织者没能确定，
// 暂记在您名下」 — said of item 3 alone — stayed on it. A reason to confirm that speaks of one record goes with that record.
import type { ConfirmReason } from './draft.js';
import type { PendingItem } from './followUp.js';

/**
 * The reasons that speak of one record (who it was put under, how its day or count was read), as opposed to those of the
 * whole message (long, many, items, unsure…), which stay whatever is taken off.
 */
export const ITEM_REASONS: ReadonlySet<ConfirmReason> = new Set<ConfirmReason>([
  'took_part',
  'third_person',
  'subject_unclear',
  'direction',
  'companion',
  'check_companion',
  'day_span',
  'blank_doer',
  'unit_word',
  'count_unlike',
  // Round 64, gdi (t67a P5): 「类型是从写法推断的」 said of 孙丽's 检查本科室报销票据 stayed after that line left the card.
  'inferred_type',
]);

/** The reasons of `reasons` a parsed record gave of itself alone (ITEM_REASONS), to keep on its PendingItem. */
export function ownItemReasons(reasons: readonly ConfirmReason[] | undefined): { reasons?: ConfirmReason[] } {
  const own = (reasons ?? []).filter((r) => ITEM_REASONS.has(r));
  return own.length > 0 ? { reasons: own } : {};
}

/**
 * The card's `reasons` once the records `before` became `after`: a reason that some record no longer on the card (not in
 * `after`, by identity) gave of itself alone, and that no record left gives, goes. Every other reason stays, so records
 * read before items carried their reasons (no `reasons` field) keep the card as it was.
 */
export function reasonsAfterDrop(reasons: readonly ConfirmReason[], before: readonly PendingItem[], after: readonly PendingItem[]): ConfirmReason[] {
  const gone = before.filter((i) => !after.includes(i));
  return reasons.filter((r) => !gone.some((i) => i.reasons?.includes(r)) || after.some((i) => i.reasons?.includes(r)));
}
