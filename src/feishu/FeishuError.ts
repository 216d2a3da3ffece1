// The one error type for anything that goes wrong talking to Feishu: our code, Feishu's code, and what an operator should do.

export type FeishuErrorCode =
  | 'FEISHU_AUTH'
  | 'FEISHU_SCOPE'
  | 'FEISHU_RATE_LIMITED'
  | 'FEISHU_BAD_RECEIVER'
  | 'FEISHU_TOO_LARGE'
  | 'FEISHU_SERVER'
  | 'FEISHU_NETWORK'
  | 'FEISHU_API';

export interface FeishuErrorInit {
  code: FeishuErrorCode;
  message: string;
  hint: string;
  retryable: boolean;
  feishuCode?: number;
  httpStatus?: number;
  retryAfterMs?: number;
  /** On a 429: the limit Feishu applied (`x-ogw-ratelimit-limit`: requests a window; 频控策略). */
  announcedLimit?: number;
  /** Feishu's log id; quote it when asking Feishu support. */
  logId?: string;
  cause?: unknown;
}

export class FeishuError extends Error {
  override readonly name = 'FeishuError';
  readonly code: FeishuErrorCode;
  readonly feishuCode: number | undefined;
  readonly httpStatus: number | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly announcedLimit: number | undefined;
  readonly hint: string;
  readonly logId: string | undefined;

  constructor(init: FeishuErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.feishuCode = init.feishuCode;
    this.httpStatus = init.httpStatus;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
    this.announcedLimit = init.announcedLimit;
    this.hint = init.hint;
    this.logId = init.logId;
  }
}
