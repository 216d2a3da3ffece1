// The emulator's long-connection gateway on the wire, driven by a bare WebSocket client that speaks pbbp2 frames itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { FRAME_CONTROL, FRAME_DATA, decodeFrame, encodeFrame, frameHeader, type WsFrame } from '../../src/emulator/wsFrame.js';

const APP = { appId: 'cli_a1b2c3d4e5f60718', appSecret: 'gateway-test-secret' };
let emulator: Emulator;
let sockets: WebSocket[] = [];

beforeEach(async () => {
  emulator = createEmulator({ ...APP, longConnection: { clientConfig: { PingInterval: 7, ReconnectInterval: 3, ReconnectNonce: 5 } } });
  await emulator.listen(0);
});
afterEach(async () => {
  for (const s of sockets) s.terminate();
  sockets = [];
  await emulator.close();
});

async function endpoint(body: unknown): Promise<{ code: number; msg: string; data?: { URL: string; ClientConfig: Record<string, number> } }> {
  const res = await fetch(`${emulator.url}/callback/ws/endpoint`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return (await res.json()) as never;
}

/** Connects like WSClient does and collects every frame the gateway sends. */
async function connect(url: string): Promise<{ ws: WebSocket; frames: WsFrame[] }> {
  const ws = new WebSocket(url);
  sockets.push(ws);
  const frames: WsFrame[] = [];
  ws.on('message', (data: Buffer) => frames.push(decodeFrame(data)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  await emulator.ws.waitForConnections(1);
  return { ws, frames };
}

async function until<T>(get: () => T | undefined): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = get();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('nothing arrived');
}

describe('POST /callback/ws/endpoint', () => {
  it('gives a ticketed URL with device_id and service_id, and the ClientConfig in seconds', async () => {
    const answer = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    expect(answer.code).toBe(0);
    const url = new URL(answer.data!.URL);
    expect(url.protocol).toBe('ws:');
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('device_id')).toMatch(/^\d+$/);
    expect(url.searchParams.get('service_id')).toMatch(/^\d+$/);
    expect(url.searchParams.get('ticket')).toBeTruthy();
    expect(answer.data!.ClientConfig).toEqual({ PingInterval: 7, ReconnectCount: -1, ReconnectInterval: 3, ReconnectNonce: 5 });
  });

  it.each([
    ['an unknown app id', { AppID: 'cli_ffffffffffffffff', AppSecret: APP.appSecret }, 403],
    ['a wrong secret', { AppID: APP.appId, AppSecret: 'wrong' }, 514],
    ['no secret', { AppID: APP.appId }, 514],
    ['an empty body', {}, 403],
  ])('refuses %s with a non-zero code and no URL', async (_name, body, code) => {
    const answer = await endpoint(body);
    expect(answer.code).toBe(code);
    expect(answer.data).toBeUndefined();
  });
});

describe('the socket', () => {
  it('refuses an upgrade without a ticket, with a made-up one, or with one already used', async () => {
    const { data } = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    const refused = (url: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url);
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('error', () => resolve(-1));
      });
    const base = data!.URL.replace(/\?.*$/, '');
    expect(await refused(base)).toBe(403);
    expect(await refused(`${base}?ticket=0123456789abcdef01234567`)).toBe(403);
    await connect(data!.URL);
    expect(await refused(data!.URL)).toBe(403);
  });

  it('answers a ping control frame with a pong carrying the ClientConfig', async () => {
    const { data } = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    const serviceId = Number(new URL(data!.URL).searchParams.get('service_id'));
    const { ws, frames } = await connect(data!.URL);
    ws.send(encodeFrame({ SeqID: 0, LogID: 0, service: serviceId, method: FRAME_CONTROL, headers: [{ key: 'type', value: 'ping' }] }));
    const pong = await until(() => frames.find((f) => frameHeader(f, 'type') === 'pong'));
    expect(pong.method).toBe(FRAME_CONTROL);
    expect(pong.service).toBe(serviceId);
    expect(JSON.parse(Buffer.from(pong.payload!).toString())).toEqual({ PingInterval: 7, ReconnectCount: -1, ReconnectInterval: 3, ReconnectNonce: 5 });
    expect(emulator.ws.pings).toBe(1);
  });

  it('pushes an event as data frames (type, message_id, sum, seq, trace_id) and resolves with the decoded answer', async () => {
    const { data } = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    const { ws, frames } = await connect(data!.URL);
    const envelope = { schema: '2.0', header: { event_id: 'e1', event_type: 'card.action.trigger' }, event: { text: '长'.repeat(100) } };
    const answered = emulator.ws.push(envelope, { fragmentBytes: 50 });
    const parts = await until(() => {
      const got = frames.filter((f) => f.method === FRAME_DATA);
      return got.length > 0 && got.length === Number(frameHeader(got[0]!, 'sum')) ? got : undefined;
    });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((f) => frameHeader(f, 'seq'))).toEqual(parts.map((_, i) => String(i)));
    expect(new Set(parts.map((f) => frameHeader(f, 'message_id'))).size).toBe(1);
    expect(parts.every((f) => frameHeader(f, 'type') === 'event' && frameHeader(f, 'trace_id'))).toBe(true);
    expect(JSON.parse(Buffer.concat(parts.map((f) => Buffer.from(f.payload!))).toString())).toEqual(envelope);
    // The client answers with the first frame, an extra biz_rt header and {"code":200,"data":base64(JSON)}.
    const reply = { toast: { type: 'success', content: '已撤销' } };
    const payload = Buffer.from(JSON.stringify({ code: 200, data: Buffer.from(JSON.stringify(reply)).toString('base64') }));
    ws.send(encodeFrame({ ...parts[0]!, headers: [...parts[0]!.headers, { key: 'biz_rt', value: '3' }], payload }));
    expect(await answered).toEqual({ status: 200, body: reply });
  });

  it('an answer without data resolves with an empty body; code 500 is passed on', async () => {
    const { data } = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    const { ws, frames } = await connect(data!.URL);
    for (const code of [200, 500]) {
      const before = frames.length;
      const answered = emulator.ws.push({ schema: '2.0', header: { event_id: `e${code}` }, event: {} });
      const frame = await until(() => frames.slice(before).find((f) => f.method === FRAME_DATA));
      ws.send(encodeFrame({ ...frame, payload: Buffer.from(JSON.stringify({ code })) }));
      expect(await answered).toEqual({ status: code, body: {} });
    }
  });

  it('push fails clearly with no client, and when the connection dies before the answer', async () => {
    await expect(emulator.ws.push({})).rejects.toThrow(/no bot is connected/);
    const { data } = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    const { frames } = await connect(data!.URL);
    const answered = emulator.ws.push({ schema: '2.0', header: { event_id: 'e-drop' }, event: {} });
    await until(() => frames.find((f) => f.method === FRAME_DATA));
    expect(emulator.ws.drop()).toBe(1);
    await expect(answered).rejects.toThrow(/closed before the bot answered/);
  });

  it('drop() cuts the socket without a close handshake (code 1006), as a network failure does', async () => {
    const { data } = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    const { ws } = await connect(data!.URL);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    emulator.ws.drop();
    expect(await closed).toBe(1006);
    await until(() => (emulator.ws.connections === 0 ? true : undefined));
  });

  it('a frame that is not a pbbp2.Frame ends the connection', async () => {
    const { data } = await endpoint({ AppID: APP.appId, AppSecret: APP.appSecret });
    const { ws } = await connect(data!.URL);
    const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    ws.send(Buffer.from([0xff, 0xff, 0xff]));
    await closed;
    expect(emulator.ws.connections).toBe(0);
  });
});
