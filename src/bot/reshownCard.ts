// A waiting 确认 card shown again after a change made on it (a record left out, a day taken back): one way to do it, so a
// change never loses the card's remarks, its message ids, or the rule that the old card stops recording.
import { reasonsAfterDrop } from '../domain/report/reasonsAfterDrop.js';
import type { PendingItem } from '../domain/report/followUp.js';
import type { ConfirmReason } from '../domain/report/draft.js';
import { MANY_RECORDS } from '../domain/report/confirmReasons.js';
import { doerRemarksKept } from '../domain/report/doerRemarksKept.js';
import { meetingPlacedForDoer } from '../domain/report/meetingPlacedForDoer.js';
import type { BotDeps } from './botDeps.js';
import type { DialogData } from './dialogStore.js';
import type { Reporter } from './recordReport.js';
import { settleReport } from './settleReport.js';

type Confirm = Extract<DialogData, { kind: 'confirm' }>;

/** The turn that changed the card: who answered, the event and message carrying it, and when. */
export interface CardChangeTurn {
  who: Reporter;
  sourceEventId: string;
  sourceMessageId?: string;
  now: Date;
}

/**
 * Settles `items` again as the waiting card `d` (dialog key `key`) with `reason` added to its reasons, so the result is
 * a card for 确认 (the change is never stored unseen, issue 10) that replaces `d`'s card: a tap on the old one must not
 * store what was changed or left out. Returns what settleReport returns.
 */
export function reshownCard(deps: BotDeps, turn: CardChangeTurn, key: string, d: Confirm, items: PendingItem[], reason: ConfirmReason): ReturnType<typeof settleReport> {
  // 一次超过3条 said of a card left with three after a drop (round 32a F6: stale) no longer holds: it goes with the records.
  // 您是参加者…暂记在您名下 said of a record taken off (t51b F8: stale after 「第3条不要」) goes with it.
  // Round 64, gdi (t67a P4): 「类型是从写法推断的」 stayed after 「是专题会议」 on the card — once the member's edit set a
  // record's type, the type is theirs, no longer inferred.
  const typeSaid = items.some((i, n) => d.items[n] !== undefined && i.draft.type !== d.items[n]!.draft.type);
  const keptReasons = reasonsAfterDrop(d.reasons, d.items, items).filter((r) => (r !== 'many' || items.length > MANY_RECORDS) && (r !== 'inferred_type' || !typeSaid));
  const reasons: ConfirmReason[] = keptReasons.includes(reason) ? keptReasons : [...keptReasons, reason];
  // 谈话人为王建国（代为上报） after 「活动人是张伟书记」 (round 33b, F8): a doer no record has now is no longer said.
  const kept = doerRemarksKept(d.remarks, items.map((i) => i.draft), turn.who.person.id, (id) => deps.directory.person(id)?.name);
  // 活动人改成刘芳 on a 分管科室会议 given to the head (t46a F1's kind): its departments checked again for the doer now.
  const placed = meetingPlacedForDoer(items, kept, deps.directory, turn.who.person.id);
  return settleReport(deps, {
    items: placed.items,
    remarks: placed.remarks,
    reasons,
    who: turn.who,
    key,
    sourceEventId: turn.sourceEventId,
    ...(d.sourceMessageId ? { sourceMessageId: d.sourceMessageId } : {}),
    relatedMessageIds: [...(d.relatedMessageIds ?? []), ...(turn.sourceMessageId ? [turn.sourceMessageId] : [])],
    now: turn.now,
    ...(d.cardId !== undefined ? { replacing: d.cardId } : {}),
  });
}
