// A request as the outbox stores it, validated first: one malformed item would make db.json fail validation at the next start.
import { type OutboxItem, outboxItemSchema } from '../store/dbSchema.js';
import type { OutboxRequest } from './outboxTypes.js';
import { outboxUuid } from './outboxUuid.js';

export function newOutboxItem(r: OutboxRequest, createdAt: string): OutboxItem {
  const item: OutboxItem = {
    key: r.key,
    uuid: outboxUuid(r.key),
    to: r.to,
    // A copy: the caller may reuse its card object for the next recipient.
    message: structuredClone(r.message),
    status: 'queued',
    createdAt,
    attempts: 0,
    ...(r.notBefore ? { notBefore: r.notBefore.toISOString() } : {}),
  };
  const check = outboxItemSchema.safeParse(item);
  if (!check.success) {
    const issue = check.error.issues[0];
    throw new Error(`outbox: cannot enqueue ${JSON.stringify(r.key)}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return item;
}
