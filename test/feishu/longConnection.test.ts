// createLongConnection alone: the real WSClient against the emulator's gateway, its states, its log lines, giving up and starting over.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { createLongConnection, type LongConnection } from '../../src/feishu/createLongConnection.js';
import { LongConnectionError } from '../../src/feishu/LongConnectionError.js';
import { WS_APP, waitFor } from '../support/longConnectionBot.js';

let emulator: Emulator | undefined;
let connection: LongConnection | undefined;
afterEach(async () => {
  connection?.close();
  await emulator?.close();
  connection = emulator = undefined;
});

async function setUp(clientConfig: Record<string, number>, opts: { appSecret?: string } = {}) {
  emulator = createEmulator({ ...WS_APP, longConnection: { clientConfig } });
  const domain = await emulator.listen(0);
  const logs: string[] = [];
  const received: Record<string, unknown>[] = [];
  connection = createLongConnection({
    appId: WS_APP.appId,
    appSecret: opts.appSecret ?? WS_APP.appSecret,
    domain,
    log: (l) => logs.push(l),
    receive: async (e) => {
      received.push(e);
      return (e.header as { event_type?: string }).event_type === 'card.action.trigger' ? { toast: { type: 'info', content: 'ok' } } : undefined;
    },
    restartAfterMs: 100,
  });
  return { logs, received, connection };
}

describe('createLongConnection', () => {
  it('hands over the envelope untouched (header and event apart) and returns the answer in the frame', async () => {
    const { connection: c, received } = await setUp({ PingInterval: 60, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 });
    await c.start();
    expect(c.state()).toBe('connected');
    const card = { schema: '2.0', header: { event_id: 'c1', event_type: 'card.action.trigger', token: 'header-token' }, event: { token: 'card-update-token' } };
    expect(await emulator!.ws.push(card)).toEqual({ status: 200, body: { toast: { type: 'info', content: 'ok' } } });
    const message = { schema: '2.0', header: { event_id: 'm1', event_type: 'im.message.receive_v1' }, event: { message: { message_id: 'om_1' } } };
    expect(await emulator!.ws.push(message)).toEqual({ status: 200, body: {} });
    expect(received).toEqual([card, message]);
  });

  it('a receive that throws makes the SDK answer code 500 (Feishu pushes it again)', async () => {
    emulator = createEmulator({ ...WS_APP, longConnection: { clientConfig: { PingInterval: 60, ReconnectInterval: 1, ReconnectNonce: 0 } } });
    const domain = await emulator.listen(0);
    connection = createLongConnection({ ...WS_APP, domain, log: () => {}, receive: () => Promise.reject(new Error('disk full')) });
    await connection.start();
    expect((await emulator.ws.push({ schema: '2.0', header: { event_id: 'x' }, event: {} })).status).toBe(500);
  });

  it('close(): state closed, socket gone, no reconnect', async () => {
    const { connection: c, logs } = await setUp({ PingInterval: 60, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 });
    await c.start();
    c.close();
    expect(c.state()).toBe('closed');
    await waitFor(() => emulator!.ws.connections === 0, 'socket closed');
    expect(logs.filter((l) => l.includes('reconnecting'))).toEqual([]);
  });

  it('when the SDK uses up ReconnectCount it is started over, and connects once the gateway answers again', async () => {
    const { connection: c, logs } = await setUp({ PingInterval: 60, ReconnectCount: 2, ReconnectInterval: 1, ReconnectNonce: 0 });
    await c.start();
    emulator!.ws.busyFor(3);
    emulator!.ws.drop();
    await waitFor(() => logs.some((l) => l.includes('starting over')), 'gave up after 2 attempts', 20_000);
    await waitFor(() => c.state() === 'connected', 'connected again', 20_000);
    expect(logs.filter((l) => l.includes('long connection lost'))).toHaveLength(1);
  });

  it('a refused secret rejects start() with FEISHU_WS_REFUSED and Feishu code 514', async () => {
    const { connection: c } = await setUp({ PingInterval: 60 }, { appSecret: 'wrong' });
    const err = await c.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LongConnectionError);
    expect(err).toMatchObject({ code: 'FEISHU_WS_REFUSED', feishuCode: 514 });
    expect(c.state()).toBe('closed');
  });
});
