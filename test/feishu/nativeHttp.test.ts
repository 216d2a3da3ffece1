// The SDK over node's http (createNativeHttp) answers and fails exactly as over the SDK's axios: the same sends against
// the same emulator failures, through createFeishuHttp and toFeishuError, give the same results and FeishuErrors.
import type { HttpInstance } from '@larksuiteoapi/node-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import type { FailureKind } from '../../src/emulator/emulatorTypes.js';
import { createFeishuHttp } from '../../src/feishu/createFeishuHttp.js';
import { createNativeHttp } from '../../src/feishu/createNativeHttp.js';
import { createTokenCache } from '../../src/feishu/createTokenCache.js';
import { lark } from '../../src/feishu/larkSdk.js';
import { toFeishuError } from '../../src/feishu/toFeishuError.js';
import { APP, ZHANG, startEmulator } from '../emulator/harness.js';

let emulator: Emulator;
let url: string;

beforeEach(async () => {
  ({ emulator, url } = await startEmulator({ timeoutHoldMs: 1000 }));
});
afterEach(() => emulator.close());

const axiosBase = lark.defaultHttpInstance as unknown as HttpInstance;
const none = (): void => undefined;
const quiet = { error: none, warn: none, info: none, debug: none, trace: none };

/** An SDK client over `base` (through createFeishuHttp, as createFeishuClient builds it) and a counting wrapper of axios. */
function clientOver(layer: 'axios' | 'native', timeoutMs = 5000) {
  const viaAxios: string[] = [];
  const counted: HttpInstance = {
    ...axiosBase,
    request: (o) => {
      viaAxios.push(String(o.url));
      return axiosBase.request(o);
    },
  };
  const base = layer === 'axios' ? counted : createNativeHttp(counted, {});
  const sdk = new lark.Client({ appId: APP.appId, appSecret: APP.appSecret, domain: url, cache: createTokenCache(), httpInstance: createFeishuHttp({ timeoutMs, base }), loggerLevel: lark.LoggerLevel.error, logger: quiet });
  return { sdk, viaAxios };
}

type Sdk = ReturnType<typeof clientOver>['sdk'];
const send = (sdk: Sdk, text: string) =>
  sdk.im.v1.message.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: ZHANG.openId, msg_type: 'text', content: JSON.stringify({ text }) } });

/** A first send, tried again under a heavy load's 300 ms timeouts: only the token and the connection matter here. */
async function warm(sdk: Sdk): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await send(sdk, 'warm');
      return;
    } catch (e) {
      if (i >= 5) throw e;
    }
  }
}

/** The outcome as the bot sees it: the answer's fields that vary per call left out, or the FeishuError's fields. */
async function outcome(p: Promise<unknown>): Promise<unknown> {
  try {
    const res = (await p) as { code?: number; msg?: string; data?: { message_id?: string; msg_type?: string } };
    return { ok: true, code: res.code, msg: res.msg, hasId: typeof res.data?.message_id === 'string', msgType: res.data?.msg_type };
  } catch (e) {
    const err = toFeishuError(e, { operation: 'send message', domain: url, timeoutMs: 300 });
    const { code, feishuCode, httpStatus, retryable, retryAfterMs, announcedLimit, message, hint } = err;
    return { ok: false, code, feishuCode, httpStatus, retryable, retryAfterMs, announcedLimit, message, hint };
  }
}

describe('the SDK over node http (createNativeHttp) as over axios', () => {
  it('a send, and each failure the emulator makes, come out the same', async () => {
    const kinds: (FailureKind | undefined)[] = [undefined, 'rate_limit_429', 'rate_limit_230020', 'server_error', 'timeout'];
    for (const kind of kinds) {
      const seen: unknown[] = [];
      for (const layer of ['axios', 'native'] as const) {
        const { sdk } = clientOver(layer, 300);
        await warm(sdk); // the token fetched before the failure is armed
        if (kind) emulator.fail({ times: 1, kind, resetSeconds: 2 });
        seen.push(await outcome(send(sdk, `你好 ${kind ?? 'ok'}`)));
      }
      expect(seen[1], kind ?? 'ok').toEqual(seen[0]);
    }
  });

  it('too large, unknown receiver and nothing listening come out the same', async () => {
    const cases: ((sdk: Sdk) => Promise<unknown>)[] = [
      (sdk) => send(sdk, '字'.repeat(52_000)),
      (sdk) => sdk.im.v1.message.create({ params: { receive_id_type: 'open_id' }, data: { receive_id: 'ou_nobody', msg_type: 'text', content: JSON.stringify({ text: 'x' }) } }),
      (sdk) => sdk.im.v1.message.reply({ path: { message_id: 'om_none' }, data: { msg_type: 'text', content: JSON.stringify({ text: 'x' }) } }),
    ];
    for (const [i, run] of cases.entries()) {
      const seen = [await outcome(run(clientOver('axios').sdk)), await outcome(run(clientOver('native').sdk))];
      expect(seen[1], `case ${i}`).toEqual(seen[0]);
    }
    const axios = clientOver('axios').sdk;
    const native = clientOver('native').sdk;
    await send(axios, 'warm');
    await send(native, 'warm');
    await emulator.close();
    // The closed server's kept-alive sockets leave the (shared, global) agent first, so neither side picks a dying one.
    await new Promise((r) => setTimeout(r, 200));
    const refused = [await outcome(send(axios, 'x')), await outcome(send(native, 'x'))];
    expect(refused[1]).toEqual(refused[0]);
    expect(refused[1]).toMatchObject({ code: 'FEISHU_NETWORK', retryable: true });
  });

  it('sends plain JSON calls itself and hands the token fetch and uploads to axios', async () => {
    const { sdk, viaAxios } = clientOver('native');
    await send(sdk, 'one');
    await send(sdk, 'two');
    // The token fetch (no User-Agent from the SDK: its own instance adds one) went through axios; the sends did not.
    expect(viaAxios).toEqual([`${url}/open-apis/auth/v3/tenant_access_token/internal`]);
    const res = await sdk.im.v1.file.create({ data: { file_type: 'stream', file_name: 'a.txt', file: Buffer.from('hello') } });
    expect(res?.file_key).toEqual(expect.any(String));
    expect(viaAxios).toHaveLength(2);
    expect(viaAxios[1]).toContain('/open-apis/im/v1/files');
  });

  it('a proxy in the environment keeps every call with axios', async () => {
    const viaAxios: string[] = [];
    const counted: HttpInstance = { ...axiosBase, request: (o) => (viaAxios.push(String(o.url)), axiosBase.request(o)) };
    const base = createNativeHttp(counted, { https_proxy: 'http://proxy.invalid:3128', NO_PROXY: '127.0.0.1' });
    const sdk = new lark.Client({ appId: APP.appId, appSecret: APP.appSecret, domain: url, cache: createTokenCache(), httpInstance: createFeishuHttp({ timeoutMs: 5000, base }), loggerLevel: lark.LoggerLevel.error, logger: quiet });
    await send(sdk, 'one');
    expect(viaAxios).toHaveLength(2);
    expect(createNativeHttp(counted, { NO_PROXY: '127.0.0.1', no_proxy: '*' })).toBeDefined();
  });
});
