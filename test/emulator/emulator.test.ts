// The emulator's Open API over raw HTTP: tokens, validation, records, injected failures, rate limits, reset and close.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { TOKEN_PATH } from '../../src/emulator/failureInjector.js';
import { APP, BRANCH, LI, ZHANG, startEmulator } from './harness.js';

let emulator: Emulator;
let url: string;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2025-05-20T02:00:00Z');
  ({ emulator, url } = await startEmulator({ now: () => clock }));
});
afterEach(() => emulator.close());

async function post(path: string, body: unknown, token?: string): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

async function token(): Promise<string> {
  const { json } = await post(TOKEN_PATH, { app_id: APP.appId, app_secret: APP.appSecret });
  return String(json.tenant_access_token);
}

const text = (receiveId: string, t = '你好') => ({ receive_id: receiveId, msg_type: 'text', content: JSON.stringify({ text: t }) });

describe('tenant_access_token/internal', () => {
  it('issues a t- token for 7200 s and hands the same one back while it has time left', async () => {
    const first = await post(TOKEN_PATH, { app_id: APP.appId, app_secret: APP.appSecret });
    expect(first.json).toMatchObject({ code: 0, msg: 'ok', expire: 7200 });
    expect(first.json.tenant_access_token).toMatch(/^t-[0-9a-f]{40}$/);
    clock = new Date(clock.getTime() + 3600_000);
    const again = await post(TOKEN_PATH, { app_id: APP.appId, app_secret: APP.appSecret });
    expect(again.json).toMatchObject({ tenant_access_token: first.json.tenant_access_token, expire: 3600 });
  });

  it('answers a wrong secret with 10014 "app secret invalid"', async () => {
    const res = await post(TOKEN_PATH, { app_id: APP.appId, app_secret: 'nope' });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: 10014, msg: 'app secret invalid' });
  });

  it('rejects calls without a token (99991661), with an unknown one or an expired one (99991663)', async () => {
    expect((await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId))).json.code).toBe(99991661);
    expect((await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), 't-bogus')).json.code).toBe(99991663);
    const t = await token();
    clock = new Date(clock.getTime() + 7201_000);
    const expired = await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t);
    expect(expired).toMatchObject({ status: 400, json: { code: 99991663 } });
    expect(emulator.sent).toHaveLength(0);
  });
});

