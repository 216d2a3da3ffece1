// What a failed send means for the outbox: retry (whom to hold back, whether Feishu may have sent it anyway) or give up.
import { FeishuError } from '../feishu/FeishuError.js';

export interface StoredError {
  code: string;
  message: string;
  feishuCode?: number;
  hint?: string;
}

export type SendFailure =
  | {
      retry: true;
      /** `app`: Feishu's per-app limit (HTTP 429), every send waits; `receiver`: only this person or chat waits. */
      scope: 'app' | 'receiver';
      /** Feishu may have sent it (timeout, 5xx): only the uuid stops a duplicate, and only for an hour. */
      inDoubt: boolean;
      /** An app-wide 429's `x-ogw-ratelimit-limit` and `x-ogw-ratelimit-reset` (ms), for the limiter to learn from. */
      announced?: { limit: number; resetMs: number | undefined };
      error: StoredError;
      cause: unknown;
    }
  | { retry: false; error: StoredError; cause: unknown };

const PER_APP_LIMIT_CODE = 99991400;

function stored(err: FeishuError): StoredError {
  return {
    code: err.code,
    message: err.message.slice(0, 300),
    ...(err.feishuCode === undefined ? {} : { feishuCode: err.feishuCode }),
    hint: err.hint,
  };
}

export function classifySendFailure(err: unknown): SendFailure {
  if (!(err instanceof FeishuError)) {
    // The client turns every Feishu failure into a FeishuError, so this is a bug of ours: retrying would repeat it.
    const message = err instanceof Error ? err.message : String(err);
    return { retry: false, error: { code: 'OUTBOX_UNEXPECTED', message: message.slice(0, 300) }, cause: err };
  }
  if (!err.retryable) return { retry: false, error: stored(err), cause: err };
  if (err.code === 'FEISHU_RATE_LIMITED') {
    // Both rate-limit answers refuse the request before it is processed: nothing was sent.
    const app = err.httpStatus === 429 || err.feishuCode === PER_APP_LIMIT_CODE;
    const announced = app && err.announcedLimit !== undefined ? { announced: { limit: err.announcedLimit, resetMs: err.retryAfterMs } } : {};
    return { retry: true, scope: app ? 'app' : 'receiver', inDoubt: false, error: stored(err), cause: err, ...announced };
  }
  return { retry: true, scope: 'receiver', inDoubt: true, error: stored(err), cause: err };
}
