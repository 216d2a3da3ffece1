// Query for the inspectors' daily digest: messages the outbox gave up on since a moment.
import type { Recipient } from '../feishu/feishuTypes.js';
import type { Store } from '../store/openStore.js';
import type { StoredError } from './classifySendFailure.js';
import { compareText } from '../domain/compareText.js';

export interface OutboxFailure {
  key: string;
  to: Recipient;
  failedAt: string;
  attempts: number;
  /** `code` is a FeishuErrorCode (FEISHU_BAD_RECEIVER, …), OUTBOX_IN_DOUBT or OUTBOX_UNEXPECTED; `hint` says what to fix. */
  error: StoredError;
}

/** Permanent failures with failedAt ≥ since, oldest first. */
export function failedSince(store: Store, since: Date): OutboxFailure[] {
  const from = since.toISOString();
  return store
    .read((db) => db.outbox.filter((i) => i.status === 'failed' && (i.failedAt ?? '') >= from))
    .map((i) => ({
      key: i.key,
      to: i.to,
      failedAt: i.failedAt!,
      attempts: i.attempts,
      error: i.error ?? { code: 'OUTBOX_UNEXPECTED', message: 'failed without a recorded error' },
    }))
    .sort((a, b) => compareText(a.failedAt, b.failedAt));
}
