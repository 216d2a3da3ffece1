// Turns whatever the SDK produced (AxiosError, a 200 with code≠0, a token Error, a timeout) into one FeishuError.
import { classifyFeishuFailure } from './classifyFeishuFailure.js';
import { FeishuError } from './FeishuError.js';

export interface FailureContext {
  /** What we were doing, e.g. "send message"; leads the error message. */
  operation: string;
  domain?: string;
  timeoutMs?: number;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null;

/** Thrown by our HTTP layer for an HTTP 200 whose body has code≠0, which the SDK would otherwise return as success. */
export class RejectedAnswer extends Error {
  constructor(
    readonly body: Rec,
    readonly url: string,
  ) {
    super(`Feishu answered code ${String(body.code)}`);
  }
}

function urlOf(err: Rec): string {
  if (err instanceof RejectedAnswer) return err.url;
  return isRecord(err.config) && typeof err.config.url === 'string' ? err.config.url : '';
}

/** A failed token fetch surfaces inside whatever call needed the token; say so. */
function withStep(ctx: FailureContext, url: string): FailureContext {
  return url.includes('/open-apis/auth/') ? { ...ctx, operation: `${ctx.operation} (getting the tenant access token)` } : ctx;
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (!isRecord(headers)) return undefined;
  const get = headers.get;
  const value = typeof get === 'function' ? (get as (n: string) => unknown).call(headers, name) : headers[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** Feishu's gateway says how many seconds until the window resets; honour it rather than guess. */
function retryAfterMs(headers: unknown): number | undefined {
  const raw = headerValue(headers, 'x-ogw-ratelimit-reset') ?? headerValue(headers, 'retry-after');
  const seconds = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
}

/**
 * The limit a 429 says was hit: `x-ogw-ratelimit-limit`, requests per window (open.feishu.cn 频控策略, 触发限制后的响应);
 * undefined when absent or not a whole number.
 */
function announcedLimit(headers: unknown): number | undefined {
  const raw = headerValue(headers, 'x-ogw-ratelimit-limit');
  const limit = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(limit) && limit > 0 ? limit : undefined;
}

/** An answer whose body carries Feishu's `code` (thrown for non-2xx, or returned as a 200 with code≠0). */
export function fromFeishuAnswer(
  body: unknown,
  httpStatus: number | undefined,
  headers: unknown,
  ctx: FailureContext,
  cause?: unknown,
): FeishuError {
  const data = isRecord(body) ? body : {};
  const feishuCode = typeof data.code === 'number' ? data.code : undefined;
  const msg = typeof data.msg === 'string' ? data.msg : typeof body === 'string' ? body.slice(0, 200) : 'no message';
  const logId = isRecord(data.error) && typeof data.error.log_id === 'string' ? data.error.log_id : undefined;
  const c = classifyFeishuFailure(httpStatus, feishuCode);
  const where = [feishuCode !== undefined ? `code ${feishuCode}` : undefined, httpStatus ? `HTTP ${httpStatus}` : undefined]
    .filter(Boolean)
    .join(', ');
  return new FeishuError({
    ...c,
    message: `Feishu ${ctx.operation} failed: ${msg} (${where})`,
    feishuCode,
    httpStatus,
    retryAfterMs: c.code === 'FEISHU_RATE_LIMITED' ? retryAfterMs(headers) : undefined,
    announcedLimit: c.code === 'FEISHU_RATE_LIMITED' ? announcedLimit(headers) : undefined,
    logId,
    cause,
  });
}

function networkError(err: Rec, ctx: FailureContext): FeishuError {
  const code = typeof err.code === 'string' ? err.code : undefined;
  const domain = ctx.domain ?? 'FEISHU_DOMAIN';
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(String(err.message));
  const hint = timedOut
    ? `Feishu did not answer within ${ctx.timeoutMs ?? '?'} ms at ${domain}. Check the network path (proxy, firewall, DNS); retrying is safe for sends that carry a uuid.`
    : code === 'ECONNREFUSED'
      ? `Nothing answered at ${domain} (connection refused). Check FEISHU_DOMAIN; in demo mode the local emulator must be running.`
      : `Could not reach Feishu at ${domain}${code ? ` (${code})` : ''}. Check the network, proxy settings and FEISHU_DOMAIN.`;
  return new FeishuError({
    code: 'FEISHU_NETWORK',
    message: `Feishu ${ctx.operation} failed: ${timedOut ? 'timed out' : String(err.message ?? code)}`,
    hint,
    retryable: true,
    cause: err,
  });
}

export function toFeishuError(err: unknown, ctx: FailureContext): FeishuError {
  if (err instanceof FeishuError) return err;
  if (err instanceof RejectedAnswer) return fromFeishuAnswer(err.body, 200, undefined, withStep(ctx, err.url), err);
  if (isRecord(err) && err.isAxiosError === true) {
    const step = withStep(ctx, urlOf(err));
    const response = isRecord(err.response) ? err.response : undefined;
    if (!response) return networkError(err, step);
    return fromFeishuAnswer(response.data, Number(response.status), response.headers, step, err);
  }
  // The SDK's token manager throws a plain Error when the token answer lacks a token.
  const text = err instanceof Error ? err.message : String(err);
  const token = /failed to get \w+, code: (\d+), msg: (.*)$/.exec(text);
  if (token) {
    return fromFeishuAnswer({ code: Number(token[1]), msg: token[2] }, undefined, undefined, withStep(ctx, '/open-apis/auth/'), err);
  }
  return new FeishuError({
    code: 'FEISHU_API',
    message: `Feishu ${ctx.operation} failed: ${text}`,
    hint: 'An unexpected error happened while calling Feishu; see the cause for details.',
    retryable: false,
    cause: err,
  });
}
