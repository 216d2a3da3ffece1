// Every way a Feishu call can fail, provoked for real over HTTP, must arrive as the right FeishuError.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { createFeishuClient } from '../../src/feishu/createFeishuClient.js';
import { FeishuError } from '../../src/feishu/FeishuError.js';
import type { FeishuClient } from '../../src/feishu/feishuTypes.js';
import { APP, ZHANG, startEmulator } from '../emulator/harness.js';

let emulator: Emulator;
let url: string;
let client: FeishuClient;

beforeEach(async () => {
  ({ emulator, url } = await startEmulator({ timeoutHoldMs: 1000 }));
  client = createFeishuClient({ ...APP, domain: url, timeoutMs: 300 });
});
afterEach(() => emulator.close());

async function failure(p: Promise<unknown>): Promise<FeishuError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeishuError);
  return err as FeishuError;
}

const sendText = (c: FeishuClient = client, text = '你好') => c.send({ openId: ZHANG.openId }, { kind: 'text', text });

describe('Feishu failures become FeishuError', () => {
  it('HTTP 429 / 99991400 is rate limited, retryable, with the wait from x-ogw-ratelimit-reset', async () => {
    emulator.fail({ times: 1, kind: 'rate_limit_429', resetSeconds: 2 });
    const err = await failure(sendText());
    expect(err).toMatchObject({ code: 'FEISHU_RATE_LIMITED', feishuCode: 99991400, httpStatus: 429, retryable: true, retryAfterMs: 2000 });
    expect(err.logId).toMatch(/^[0-9A-F]+$/);
  });

  it('HTTP 400 / 230020 is rate limited and retryable, without a server-announced wait', async () => {
    emulator.fail({ times: 1, kind: 'rate_limit_230020' });
    const err = await failure(sendText());
    expect(err).toMatchObject({ code: 'FEISHU_RATE_LIMITED', feishuCode: 230020, httpStatus: 400, retryable: true });
    expect(err.retryAfterMs).toBeUndefined();
  });

  it('HTTP 500 is a retryable server error', async () => {
    emulator.fail({ times: 1, kind: 'server_error' });
    const err = await failure(sendText());
    expect(err).toMatchObject({ code: 'FEISHU_SERVER', httpStatus: 500, retryable: true });
  });

  it('a hung request times out as a retryable network error, and the held send still lands later', async () => {
    emulator.fail({ times: 1, kind: 'timeout', holdMs: 1000 });
    const started = Date.now();
    const err = await failure(sendText());
    expect(Date.now() - started).toBeLessThan(900);
    expect(err).toMatchObject({ code: 'FEISHU_NETWORK', retryable: true });
    expect(err.hint).toContain('300 ms');
    // This is why sends carry a uuid: Feishu may deliver what the client gave up on.
    await expect.poll(() => emulator.sent.length, { timeout: 3000 }).toBe(1);
  });

  it('a wrong app secret is FEISHU_AUTH with a hint naming the secret', async () => {
    const wrong = createFeishuClient({ ...APP, appSecret: 'not-the-secret', domain: url });
    const err = await failure(sendText(wrong));
    expect(err).toMatchObject({ code: 'FEISHU_AUTH', feishuCode: 10014, retryable: false, httpStatus: 400 });
    expect(err.hint).toContain('FEISHU_APP_SECRET');
    expect(err.message).toContain('tenant access token');
    expect(emulator.sent).toHaveLength(0);
  });

  it('an unknown app id is FEISHU_AUTH pointing at FEISHU_APP_ID', async () => {
    const wrong = createFeishuClient({ ...APP, appId: 'cli_ffffffffffffffff', domain: url });
    const err = await failure(sendText(wrong));
    expect(err).toMatchObject({ code: 'FEISHU_AUTH', feishuCode: 10003 });
    expect(err.hint).toContain('FEISHU_APP_ID');
  });

  it('a user outside the app, or a chat without the bot, is FEISHU_BAD_RECEIVER', async () => {
    const user = await failure(client.send({ openId: `ou_${'9'.repeat(32)}` }, { kind: 'text', text: 'x' }));
    expect(user).toMatchObject({ code: 'FEISHU_BAD_RECEIVER', feishuCode: 230013, retryable: false });
    expect(user.hint).toContain('可用范围');
    const chat = await failure(client.send({ chatId: `oc_${'9'.repeat(32)}` }, { kind: 'text', text: 'x' }));
    expect(chat).toMatchObject({ code: 'FEISHU_BAD_RECEIVER', feishuCode: 230002 });
    expect(chat.hint).toContain('group');
    const lookup = await failure(client.getUser(`ou_${'9'.repeat(32)}`));
    expect(lookup).toMatchObject({ code: 'FEISHU_BAD_RECEIVER', feishuCode: 41050 });
  });

  it('text over 150 KB and cards over 30 KB are FEISHU_TOO_LARGE', async () => {
    const text = await failure(sendText(client, '字'.repeat(52_000)));
    expect(text).toMatchObject({ code: 'FEISHU_TOO_LARGE', feishuCode: 230025, retryable: false });
    const big = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'x'.repeat(31 * 1024) }] } };
    const card = await failure(client.send({ openId: ZHANG.openId }, { kind: 'card', card: big }));
    expect(card).toMatchObject({ code: 'FEISHU_TOO_LARGE', feishuCode: 230025 });
    await expect(sendText(client, '字'.repeat(50_000))).resolves.toMatchObject({ messageId: expect.any(String) });
  });

  it('nothing listening is a retryable FEISHU_NETWORK error that names the domain', async () => {
    await emulator.close();
    const err = await failure(sendText());
    expect(err).toMatchObject({ code: 'FEISHU_NETWORK', retryable: true });
    expect(err.hint).toContain(url);
  });
});