describe('message validation', () => {
  it('requires receive_id_type (99992402 with the field named)', async () => {
    const res = await post('/open-apis/im/v1/messages', text(ZHANG.openId), await token());
    expect(res.json).toMatchObject({ code: 99992402, error: { field_violations: [{ field: 'receive_id_type' }] } });
  });

  it('rejects content sent as an object instead of a JSON string', async () => {
    const res = await post('/open-apis/im/v1/messages?receive_id_type=open_id', { receive_id: ZHANG.openId, msg_type: 'text', content: { text: 'x' } }, await token());
    expect(res.json).toMatchObject({ code: 99992402, error: { field_violations: [{ field: 'content' }] } });
  });

  it('finds receivers by user_id, union_id and email as well as open_id', async () => {
    const t = await token();
    for (const [type, id] of [['user_id', ZHANG.userId], ['union_id', ZHANG.unionId], ['email', ZHANG.email]] as const) {
      const res = await post(`/open-apis/im/v1/messages?receive_id_type=${type}`, text(id!), t);
      expect(res.json.code).toBe(0);
    }
    const chats = new Set(emulator.sent.map((s) => s.chatId));
    expect(chats.size).toBe(1);
  });

  it('rejects a card without elements with 230099', async () => {
    const res = await post(
      '/open-apis/im/v1/messages?receive_id_type=chat_id',
      { receive_id: BRANCH.chatId, msg_type: 'interactive', content: JSON.stringify({ schema: '2.0', header: {} }) },
      await token(),
    );
    expect(res.json.code).toBe(230099);
  });

  it('rejects a JSON 2.0 card holding the 1.0 action module (buttons under tag action) with 230099, wherever it is nested', async () => {
    const button = { tag: 'button', text: { tag: 'plain_text', content: '今天' }, behaviors: [{ type: 'callback', value: { action: 'answer', text: '今天' } }] };
    const send = async (elements: unknown[]) =>
      (await post('/open-apis/im/v1/messages?receive_id_type=chat_id', { receive_id: BRANCH.chatId, msg_type: 'interactive', content: JSON.stringify({ schema: '2.0', body: { elements } }) }, await token())).json;
    expect(await send([{ tag: 'action', actions: [button] }])).toMatchObject({ code: 230099, msg: expect.stringContaining('tag "action"') });
    expect((await send([{ tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'action', actions: [button] }] }] }])).code).toBe(230099);
    // The same buttons straight in elements, or in a column_set, are what 2.0 wants.
    expect((await send([button])).code).toBe(0);
    expect((await send([{ tag: 'column_set', columns: [{ tag: 'column', elements: [button] }] }])).code).toBe(0);
  });

  it('rejects a form Feishu would not take (a field unnamed or named twice, a form nested, no submit, a person picked outside its options) with 230099', async () => {
    const send = async (elements: unknown[]) =>
      (await post('/open-apis/im/v1/messages?receive_id_type=chat_id', { receive_id: BRANCH.chatId, msg_type: 'interactive', content: JSON.stringify({ schema: '2.0', body: { elements } }) }, await token())).json;
    const submit = { tag: 'button', text: { tag: 'plain_text', content: '保存修改' }, form_action_type: 'submit', behaviors: [{ type: 'callback', value: { action: 'waiting_form' } }] };
    const doer = (name: string, initial: string) => ({ tag: 'select_person', name, initial_option: initial, options: [{ value: ZHANG.openId }, { value: LI.openId }] });
    const form = (elements: unknown[]) => ({ tag: 'form', name: 'f', elements });
    expect((await send([form([doer('doer_1', ZHANG.openId), doer('doer_2', LI.openId), submit])])).code).toBe(0);
    expect(await send([form([doer('doer_1', ZHANG.openId), doer('doer_1', LI.openId), submit])])).toMatchObject({ code: 230099, msg: expect.stringContaining('used twice') });
    expect((await send([form([{ tag: 'input' }, submit])])).msg).toContain('needs a name');
    expect((await send([form([doer('doer_1', ZHANG.openId)])])).msg).toContain('no submit button');
    expect((await send([{ tag: 'column_set', columns: [{ tag: 'column', elements: [form([submit])] }] }])).msg).toContain('root');
    expect((await send([form([doer('doer_1', `ou_${'9'.repeat(32)}`), submit])])).msg).toContain('not among its options');
    // With no options, a person picker offers the chat's members, and any initial choice is left to the client.
    expect((await send([form([{ tag: 'multi_select_person', name: 'people_1', selected_values: [ZHANG.openId] }, submit])])).code).toBe(0);
  });

  it('records each call with method, path, query, parsed body, status and code', async () => {
    const t = await token();
    await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId, '一'), t);
    expect(emulator.calls.at(-1)).toEqual({
      method: 'POST',
      path: '/open-apis/im/v1/messages',
      query: { receive_id_type: 'open_id' },
      body: text(ZHANG.openId, '一'),
      at: clock,
      status: 200,
      code: 0,
    });
    expect((await post(TOKEN_PATH, '{not json')).json.code).toBe(9499);
  });
});

