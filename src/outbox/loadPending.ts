// What a start picks up from the store: items queued or in flight when the process last stopped, in enqueue order.
import type { OutgoingMessage } from '../feishu/feishuTypes.js';
import type { OutboxItem } from '../store/dbSchema.js';
import type { Store } from '../store/openStore.js';
import type { PendingItem } from './createReceiverQueues.js';

export interface LoadedItem {
  item: PendingItem;
  /** Not before this business time (ms since epoch): a notBefore, or a retry that was waiting. */
  at?: number;
}

export function receiverOf(to: OutboxItem['to']): string {
  return 'openId' in to ? to.openId : to.chatId;
}

export function toPending(i: OutboxItem): PendingItem {
  return {
    key: i.key,
    uuid: i.uuid,
    to: i.to,
    receiver: receiverOf(i.to),
    message: i.message as OutgoingMessage,
    attempts: i.attempts,
    // `sending` means the process died during the attempt: Feishu may or may not have the message.
    ...(i.inDoubtSince || i.status === 'sending' ? { inDoubtSince: i.inDoubtSince ?? i.attemptAt ?? i.createdAt } : {}),
  };
}

export function loadPending(store: Store): LoadedItem[] {
  const items = store.read((db) => db.outbox.filter((i) => i.status === 'queued' || i.status === 'sending'));
  return items.map((i) => {
    const times = [i.notBefore, i.retryAt].filter((t): t is string => t !== undefined).map((t) => Date.parse(t));
    return times.length > 0 ? { item: toPending(i), at: Math.max(...times) } : { item: toPending(i) };
  });
}
