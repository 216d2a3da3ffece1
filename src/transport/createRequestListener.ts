// The bot's node:http request listener: Feishu's two webhook routes and GET /healthz answered on node:http directly, anything else through the Hono app, loaded on first use.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDeliveryHandler } from './createDeliveryHandler.js';
import { createServer, DEFAULT_MAX_BODY, healthAnswer, type ServerDeps } from './createServer.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

const WEBHOOKS = new Set(['/feishu/events', '/feishu/card']);
const ACK_BODY = Buffer.from('{}');
const TOO_LARGE = { status: 413, body: { error: 'body too large' } };
// As Hono's c.req.text(): UTF-8, a leading BOM dropped.
const decoder = new TextDecoder();

/**
 * The same answers as createServer's app (its Hono routes stay for the tests that serve the app alone), without what
 * Hono costs per request on @hono/node-server: a web Request, the middleware chain, a web Response turned back into a
 * node:http one. Under saturation that was a tenth of the acknowledging thread's time, and the acknowledgement `{}` is
 * written from one buffer made once.
 */
export function createRequestListener(deps: ServerDeps): RequestListener {
  // @hono/node-server reads the global Request, Response and Headers when its module loads, which loads Node's fetch
  // (undici: +7.9 MiB RSS, +2.7 MiB heap on the acknowledging thread, under npm start's flags, r60). Only requests that
  // are neither a webhook nor GET /healthz need it (a 404, a HEAD), so it is imported on the first of those.
  let viaHono: Promise<RequestListener> | undefined;
  const hono = (): Promise<RequestListener> =>
    (viaHono ??= import('@hono/node-server').then(
      ({ getRequestListener }) => {
        const listener = getRequestListener(createServer(deps).fetch);
        return (req, res) => void listener(req, res);
      },
      (error: unknown) => {
        // Tried again on the next such request rather than answering 500 to every one until a restart.
        viaHono = undefined;
        throw error;
      },
    ));
  const handle = createDeliveryHandler(deps);
  const maxSize = deps.maxBodyBytes ?? DEFAULT_MAX_BODY;

  return (req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      // As the Hono route answers it (createServer), without a web Request per probe.
      answer(res, healthAnswer(deps));
      return;
    }
    if (req.method !== 'POST' || !WEBHOOKS.has(req.url ?? '')) {
      hono().then(
        (listener) => listener(req, res),
        (error: unknown) => {
          deps.log(`could not answer ${req.method ?? '?'} ${req.url ?? '?'}: ${String((error as Error)?.stack ?? error)}`);
          answer(res, { status: 500, body: { error: 'internal error' } });
        },
      );
      return;
    }
    // A declared length is checked from the header (Node's parser holds the body to it); a chunked one as it arrives.
    const declared = req.headers['content-length'];
    if (declared !== undefined && req.headers['transfer-encoding'] === undefined && Number(declared) > maxSize) {
      answer(res, TOO_LARGE);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    // A sender that hangs up mid-body: its socket is gone and nothing was accepted, so there is no one to answer. The
    // listener keeps a stream 'error' (ECONNRESET "aborted") from going unhandled.
    req.on('error', () => {
      refused = true;
    });
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxSize) {
        refused = true;
        chunks.length = 0;
        answer(res, TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const rawBody = decoder.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
      handle(rawBody, (name) => headerOf(req, name)).then(
        (a) => answer(res, a),
        (error: unknown) => {
          deps.log(`could not answer a delivery: ${String((error as Error)?.stack ?? error)}`);
          answer(res, { status: 500, body: { error: 'internal error' } });
        },
      );
    });
  };
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function answer(res: ServerResponse, a: { status: number; body?: unknown }): void {
  const body = a.body === undefined ? ACK_BODY : Buffer.from(JSON.stringify(a.body));
  res.writeHead(a.status, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}