describe('failure injection', () => {
  it('fails only matching paths, only as many times as asked, and leaves the token endpoint alone by default', async () => {
    emulator.fail({ times: 1, kind: 'server_error', path: /batch_get_id/ });
    emulator.fail({ times: 2, kind: 'rate_limit_230020' });
    const t = await token();
    const sends = [];
    for (let i = 0; i < 3; i += 1) sends.push(await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t));
    expect(sends.map((s) => s.json.code)).toEqual([230020, 230020, 0]);
    const lookup = await post('/open-apis/contact/v3/users/batch_get_id', { mobiles: ['13800138000'] }, t);
    expect(lookup.status).toBe(500);
  });

  it('answers 429 with x-ogw-ratelimit-reset and code 99991400', async () => {
    emulator.fail({ times: 1, kind: 'rate_limit_429', resetSeconds: 7 });
    const res = await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), await token());
    expect(res.status).toBe(429);
    expect(res.headers.get('x-ogw-ratelimit-reset')).toBe('7');
    expect(res.json).toMatchObject({ code: 99991400 });
  });

  it('fails only calls whose body carries a matching uuid when asked, and counts the requests a timeout holds', async () => {
    const t = await token();
    emulator.fail({ times: 1, kind: 'timeout', holdMs: 300, path: /\/im\/v1\/messages$/, uuid: /^r-held-/ });
    const send = (uuid?: string) => post('/open-apis/im/v1/messages?receive_id_type=open_id', { ...text(ZHANG.openId), ...(uuid ? { uuid } : {}) }, t);
    const held = send('r-held-0');
    await expect.poll(() => emulator.held, { timeout: 1000 }).toBe(1);
    // Neither a call without a uuid nor one with another uuid is held meanwhile.
    expect([(await send()).json.code, (await send('r-other-0')).json.code]).toEqual([0, 0]);
    expect(emulator.held).toBe(1);
    expect((await held).json.code).toBe(0);
    expect(emulator.held).toBe(0);
    expect(emulator.sent.map((m) => m.uuid)).toEqual([undefined, 'r-other-0', 'r-held-0']);
  });

  it('close() releases a held request at once instead of waiting out the hold', async () => {
    const t = await token();
    emulator.fail({ times: 1, kind: 'timeout', holdMs: 60_000 });
    const pending = post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t).then(
      (r) => r.status,
      () => 'aborted',
    );
    await expect.poll(() => emulator.calls.length, { timeout: 1000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await emulator.close();
    expect(Date.now() - started).toBeLessThan(2000);
    expect([503, 'aborted']).toContain(await pending);
    expect(emulator.sent).toHaveLength(0);
  });
});

