// The 体验台: a Feishu-like chat page served by the emulator at `/`, its JSON API under /web/api, and a live SSE feed.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { type EmulatorEnv, isRecord } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import type { DeliveryResult, WebhookSecrets } from './emulatorTypes.js';
import type { CardActionInput, MessageEventInput } from './eventBuilders.js';
import { p2pChatIdFor } from './feishuIds.js';
import { createWebHub } from './webHub.js';
import { type Outcome, createWebMember } from './webMember.js';

export interface WebRoutesDeps {
  state: EmulatorState;
  webhook: () => { url: string; sec: WebhookSecrets } | undefined;
  messageEvent: (input: MessageEventInput) => Record<string, unknown>;
  cardActionEvent: (input: CardActionInput) => Record<string, unknown>;
  deliver: (url: string, envelope: object, sec: WebhookSecrets) => Promise<DeliveryResult>;
  /** A member's role as the page shows it next to their name and title (e.g. 党组书记, 班子成员). */
  roleOf?: (openId: string) => string | undefined;
}

const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), 'web');
const require = createRequire(import.meta.url);
/** Served from node_modules, never a CDN: the page works offline. */
const VENDOR: Record<string, () => string> = {
  'vchart.js': () => require.resolve('@visactor/vchart/build/index.min.js'),
  // marked's exports map hides lib/; its package.json is exported and sits next to it.
  'marked.js': () => join(dirname(require.resolve('marked/package.json')), 'lib', 'marked.esm.js'),
};
/** Pages open at once; each holds one SSE connection. */
const MAX_PAGES = 32;
/** A stream is closed after this long; EventSource reconnects by itself and the page reloads its state. */
const STREAM_MS = 30 * 60_000;
/** Feishu's own limit for a file message. */
const MAX_UPLOAD = 30 * 1024 * 1024;

function answer<T>(c: Context<EmulatorEnv>, outcome: Outcome<T>): Response {
  return outcome.ok ? c.json(outcome.value as object) : c.json({ code: outcome.code, error: outcome.error }, outcome.status);
}

async function jsonBody(c: Context<EmulatorEnv>): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await c.req.json();
    return isRecord(body) ? body : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** RFC 6266/5987: Chinese file names survive the download. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Registers the page, its API and the watch that feeds open pages. Call before the Open API routes:
 * the watch is a middleware that announces what a send, reply or card patch changed once it is done.
 */
export function registerWebRoutes(app: Hono<EmulatorEnv>, deps: WebRoutesDeps): void {
  const { state } = deps;
  const hub = createWebHub(state);
  const member = createWebMember({ ...deps, hub });

  app.use('/open-apis/im/*', async (_c, next) => {
    await next();
    hub.scan();
  });
  app.use('/_demo/*', async (_c, next) => {
    await next();
    hub.scan();
  });

  app.get('/', async (c) => c.html(await readFile(join(WEB_DIR, 'index.html'), 'utf8')));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/web/vendor/:file', async (c) => {
    const locate = VENDOR[c.req.param('file')];
    if (!locate) return c.json({ error: 'unknown vendor file' }, 404);
    const body = await readFile(locate());
    return c.body(body, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
  });
  app.use('/web/static/*', serveStatic({ root: WEB_DIR, rewriteRequestPath: (p) => p.replace(/^\/web\/static/, '') }));

  app.get('/web/api/state', (c) =>
    c.json({
      bot: state.bot,
      members: [...state.users.values()].map((u) => ({
        openId: u.openId,
        name: u.name,
        title: u.jobTitle ?? '',
        role: deps.roleOf?.(u.openId) ?? '',
        p2pChatId: p2pChatIdFor(u.openId),
      })),
      groups: [...state.chats.values()],
      messages: hub.snapshot(),
    }),
  );

  app.get('/web/api/events', (c) => {
    if (hub.listeners >= MAX_PAGES) return c.json({ error: `at most ${MAX_PAGES} pages at once` }, 503);
    return streamSSE(c, async (stream) => {
      const unsubscribe = hub.subscribe((e) => void stream.writeSSE({ event: e.type, data: JSON.stringify(e.message) }));
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          stream.onAbort(resolve);
          timer = setTimeout(resolve, STREAM_MS);
        });
        clearTimeout(timer);
      } finally {
        unsubscribe();
      }
    });
  });

  app.post('/web/api/send', async (c) => {
    const b = await jsonBody(c);
    return answer(c, await member.send(str(b.from), str(b.chatId), { kind: 'text', text: str(b.text) }));
  });

  app.post(
    '/web/api/upload',
    bodyLimit({ maxSize: MAX_UPLOAD, onError: (c) => c.json({ code: 'WEB_FILE_TOO_LARGE', error: '文件超过 30 MB（飞书的上限）' }, 413) }),
    async (c) => {
      const form = await c.req.parseBody();
      const file = form.file;
      if (!(file instanceof File)) return c.json({ code: 'WEB_NO_FILE', error: '缺少文件：表单字段 file' }, 400);
      const bytes = Buffer.from(await file.arrayBuffer());
      const kind = file.type.startsWith('image/') ? 'image' : 'file';
      return answer(c, await member.send(str(form.from), str(form.chatId), { kind, name: file.name, mime: file.type, bytes }));
    },
  );

  app.post('/web/api/recall', async (c) => {
    const b = await jsonBody(c);
    return answer(c, await member.recall(str(b.from), str(b.messageId)));
  });

  app.post('/web/api/action', async (c) => {
    const b = await jsonBody(c);
    const value = isRecord(b.value) ? b.value : {};
    return answer(
      c,
      await member.act(str(b.from), str(b.messageId), {
        value,
        ...(isRecord(b.formValue) ? { formValue: b.formValue } : {}),
        ...(str(b.tag) ? { tag: str(b.tag) } : {}),
        ...(str(b.name) ? { name: str(b.name) } : {}),
        // A select or date picker outside a form answers with `option`; an input with `input_value`.
        ...(typeof b.option === 'string' ? { option: b.option } : {}),
        ...(typeof b.inputValue === 'string' ? { inputValue: b.inputValue } : {}),
      }),
    );
  });

  /** Files the bot sent (台账, 年度总结) and files members sent from the page. */
  app.get('/web/files/:key', (c) => {
    const key = c.req.param('key');
    const sent = state.files.find((f) => f.fileKey === key);
    if (sent) return c.body(new Uint8Array(sent.bytes), 200, { 'content-disposition': attachment(sent.fileName), 'content-type': 'application/octet-stream' });
    const up = member.uploads.get(key);
    if (up) {
      const inline = up.mime.startsWith('image/');
      return c.body(new Uint8Array(up.bytes), 200, {
        'content-type': up.mime || 'application/octet-stream',
        ...(inline ? {} : { 'content-disposition': attachment(up.name) }),
      });
    }
    return c.json({ error: 'no such file' }, 404);
  });
}
