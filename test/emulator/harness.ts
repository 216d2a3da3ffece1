// Shared test fixtures: a directory of emulated people and chats, an emulator on 127.0.0.1, and a tiny webhook receiver.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { type Emulator, type EmulatorOptions, createEmulator } from '../../src/emulator/createEmulator.js';
import type { EmulatedChat, EmulatedUser } from '../../src/emulator/emulatorTypes.js';

export const APP = { appId: 'cli_a1b2c3d4e5f60718', appSecret: 'app-secret-for-tests' };

export const ZHANG: EmulatedUser = {
  openId: `ou_${'1'.repeat(32)}`,
  name: '张三',
  userId: 'zhangsan01',
  unionId: `on_${'1'.repeat(32)}`,
  mobile: '+8613800138000',
  email: 'zhangsan@example.gov.cn',
  jobTitle: '科员',
  departmentIds: ['od-office'],
};

export const LI: EmulatedUser = { openId: `ou_${'2'.repeat(32)}`, name: '李四', mobile: '+8613900139000' };

export const BRANCH: EmulatedChat = { chatId: `oc_${'a'.repeat(32)}`, name: '机关党支部' };

export async function startEmulator(extra: Partial<EmulatorOptions> = {}): Promise<{ emulator: Emulator; url: string }> {
  const emulator = createEmulator({ ...APP, users: [ZHANG, LI], chats: [BRANCH], ...extra });
  const url = await emulator.listen();
  return { emulator, url };
}

export interface Received {
  rawBody: string;
  headers: Record<string, string>;
}

/** A stand-in bot endpoint on loopback that records raw deliveries and answers with `respond`. */
export async function startReceiver(
  respond: (r: Received) => Promise<object> | object = () => ({}),
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const app = new Hono();
  app.post('/feishu/events', async (c) => {
    const r = { rawBody: await c.req.text(), headers: Object.fromEntries(c.req.raw.headers) };
    received.push(r);
    return c.json(await respond(r));
  });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false }, () => resolve(s as Server));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/feishu/events`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