describe('rate limits', () => {
  it('allows 5 sends a second to one receiver, then answers 230020; other receivers are unaffected', async () => {
    emulator.rateLimit();
    const t = await token();
    const codes = [];
    for (let i = 0; i < 6; i += 1) codes.push((await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t)).json.code);
    expect(codes).toEqual([0, 0, 0, 0, 0, 230020]);
    expect((await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(LI.openId), t)).json.code).toBe(0);
    clock = new Date(clock.getTime() + 1000);
    expect((await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t)).json.code).toBe(0);
  });

  it('answers 429 / 99991400 past the per-app limit', async () => {
    emulator.rateLimit({ perApp: 3, perReceiver: 100 });
    const t = await token();
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await post('/open-apis/im/v1/messages?receive_id_type=chat_id', text(BRANCH.chatId), t)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    emulator.rateLimit(false);
    expect((await post('/open-apis/im/v1/messages?receive_id_type=chat_id', text(BRANCH.chatId), t)).status).toBe(200);
  });

  it('counts every call in the app windows, as the gateway does: a uuid already seen, a content error and a 230020 too', async () => {
    emulator.rateLimit({ perApp: 4, perReceiver: 1 });
    const t = await token();
    const send = (body: Record<string, unknown>) => post('/open-apis/im/v1/messages?receive_id_type=open_id', body, t);
    const first = await send({ ...text(ZHANG.openId), uuid: 'once' });
    const again = await send({ ...text(ZHANG.openId), uuid: 'once' });
    const invalid = await send({ receive_id: LI.openId, msg_type: 'text', content: 'not json' });
    const tooSoon = await send(text(ZHANG.openId));
    // Two messages at most were made (the uuid's once), yet four calls reached the gateway: the fifth is over 4/s.
    expect([first.json.code, again.json.code, tooSoon.json.code]).toEqual([0, 0, 230020]);
    expect(invalid.status).toBe(400);
    expect((await send(text(LI.openId))).status).toBe(429);
    expect(emulator.sent).toHaveLength(1);
  });

  it('allows 1000 sends a minute for the app (sliding), then 429 / 99991400 with the seconds to wait', async () => {
    // Feishu's defaults but for the per-receiver limit, so that two people can take 1000 messages in 25 s.
    emulator.rateLimit({ perReceiver: 1000 });
    const t = await token();
    const start = clock.getTime();
    const receivers = [ZHANG.openId, LI.openId];
    // 40 a second (under 50/s): the 1000th leaves at 24.975 s.
    for (let i = 0; i < 1000; i += 1) {
      clock = new Date(start + i * 25);
      const res = await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(receivers[i % 2]!, `第${i}条`), t);
      expect(res.json.code, `send ${i}`).toBe(0);
    }
    clock = new Date(start + 30_000);
    const over = await post('/open-apis/im/v1/messages?receive_id_type=chat_id', text(BRANCH.chatId), t);
    expect(over).toMatchObject({ status: 429, json: { code: 99991400 } });
    expect(over.headers.get('x-ogw-ratelimit-limit')).toBe('1000');
    // The first send leaves the window at 60 s: 30 s from now.
    expect(over.headers.get('x-ogw-ratelimit-reset')).toBe('30');
    expect(emulator.sent).toHaveLength(1000);
    // Refused requests use up nothing; as the window slides, the earliest sends leave it one by one.
    clock = new Date(start + 60_000);
    expect((await post('/open-apis/im/v1/messages?receive_id_type=chat_id', text(BRANCH.chatId), t)).status).toBe(200);
    expect((await post('/open-apis/im/v1/messages?receive_id_type=chat_id', text(BRANCH.chatId), t)).status).toBe(429);
    clock = new Date(start + 60_025);
    expect((await post('/open-apis/im/v1/messages?receive_id_type=chat_id', text(BRANCH.chatId), t)).status).toBe(200);
  }, 30_000);

  it('counts sends and replies in app windows of their own (频控策略: per API), and both in the receiver\'s 5/s', async () => {
    emulator.rateLimit({ perReceiver: 1000 });
    const t = await token();
    const start = clock.getTime();
    const first = await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t);
    const parent = String((first.json.data as { message_id: string }).message_id);
    const reply = () => post(`/open-apis/im/v1/messages/${parent}/reply`, { msg_type: 'text', content: JSON.stringify({ text: '收到' }) }, t);
    const send = () => post('/open-apis/im/v1/messages?receive_id_type=open_id', text(LI.openId), t);
    // Within one second: 49 more sends (50 in all) and 50 replies, all admitted; the 51st of either is refused.
    const statuses: number[] = [];
    for (let i = 0; i < 49; i += 1) statuses.push((await send()).status);
    for (let i = 0; i < 50; i += 1) statuses.push((await reply()).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const [overSend, overReply] = [await send(), await reply()];
    expect([overSend.status, overReply.status]).toEqual([429, 429]);
    expect([overSend.headers.get('x-ogw-ratelimit-limit'), overReply.headers.get('x-ogw-ratelimit-limit')]).toEqual(['50', '50']);
    expect(emulator.sent).toHaveLength(100);
    // One receiver's 5/s is shared by both APIs.
    clock = new Date(start + 1000);
    emulator.rateLimit();
    const mixed: number[] = [];
    for (let i = 0; i < 3; i += 1) mixed.push((await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t)).json.code as number);
    const parent2 = String(((await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t)).json.data as { message_id: string }).message_id);
    mixed.push(0);
    for (let i = 0; i < 2; i += 1) mixed.push((await post(`/open-apis/im/v1/messages/${parent2}/reply`, { msg_type: 'text', content: JSON.stringify({ text: '收到' }) }, t)).json.code as number);
    expect(mixed).toEqual([0, 0, 0, 0, 0, 230020]);
  });

  it('de-duplicates a uuid per API, as Feishu documents it: the same uuid by 发送消息 after 回复消息 is a second message', async () => {
    const t = await token();
    const first = await post('/open-apis/im/v1/messages?receive_id_type=open_id', text(ZHANG.openId), t);
    const parent = String((first.json.data as { message_id: string }).message_id);
    const body = { msg_type: 'text', content: JSON.stringify({ text: '收到' }), uuid: 'r-once-0' };
    const reply = () => post(`/open-apis/im/v1/messages/${parent}/reply`, body, t);
    const send = () => post('/open-apis/im/v1/messages?receive_id_type=open_id', { ...body, receive_id: ZHANG.openId }, t);
    const ids = [await reply(), await reply(), await send(), await send()].map((r) => (r.json.data as { message_id: string }).message_id);
    // Each API hands its own first message back; across the two, two messages reach the member.
    expect(ids[1]).toBe(ids[0]);
    expect(ids[3]).toBe(ids[2]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(emulator.sent.map((s) => s.kind)).toEqual(['send', 'reply', 'send']);
  });

  it('a per-minute limit can be set like the others; 50/s answers its own limit and a 1 s reset', async () => {
    emulator.rateLimit({ perApp: 2, perAppPerMinute: 3, perReceiver: 100 });
    const t = await token();
    const send = () => post('/open-apis/im/v1/messages?receive_id_type=chat_id', text(BRANCH.chatId), t);
    const a = [await send(), await send(), await send()];
    expect(a.map((r) => r.status)).toEqual([200, 200, 429]);
    expect([a[2]!.headers.get('x-ogw-ratelimit-limit'), a[2]!.headers.get('x-ogw-ratelimit-reset')]).toEqual(['2', '1']);
    clock = new Date(clock.getTime() + 1000);
    const b = [await send(), await send()];
    expect(b.map((r) => r.status)).toEqual([200, 429]);
    expect([b[1]!.headers.get('x-ogw-ratelimit-limit'), b[1]!.headers.get('x-ogw-ratelimit-reset')]).toEqual(['3', '59']);
  });
});

