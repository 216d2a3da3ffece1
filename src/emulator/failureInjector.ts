// Injected failures (429, 230020, 5xx, a hung request) answered before the real handler, in the order they were queued.
import type { MiddlewareHandler } from 'hono';
import { type EmulatorEnv, answer } from './emulatorEnv.js';
import type { FailSpec } from './emulatorTypes.js';
import { openApiError } from './openApiErrors.js';

export const TOKEN_PATH = '/open-apis/auth/v3/tenant_access_token/internal';

export interface FailureInjector {
  add(spec: FailSpec): void;
  middleware: MiddlewareHandler<EmulatorEnv>;
  /** Answers every held request at once (with a 503) so close() never waits on a fake hang. */
  releaseAll(): void;
  /** Requests held by a `timeout` now. */
  held(): number;
  clear(): void;
}

export interface FailureInjectorOptions {
  defaultHoldMs: number;
  maxHoldMs: number;
}

interface Pending {
  spec: FailSpec;
  left: number;
  /** For `forMs`: fails every matching request until then (Date.now ms). */
  until?: number;
}

export function createFailureInjector(opts: FailureInjectorOptions): FailureInjector {
  let queue: Pending[] = [];
  const holds = new Set<() => void>();

  const matches = (spec: FailSpec, path: string, uuid: string | undefined): boolean =>
    (spec.path ? spec.path.test(path) : path !== TOKEN_PATH) && (spec.uuid === undefined || (uuid !== undefined && spec.uuid.test(uuid)));

  function take(path: string, uuid: string | undefined): FailSpec | undefined {
    const now = Date.now();
    queue = queue.filter((p) => (p.until !== undefined ? p.until > now : p.left > 0));
    const pending = queue.find((p) => matches(p.spec, path, uuid));
    if (!pending) return undefined;
    if (pending.until === undefined) pending.left -= 1;
    return pending.spec;
  }

  /** Resolves true when the hold elapsed, false when close() released it early. */
  function hold(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const release = (): void => {
        clearTimeout(timer);
        holds.delete(release);
        resolve(false);
      };
      const timer = setTimeout(() => {
        holds.delete(release);
        resolve(true);
      }, ms);
      holds.add(release);
    });
  }

  const middleware: MiddlewareHandler<EmulatorEnv> = async (c, next) => {
    // The body recordCalls parsed (before this middleware), for a spec that names a uuid.
    const body = c.get('body') as { uuid?: unknown } | undefined;
    const spec = take(c.req.path, typeof body?.uuid === 'string' ? body.uuid : undefined);
    if (!spec) return next();
    switch (spec.kind) {
      case 'rate_limit_429': {
        const reset = String(spec.resetSeconds ?? 1);
        return answer(c, openApiError('rateLimited'), {
          'x-ogw-ratelimit-limit': '50',
          'x-ogw-ratelimit-reset': reset,
        });
      }
      case 'rate_limit_230020':
        return answer(c, openApiError('frequencyLimit'));
      case 'server_error':
        return answer(c, openApiError('internal'));
      case 'timeout': {
        const ms = Math.min(spec.holdMs ?? opts.defaultHoldMs, opts.maxHoldMs);
        // After the hold the request is handled normally: the dangerous case where the client gave up but Feishu sent.
        if (await hold(ms)) return next();
        return c.json({ code: 1500, msg: 'emulator closing' }, 503);
      }
    }
  };

  return {
    add(spec) {
      if (spec.forMs !== undefined && spec.forMs > 0) queue.push({ spec, left: 0, until: Date.now() + spec.forMs });
      else if (spec.times > 0) queue.push({ spec, left: spec.times });
    },
    middleware,
    releaseAll() {
      for (const release of [...holds]) release();
    },
    clear() {
      queue = [];
    },
    held: () => holds.size,
  };
}
