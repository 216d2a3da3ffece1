// Round 34a F0 (issue 10): the duplicate check ran when a 确认 card was built, never again at 确认. A clerk's card of
// 李明's talk waited while 李明 reported it himself (or confirmed his own card first), and 确认 stored it a second time.
import type { PendingItem } from '../domain/report/followUp.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { BotDeps } from './botDeps.js';
import { describePending } from './describeActivity.js';
import { mirroredRecord } from './mirroredRecord.js';
import { sameDeedRecord } from './sameDeedRecord.js';
import { duplicatesOf } from './settleReport.js';

/**
 * The indexes (0-based, card order) among `keep` whose record entered the ledger after the card was built: the
 * ledger holds the same deed now (duplicatesOf), but the card did not say so (`known`, its duplicates then). Records
 * made by `sourceEventId` (the 确认 itself, replayed after a crash) are none.
 */
export function duplicatesSinceCard(deps: BotDeps, items: readonly PendingItem[], known: readonly number[], keep: readonly number[], senderId: string, sourceEventId: string): number[] {
  const now = duplicatesOf(
    deps,
    items.map((i) => i.draft),
    senderId,
    sourceEventId,
  );
  return now.filter((i) => keep.includes(i) && !known.includes(i));
}

/**
 * Who recorded the deed of `items[index]` while its card waited, as said to the sender: 「您」 for the sender's own
 * record (another card of theirs confirmed first), else the reporter's name (李明 reporting his own talk).
 */
function recordedBy(deps: BotDeps, item: PendingItem, senderId: string, sourceEventId: string): string {
  const actor = item.draft.actorId ?? senderId;
  const record = sameDeedRecord(deps, item.draft, senderId, sourceEventId) ?? mirroredRecord(deps, item.draft, actor, sourceEventId);
  const by = record !== undefined ? deps.directory.byOpenId(record.reporter) : undefined;
  if (by === undefined) return '其他人';
  return by.id === senderId ? '您' : by.name;
}

/**
 * The receipt's line for each record held back at 确认 because the same deed was recorded while the card waited:
 * 「第2条（廉政谈话｜…）在卡片等待确认期间已由李明记录，…」, with how to record it anyway. Nothing is left out unsaid.
 */
export function sinceCardLines(deps: BotDeps, items: readonly PendingItem[], indexes: readonly number[], senderId: string, sourceEventId: string, now: Date): string[] {
  const today = shanghaiDate(now);
  return indexes.map((i) => {
    const item = items[i]!;
    const which = items.length > 1 ? `第${i + 1}条` : '这条';
    const what = describePending(deps.directory, deps.duties, item.draft, today, senderId);
    return `${which}（${what}）在卡片等待确认期间已由${recordedBy(deps, item, senderId, sourceEventId)}记录，已有一条相同记录，同一次只记一次，没有再记；若确是另一次，请重新发送并回复「仍要记录」`;
  });
}

/** Said above the card shown again when every record 确认 would store was recorded while it waited. */
export function sinceCardNotice(deps: BotDeps, items: readonly PendingItem[], indexes: readonly number[], senderId: string, sourceEventId: string): string {
  const who = [...new Set(indexes.map((i) => recordedBy(deps, items[i]!, senderId, sourceEventId)))].join('、');
  return `在这张卡片等待确认期间，${who}已记录了相同的活动（已有一条相同记录），所以这次没有记录。若确实是另一次，请回复「仍要记录」；否则回复「取消」。`;
}
