// The HTTP face of the bot: Feishu event and card-callback webhooks and a health check. Transport only transports.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createDeliveryHandler, type DeliveryDeps } from './createDeliveryHandler.js';

export interface ServerDeps extends DeliveryDeps {
  /** Extra fields for GET /healthz; any field `{ ok: false, … }` (e.g. the store after a failed write) makes it 503. */
  health?: () => Record<string, unknown>;
  maxBodyBytes?: number;
}

/** Text messages may be 150 KB; allow room for the envelope and base64. */
export const DEFAULT_MAX_BODY = 512 * 1024;

/** GET /healthz: 200 `{ ok: true, …parts }`, or 503 when any part says `{ ok: false, … }`. */
export function healthAnswer(deps: Pick<ServerDeps, 'health'>): { status: 200 | 503; body: Record<string, unknown> } {
  const parts = deps.health?.() ?? {};
  const ok = Object.values(parts).every((p) => (p as { ok?: unknown } | null)?.ok !== false);
  return { status: ok ? 200 : 503, body: { ok, ...parts } };
}

export function createServer(deps: ServerDeps): Hono {
  const app = new Hono();

  const maxSize = deps.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const tooLarge = (c: Context) => c.json({ error: 'body too large' }, 413);
  const streamingLimit = bodyLimit({ maxSize, onError: tooLarge });
  // A declared length is checked from the header alone (Node's parser holds the body to it), so the body is then read
  // by @hono/node-server's direct path. Hono's bodyLimit reads `c.req.raw.body`, which builds a full web Request and
  // ReadableStream per delivery (about a third of the acknowledging thread's time under saturation): kept for chunked
  // bodies only, whose length is known once read.
  const limit: MiddlewareHandler = (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return streamingLimit(c, next);
    return Number(declared) > maxSize ? Promise.resolve(tooLarge(c)) : next();
  };

  const handle = createDeliveryHandler(deps);
  async function delivery(c: Context): Promise<Response> {
    const answer = await handle(await c.req.text(), (n) => c.req.header(n));
    return c.json((answer.body ?? {}) as object, answer.status);
  }

  app.get('/healthz', (c) => {
    const h = healthAnswer(deps);
    return c.json(h.body, h.status);
  });
  app.post('/feishu/events', limit, delivery);
  app.post('/feishu/card', limit, delivery);
  return app;
}
