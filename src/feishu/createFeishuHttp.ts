// The SDK's HTTP layer with a per-request timeout, and with 200-but-code≠0 answers turned into failures instead of results.
import type { HttpInstance, HttpRequestOptions } from '@larksuiteoapi/node-sdk';
import { lark } from './larkSdk.js';
import { createNativeHttp } from './createNativeHttp.js';
import { httpInstanceOf } from './httpInstanceOf.js';
import { RejectedAnswer } from './toFeishuError.js';

export interface FeishuHttpOptions {
  timeoutMs: number;
  /**
   * Defaults to node's http for the SDK's plain JSON calls and the SDK's own axios instance (which unwraps `response.data`)
   * for the rest (createNativeHttp); we never mutate it.
   */
  base?: HttpInstance;
}

function rejectFailedAnswer(result: unknown, opts: HttpRequestOptions<unknown>): void {
  // With $return_headers the SDK gets {data, headers}; otherwise the body itself.
  const body = opts.$return_headers && typeof result === 'object' && result !== null ? (result as { data?: unknown }).data : result;
  if (typeof body !== 'object' || body === null) return;
  const code = (body as { code?: unknown }).code;
  if (typeof code === 'number' && code !== 0) throw new RejectedAnswer(body as Record<string, unknown>, opts.url ?? '');
}

export function createFeishuHttp(opts: FeishuHttpOptions): HttpInstance {
  const base = opts.base ?? createNativeHttp(lark.defaultHttpInstance as unknown as HttpInstance);
  const request = async <R>(req: HttpRequestOptions<unknown>): Promise<R> => {
    const result = await base.request<unknown, R>({ ...req, timeout: req.timeout ?? opts.timeoutMs });
    rejectFailedAnswer(result, req);
    return result;
  };
  return httpInstanceOf(request);
}
