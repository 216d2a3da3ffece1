// Feishu's idempotency uuid for an outbox key: the same key always yields the same uuid, so a send retried after a crash is de-duplicated.
import { createHash } from 'node:crypto';

/** 40 hex characters (160 bits of sha256): under Feishu's 50-character limit, and keys of any length fit. */
export function outboxUuid(key: string): string {
  return `qf${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 40)}`;
}
