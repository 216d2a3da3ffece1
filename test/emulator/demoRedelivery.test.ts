// /_demo/say as Feishu pushes: a push the bot did not answer 2xx is pushed again, same event_id, on Feishu's schedule
// (15 s, 5 min, 1 h, 6 h; here shortened), and given up after the last (a newcomer's disk-full demo lost messages).
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { FEISHU_REDELIVERY_MS } from '../../src/emulator/demoSay.js';
import type { Emulator } from '../../src/emulator/createEmulator.js';
import { decryptEvent } from '../../src/transport/eventCrypto.js';
import { startEmulator } from './harness.js';

const SEC = { verificationToken: 'v-demo', encryptKey: 'k-demo' };
let emulator: Emulator | undefined;
let server: Server | undefined;

afterEach(async () => {
  await emulator?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  emulator = undefined;
  server = undefined;
});

/** A bot endpoint answering the given statuses in turn (then 200), recording each delivery's event_id. */
async function flakyBot(statuses: number[]): Promise<{ url: string; eventIds: string[] }> {
  const eventIds: string[] = [];
  const app = new Hono();
  app.post('/feishu/events', async (c) => {
    const body = JSON.parse(decryptEvent(((await c.req.json()) as { encrypt: string }).encrypt, SEC.encryptKey)) as { header: { event_id: string } };
    eventIds.push(body.header.event_id);
    const status = statuses.shift() ?? 200;
    return c.json(status === 200 ? {} : { error: 'temporarily unavailable' }, status as 200 | 500);
  });
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', overrideGlobalObjects: false }, () => resolve(s as Server));
  });
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feishu/events`, eventIds };
}

async function say(url: string, text: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/_demo/say`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: '张三', text }) });
  return (await res.json()) as Record<string, unknown>;
}

const until = async (done: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

describe('/_demo/say redelivers like Feishu', () => {
  it('keeps Feishu’s documented schedule by default: 15 s, 5 min, 1 h, 6 h', () => {
    expect(FEISHU_REDELIVERY_MS).toEqual([15_000, 300_000, 3_600_000, 21_600_000]);
  });

  it('a 500 is pushed again with the same event_id until the bot takes it, and say tells when', async () => {
    const bot = await flakyBot([500, 500]);
    const log: string[] = [];
    ({ emulator } = await startEmulator({ redeliveryMs: [30, 60, 90], log: (l) => log.push(l) }));
    emulator.setWebhook(bot.url, SEC);
    const said = await say(emulator.url!, '今天和李四进行了廉政谈话');
    expect(said).toMatchObject({ status: 500, redeliverInMs: 30 });
    await until(() => bot.eventIds.length >= 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.eventIds).toHaveLength(3);
    expect(new Set(bot.eventIds).size).toBe(1);
    expect(log.filter((l) => l.includes('重推'))).toHaveLength(2);
  });

  it('gives up after the last redelivery, as Feishu does, and says so', async () => {
    const bot = await flakyBot([500, 500, 500, 500]);
    const log: string[] = [];
    ({ emulator } = await startEmulator({ redeliveryMs: [20, 20], log: (l) => log.push(l) }));
    emulator.setWebhook(bot.url, SEC);
    await say(emulator.url!, '今天和李四进行了廉政谈话');
    await until(() => log.some((l) => l.includes('已放弃')));
    await new Promise((r) => setTimeout(r, 100));
    expect(bot.eventIds).toHaveLength(3);
    expect(log.some((l) => l.includes('已放弃'))).toBe(true);
  });

  it('a push the bot took is never pushed again', async () => {
    const bot = await flakyBot([]);
    ({ emulator } = await startEmulator({ redeliveryMs: [20] }));
    emulator.setWebhook(bot.url, SEC);
    const said = await say(emulator.url!, '今天和李四进行了廉政谈话');
    expect(said.status).toBe(200);
    expect(said.redeliverInMs).toBeUndefined();
    await new Promise((r) => setTimeout(r, 150));
    expect(bot.eventIds).toHaveLength(1);
  });
});