describe('HTTP 200 answers with a non-zero code (which the SDK returns instead of throwing)', () => {
  let server: Server;
  let base: string;
  const answers: { token: object; send: object } = { token: {}, send: {} };

  beforeEach(async () => {
    const app = new Hono();
    app.post('/open-apis/auth/v3/tenant_access_token/internal', (c) => c.json(answers.token));
    app.post('/open-apis/im/v1/messages', (c) => c.json(answers.send));
    server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false }, () => resolve(s as Server));
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterEach(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it('a missing permission scope is FEISHU_SCOPE with a hint about 权限管理', async () => {
    answers.token = { code: 0, msg: 'ok', tenant_access_token: 't-ok', expire: 7200 };
    answers.send = { code: 99991672, msg: 'Access denied. One of the following scopes is required: [im:message:send_as_bot]' };
    const err = await failure(sendText(createFeishuClient({ ...APP, domain: base })));
    expect(err).toMatchObject({ code: 'FEISHU_SCOPE', feishuCode: 99991672, httpStatus: 200, retryable: false });
    expect(err.message).toContain('im:message:send_as_bot');
    expect(err.hint).toContain('权限管理');
  });

  it('a token answer of code 10014 is FEISHU_AUTH', async () => {
    answers.token = { code: 10014, msg: 'app secret invalid' };
    const err = await failure(sendText(createFeishuClient({ ...APP, domain: base })));
    expect(err).toMatchObject({ code: 'FEISHU_AUTH', feishuCode: 10014 });
  });

  it('an unknown code is FEISHU_API, not retried', async () => {
    answers.token = { code: 0, msg: 'ok', tenant_access_token: 't-ok', expire: 7200 };
    answers.send = { code: 230028, msg: 'The messages do NOT pass the audit.' };
    const err = await failure(sendText(createFeishuClient({ ...APP, domain: base })));
    expect(err).toMatchObject({ code: 'FEISHU_API', feishuCode: 230028, retryable: false });
    expect(err.hint).toContain('230028');
  });
});
