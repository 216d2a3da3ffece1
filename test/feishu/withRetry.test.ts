// withRetry: which errors it retries, how long it waits, and recovering a real send from 429s.
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import { FeishuError } from '../../src/feishu/FeishuError.js';
import { withRetry } from '../../src/feishu/withRetry.js';
import { APP, ZHANG, startEmulator } from '../emulator/harness.js';

function recorder(): { sleeps: number[]; sleep: (ms: number) => Promise<void> } {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms) => void sleeps.push(ms) };
}

const retryable = (retryAfterMs?: number) =>
  new FeishuError({ code: 'FEISHU_SERVER', message: 'boom', hint: 'h', retryable: true, retryAfterMs });

describe('withRetry', () => {
  it('backs off exponentially (with jitter at its floor) until the call succeeds', async () => {
    const { sleeps, sleep } = recorder();
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 4) throw retryable();
        return 'ok';
      },
      { attempts: 4, baseDelayMs: 100, sleep, random: () => 0 },
    );
    expect(result).toBe('ok');
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it('caps every wait at maxDelayMs, even a server-announced one', async () => {
    const { sleeps, sleep } = recorder();
    const run = withRetry(() => Promise.reject(retryable(120_000)), { attempts: 2, maxDelayMs: 5000, sleep, random: () => 0 });
    await expect(run).rejects.toBeInstanceOf(FeishuError);
    expect(sleeps).toEqual([5000]);
  });

  it('does not retry errors that are not retryable, nor plain errors', async () => {
    const { sleeps, sleep } = recorder();
    let calls = 0;
    const fatal = new FeishuError({ code: 'FEISHU_AUTH', message: 'no', hint: 'h', retryable: false });
    await expect(withRetry(async () => { calls += 1; throw fatal; }, { sleep })).rejects.toBe(fatal);
    await expect(withRetry(async () => { calls += 1; throw new TypeError('bug'); }, { sleep })).rejects.toThrow('bug');
    expect(calls).toBe(2);
    expect(sleeps).toEqual([]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const { sleeps, sleep } = recorder();
    let calls = 0;
    await expect(withRetry(async () => { calls += 1; throw retryable(); }, { attempts: 3, sleep })).rejects.toThrow('boom');
    expect(calls).toBe(3);
    expect(sleeps).toHaveLength(2);
  });
});

describe('withRetry with the real client', () => {
  let emulator: Emulator | undefined;
  afterEach(() => emulator?.close());

  it('recovers a send from two 429s, waiting what x-ogw-ratelimit-reset said', async () => {
    const started = await startEmulator();
    emulator = started.emulator;
    const client = createFeishuClient({ ...APP, domain: started.url });
    emulator.fail({ times: 2, kind: 'rate_limit_429', resetSeconds: 3, path: /\/im\/v1\/messages$/ });
    const { sleeps, sleep } = recorder();
    const retries: string[] = [];
    const { messageId } = await withRetry(
      () => client.send({ openId: ZHANG.openId }, { kind: 'text', text: '请登记' }, { uuid: 'u-1' }),
      { sleep, random: () => 0, onRetry: ({ error }) => retries.push((error as FeishuError).code) },
    );
    expect(sleeps).toEqual([3000, 3000]);
    expect(retries).toEqual(['FEISHU_RATE_LIMITED', 'FEISHU_RATE_LIMITED']);
    expect(emulator.sent).toMatchObject([{ messageId, uuid: 'u-1' }]);
    expect(emulator.calls.filter((c) => c.path === '/open-apis/im/v1/messages').map((c) => c.status)).toEqual([429, 429, 200]);
  });
});
