// Retries an operation while its error says it is retryable, waiting what Feishu asked for or backing off exponentially with jitter.

export interface RetryOptions {
  /** Total tries, the first included (default 4). */
  attempts?: number;
  baseDelayMs?: number;
  /** Caps every wait, including a server-announced one (default 30 s). */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1; injectable so tests get exact delays. */
  random?: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Duck-typed so any error carrying `retryable: true` (FeishuError does) qualifies. */
function retryInfo(error: unknown): { retryable: boolean; retryAfterMs?: number } {
  if (typeof error !== 'object' || error === null) return { retryable: false };
  const e = error as { retryable?: unknown; retryAfterMs?: unknown };
  return {
    retryable: e.retryable === true,
    retryAfterMs: typeof e.retryAfterMs === 'number' && e.retryAfterMs >= 0 ? e.retryAfterMs : undefined,
  };
}

export function retryDelayMs(attempt: number, error: unknown, opts: Required<Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>>): number {
  const { retryAfterMs } = retryInfo(error);
  // Feishu's reset header is authoritative; a little jitter stops every sender waking in the same millisecond.
  const raw =
    retryAfterMs !== undefined
      ? retryAfterMs + Math.floor(opts.random() * Math.min(250, opts.baseDelayMs))
      : Math.floor(opts.baseDelayMs * 2 ** (attempt - 1) * (0.5 + opts.random() / 2));
  return Math.min(raw, opts.maxDelayMs);
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const timing = {
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    random: options.random ?? Math.random,
  };
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || !retryInfo(error).retryable) throw error;
      const delayMs = retryDelayMs(attempt, error, timing);
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}
