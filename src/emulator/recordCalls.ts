// Middleware: parses each Open API request body once and records the call with the status and code it was answered with.
import type { MiddlewareHandler } from 'hono';
import { type EmulatorEnv, isRecord } from './emulatorEnv.js';
import type { EmulatorState } from './emulatorState.js';
import { openApiError } from './openApiErrors.js';
import { type MultipartPart, parseMultipart } from './parseMultipart.js';

const INVALID = Symbol('invalid-json');

async function readBody(contentType: string, raw: Buffer): Promise<unknown> {
  if (raw.length === 0) return undefined;
  if (contentType.includes('multipart/form-data')) return parseMultipart(contentType, raw) ?? [];
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return INVALID;
  }
}

/** Files are recorded by size: tests assert on bytes through `emulator.files`, not the call log. */
function summarise(body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  return Object.fromEntries(
    (body as MultipartPart[]).map((p) =>
      p.filename !== undefined || p.contentType?.startsWith('application/octet-stream')
        ? [p.name, { size: p.data.length, filename: p.filename }]
        : [p.name, p.data.toString('utf8')],
    ),
  );
}

async function codeOf(res: Response): Promise<number | undefined> {
  if (!res.headers.get('content-type')?.includes('application/json')) return undefined;
  try {
    const body: unknown = await res.clone().json();
    return isRecord(body) && typeof body.code === 'number' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

export function recordCalls(state: EmulatorState): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const raw = Buffer.from(await c.req.arrayBuffer());
    const body = await readBody(c.req.header('content-type') ?? '', raw);
    const at = state.now();
    if (body === INVALID) {
      const bad = openApiError('invalidJson', 'request body is not valid JSON');
      c.res = c.json(bad.body, bad.status);
    } else {
      c.set('body', body);
      await next();
    }
    state.calls.push({
      method: c.req.method,
      path: c.req.path,
      query: c.req.query(),
      body: body === INVALID ? raw.toString('utf8') : summarise(body),
      at,
      status: c.res.status,
      code: await codeOf(c.res),
    });
  };
}
