// 「这条不要」「这句是总述，不用单独记」「第2条不要」 while a question waits on one item of a many-item report: that item
// leaves, said with what it was, and the rest goes on to its next question or to the 确认 card (round 29 q).
import type { AskedItemDrop } from '../domain/report/askedItemDrop.js';
import type { PendingItem } from '../domain/report/followUp.js';
import { entryNumbers, messageEntryItems } from '../domain/report/messageEntryItems.js';
import { reasonsAfterDrop } from '../domain/report/reasonsAfterDrop.js';
import { shanghaiDate } from '../domain/shanghai.js';
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import { followUpCard } from './askFollowUp.js';
import type { BotDeps } from './botDeps.js';
import { describePending } from './describeActivity.js';
import { clearDialog, saveDialog, type DialogData } from './dialogStore.js';
import type { Reporter } from './recordReport.js';
import { settleReport } from './settleReport.js';
import { withNotice } from './withNotice.js';

/** The turn a drop answers: who wrote, the report dialog waiting on a question, and the event it came in. */
export interface DropTurn {
  who: Reporter;
  dialog: DialogData & { kind: 'report' };
  /** dialogKey of the chat and sender. */
  key: string;
  sourceEventId: string;
  sourceMessageId?: string;
  now: Date;
}

/** The items 剩下这两条 points at: those still asked about, or the last `count` (最后两条), when as many as said. */
function restItems(items: readonly PendingItem[], drop: { count?: number; end?: boolean }): number[] {
  const asked = drop.end && drop.count !== undefined ? items.map((_, k) => k).slice(-drop.count) : items.flatMap((i, k) => (i.problems.length > 0 ? [k] : []));
  return drop.count === undefined || asked.length === drop.count ? asked : [];
}

/** 「（类型未知）｜2026-11-18｜办公室」: the item as the question card showed it. */
function shown(deps: BotDeps, item: PendingItem, today: string): string {
  return describePending(deps.directory, deps.duties, item.draft, today);
}

/**
 * Leaves out the item `drop` names (the one asked about, or the Nth of the message) and goes on with the rest: the next
 * question (the dialog saved without it), or the 确认 card (reason `card_edited`, never stored at once: what remains
 * was read beside a line the member just said was no deed), or, nothing left, the report ended with nothing recorded.
 * The reply says what was left out. A number beyond the list leaves everything as it was and says so.
 */
export async function dropWaitingItem(deps: BotDeps, turn: DropTurn, drop: AskedItemDrop): Promise<OutgoingMessage> {
  const today = shanghaiDate(turn.now);
  const items = turn.dialog.items;
  // 第N条 is the member's own number of the message's entry when the items carry it (one entry may have given several
  // records: all leave), else the N-th item (round 31f X4: the bot's own order had taken off another item).
  // 只记孙杰那条 (keptItemOnly, round 58 fdb): every item but the one kept.
  const again = (): OutgoingMessage => ({ kind: 'card', card: followUpCard(deps, items, today, turn.dialog.week, turn.dialog.month && !turn.dialog.week ? { month: turn.dialog.month } : undefined) });
  const indexes =
    drop.kind === 'asked'
      ? [items.findIndex((i) => i.problems.length > 0)].filter((k) => k >= 0)
      : drop.kind === 'keep'
        ? items.map((_, i) => i).filter((i) => i !== drop.index)
        : drop.kind === 'these'
          ? drop.indexes.filter((i) => i < items.length)
          : drop.kind === 'rest'
            ? restItems(items, drop)
            : [...new Set([drop.index, ...(drop.also ?? [])].flatMap((n) => messageEntryItems(items, n + 1)))];
  // 第3条第4条第5条 (round 63, gci; t66a B-F2: only 第3条 left): numbers not on the message are said, the others still leave.
  const missing = drop.kind === 'index' ? [drop.index, ...(drop.also ?? [])].filter((n) => messageEntryItems(items, n + 1).length === 0).map((n) => n + 1) : [];
  // 剩下这两条也是合计 (round 63, gci; t66a B-F2: the whole message cancelled): the items asked about, when as many as said;
  // never every item of the message — that is said and the question kept.
  if (drop.kind === 'rest' && (indexes.length === 0 || indexes.length === items.length)) {
    // 最后三条不用记 of two items (round 64, gdb): more than the message gave is said, nothing taken.
    const beyond = drop.count !== undefined && drop.count > items.length;
    const said = beyond
      ? `这条消息只读出 ${items.length} 条，没有${drop.count}条可以去掉，没有去掉任何一条。`
      : indexes.length === 0
        ? '没看出「这几条」指的是哪几条，没有去掉任何一条。'
        : '这样这条消息就一条也不剩了，没有去掉任何一条。';
    const how = `请说「第N条不用记」（可以一次说几条），或回答下面的问题；整条消息都不要请回复「取消」。`;
    return withNotice(again(), [said + how]) ?? again();
  }
  if (indexes.length === 0) {
    const n = drop.kind === 'index' ? drop.index + 1 : 0;
    const numbers = entryNumbers(items);
    const has = items.every((i) => i.entry !== undefined) ? `这条消息里的是第${numbers.join('、')}条` : `这条消息只读出 ${items.length} 条`;
    const said = `${has}，没有第${n}条，没有去掉任何一条。请回答下面的问题，或回复「这条不要」去掉正在问的这一条、「取消」放弃整条消息。`;
    return withNotice(again(), [said]) ?? again();
  }
  const rest = items.filter((_, i) => !indexes.includes(i));
  const what = indexes.map((k) => shown(deps, items[k]!, today)).join('」「');
  const none = missing.length > 0 ? `（这条消息里没有第${missing.join('、')}条）` : '';
  if (rest.length === 0) {
    await clearDialog(deps.store, turn.key, turn.dialog.cardId);
    return { kind: 'text', text: `好的，已去掉「${what}」${none}，不记录。这条消息没有其他内容，没有记录任何内容。` };
  }
  const notice = `好的，已去掉「${what}」${none}，不记录；其余 ${rest.length} 条照常。`;
  if (rest.some((i) => i.problems.length > 0)) {
    await saveDialog(deps.store, turn.key, { ...turn.dialog, items: rest }, turn.now);
    const next: OutgoingMessage = { kind: 'card', card: followUpCard(deps, rest, today, turn.dialog.week, turn.dialog.month && !turn.dialog.week ? { month: turn.dialog.month } : undefined) };
    return withNotice(next, [notice]) ?? next;
  }
  // What was said of the item taken off alone (您是参加者…暂记在您名下) goes with it (t51b F8).
  const before = reasonsAfterDrop(turn.dialog.reasons ?? [], items, rest);
  const reasons = before.includes('card_edited') ? before : [...before, 'card_edited' as const];
  const messageIds = [...(turn.dialog.messageIds ?? []), ...(turn.sourceMessageId ? [turn.sourceMessageId] : [])];
  const card = await settleReport(deps, {
    items: rest,
    remarks: [...turn.dialog.remarks, `已按您的回复去掉「${what}」，不记录`],
    reasons,
    who: turn.who,
    key: turn.key,
    sourceEventId: turn.sourceEventId,
    ...(turn.sourceMessageId ? { sourceMessageId: turn.sourceMessageId } : {}),
    relatedMessageIds: messageIds.filter((id) => id !== turn.sourceMessageId),
    now: turn.now,
    ...(turn.dialog.cardId !== undefined ? { replacing: turn.dialog.cardId } : {}),
  });
  const out: OutgoingMessage = { kind: 'card', card };
  return withNotice(out, [notice]) ?? out;
}
