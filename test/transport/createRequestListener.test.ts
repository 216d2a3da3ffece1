// The acknowledging thread's listener: GET /healthz answered as the Hono app answers it, and Node's fetch (undici,
// ~8 MiB RSS) loaded only when a request needs the Hono app (@hono/node-server loads it), not for webhooks or health.
import { spawnSync } from 'node:child_process';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { createRequestListener } from '../../src/transport/createRequestListener.js';
import { createServer, type ServerDeps } from '../../src/transport/createServer.js';

/** A GET over node:http (not fetch, which would load undici in a probe), as status, content-type and body. */
function get(url: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    })
      .on('error', reject)
      .end();
  });
}

const deps = (health: ServerDeps['health']): ServerDeps => ({
  secrets: { verificationToken: 't', encryptKey: undefined },
  inbox: { accept: async () => undefined },
  now: () => new Date(),
  log: () => undefined,
  health,
}) as unknown as ServerDeps;

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function serve(d: ServerDeps): Promise<string> {
  server = createHttpServer(createRequestListener(d));
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

it.each([
  ['healthy', () => ({ store: { ok: true }, bot: { ready: true } })],
  ['a part failing', () => ({ store: { ok: false, error: 'disk full' } })],
  ['no parts', undefined],
])('answers GET /healthz as the Hono route does (%s)', async (_, health) => {
  const d = deps(health);
  const url = await serve(d);
  const direct = await get(`${url}/healthz`);
  const viaHono = await createServer(d).request('/healthz');
  expect(direct.status).toBe(viaHono.status);
  expect(direct.type).toBe(viaHono.headers.get('content-type'));
  expect(JSON.parse(direct.body)).toEqual(await viaHono.json());
});

it('serves anything else through the Hono app, loaded on first use (a 404 as before)', async () => {
  const url = await serve(deps(undefined));
  const [a, b] = await Promise.all([get(`${url}/nothing`), get(`${url}/feishu/events`)]);
  expect(a.status).toBe(404);
  expect(b.status).toBe(404);
});

it('loads no undici for webhooks and GET /healthz, and loads it with the Hono app on the first other request', () => {
  // In a process of its own: vitest's has undici loaded already.
  const module = pathToFileURL(join(process.cwd(), 'src/transport/createRequestListener.ts')).href;
  const script = `
    import { createServer, request } from 'node:http';
    const { createRequestListener } = await import(${JSON.stringify(module)});
    const undici = () => process.moduleLoadList.some((m) => m.includes('undici'));
    const get = (url, method = 'GET', body) => new Promise((resolve, reject) => {
      const req = request(url, { method, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
      req.on('error', reject);
      req.end(body);
    });
    const deps = { secrets: { verificationToken: 't' }, inbox: { accept: async () => undefined }, now: () => new Date(), log: () => {}, health: () => ({ store: { ok: true } }) };
    const server = createServer(createRequestListener(deps));
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const url = 'http://127.0.0.1:' + server.address().port;
    const atStart = undici();
    const health = await get(url + '/healthz');
    const event = await get(url + '/feishu/events', 'POST', '{}');
    const afterHealthAndEvent = undici();
    const other = await get(url + '/nothing');
    console.log(JSON.stringify({ atStart, health, eventAnswered: event > 0, afterHealthAndEvent, other, afterOther: undici() }));
    server.close();
  `;
  const probe = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(probe.status, probe.stderr).toBe(0);
  expect(JSON.parse(probe.stdout.trim().split('\n').at(-1)!)).toEqual({
    atStart: false,
    health: 200,
    eventAnswered: true,
    afterHealthAndEvent: false,
    other: 404,
    afterOther: true,
  });
});
