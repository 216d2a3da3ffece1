// The native path's sockets: bursts of sends reuse at most NATIVE_MAX_SOCKETS keep-alive connections instead of
// opening one per send in flight (Node's global agent has no bound: a new TLS handshake for every second or third reply).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpInstance } from '@larksuiteoapi/node-sdk';
import { afterEach, expect, it } from 'vitest';
import { NATIVE_MAX_SOCKETS, createNativeAgents, createNativeHttp } from '../../src/feishu/createNativeHttp.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A Feishu stand-in answering `{ code: 0 }` after `delayMs`, counting the connections it accepted. */
async function slowFeishu(delayMs: number): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0}'), delayMs));
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

const unused: HttpInstance = { request: () => Promise.reject(new Error('not a plain call')) } as unknown as HttpInstance;

/** Two bursts of 32 replies (as the outbox sends at once), 100 ms apart; the answers and the sockets opened. */
async function twoBursts(maxSockets: number): Promise<{ answered: number; connections: number }> {
  const feishu = await slowFeishu(20);
  const agents = createNativeAgents(maxSockets);
  const http = createNativeHttp(unused, {}, agents);
  const burst = () =>
    Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        http.request<unknown, { code: number }>({ url: `${feishu.url}/open-apis/im/v1/messages/om_${i}/reply`, method: 'POST', data: { msg_type: 'text' }, headers: { 'user-agent': 'test' } }),
      ),
    );
  const first = await burst();
  await new Promise((r) => setTimeout(r, 100));
  const second = await burst();
  agents.http.destroy();
  return { answered: [...first, ...second].filter((a) => a.code === 0).length, connections: feishu.connections() };
}

it(`sends two bursts of 32 over at most ${NATIVE_MAX_SOCKETS} sockets, every send answered`, async () => {
  const { answered, connections } = await twoBursts(NATIVE_MAX_SOCKETS);
  expect(answered).toBe(64);
  expect(connections).toBeLessThanOrEqual(NATIVE_MAX_SOCKETS);
});

it('without the bound (as Node\'s global agent), the same bursts open a socket per send in flight', async () => {
  const { answered, connections } = await twoBursts(Infinity);
  expect(answered).toBe(64);
  expect(connections).toBeGreaterThanOrEqual(32);
});