describe('reset', () => {
  it('forgets records, queued failures and uuids, but keeps issued tokens valid', async () => {
    const t = await token();
    const body = { ...text(ZHANG.openId), uuid: 'same' };
    const first = await post('/open-apis/im/v1/messages?receive_id_type=open_id', body, t);
    emulator.fail({ times: 5, kind: 'server_error' });
    emulator.reset();
    expect([emulator.calls.length, emulator.sent.length]).toEqual([0, 0]);
    const second = await post('/open-apis/im/v1/messages?receive_id_type=open_id', body, t);
    expect(second.json.code).toBe(0);
    expect((second.json.data as { message_id: string }).message_id).not.toBe((first.json.data as { message_id: string }).message_id);
  });
});

describe('connectionsAccepted', () => {
  it('counts the TCP connections the server accepted: a kept-alive socket once, a new one each time', async () => {
    const { Agent, request } = await import('node:http');
    const get = (agent: InstanceType<typeof Agent>) =>
      new Promise<void>((resolve, reject) => {
        const req = request(`${url}/open-apis/nothing`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        });
        req.on('error', reject);
        req.end();
      });
    expect(emulator.connectionsAccepted).toBe(0);
    const kept = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 3; i++) await get(kept);
    expect(emulator.connectionsAccepted).toBe(1);
    const fresh = new Agent({ keepAlive: false });
    for (let i = 0; i < 3; i++) await get(fresh);
    expect(emulator.connectionsAccepted).toBe(4);
    kept.destroy();
  });
});
