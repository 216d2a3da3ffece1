// The HTTP face of the bot: Feishu event and card-callback webhooks and a health check. Transport only transports.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CardActionResponse, CardActionUpdate } from '../bot/botUpdate.js';
import { answerCardInTime } from './answerCardInTime.js';
import type { Inbox } from './createInbox.js';
import { parseEvent } from './parseEvent.js';
import { verifyDelivery, type DeliverySecrets } from './verifyDelivery.js';

export interface ServerDeps {
  secrets: DeliverySecrets;
  inbox: Inbox;
  now: () => Date;
  log: (line: string) => void;
  /** Card callbacks are answered in the HTTP response, so they run here rather than in the inbox. */
  onCardAction: (update: CardActionUpdate) => Promise<CardActionResponse>;
  /** Extra fields for GET /healthz; any field `{ ok: false, … }` (e.g. the store after a failed write) makes it 503. */
  health?: () => Record<string, unknown>;
  maxBodyBytes?: number;
}

/** Text messages may be 150 KB; allow room for the envelope and base64. */
const DEFAULT_MAX_BODY = 512 * 1024;

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

  async function delivery(c: Context): Promise<Response> {
    const rawBody = await c.req.text();
    const verified = verifyDelivery({ rawBody, header: (n) => c.req.header(n), secrets: deps.secrets, now: deps.now() });
    if (!verified.ok) {
      deps.log(`rejected delivery (${verified.status}): ${verified.reason}`);
      return c.json({ error: verified.reason }, verified.status);
    }
    if (verified.kind === 'challenge') return c.json({ challenge: verified.challenge });

    const parsed = parseEvent(verified.payload);
    if (!parsed.ok) return c.json({ error: parsed.reason }, 400);
    if ('ignored' in parsed) return c.json({});
    const { update } = parsed;
    try {
      if (update.kind === 'card_action') {
        if (!(await deps.inbox.claim(update.eventId, 'card.action.trigger'))) return c.json({});
        return c.json(await answerCardInTime(deps.onCardAction(update)));
      }
      const type = String((verified.payload.header as { event_type: string }).event_type);
      await deps.inbox.accept(update.eventId, type, verified.payload);
      return c.json({});
    } catch (error) {
      // Not persisted: a 500 makes Feishu deliver again later.
      deps.log(`could not accept event ${update.eventId}: ${String((error as Error)?.stack ?? error)}`);
      return c.json({ error: 'temporarily unavailable' }, 500);
    }
  }

  app.get('/healthz', (c) => {
    const parts = deps.health?.() ?? {};
    const ok = Object.values(parts).every((p) => (p as { ok?: unknown } | null)?.ok !== false);
    return c.json({ ok, ...parts }, ok ? 200 : 503);
  });
  app.post('/feishu/events', limit, delivery);
  app.post('/feishu/card', limit, delivery);
  return app;
}
