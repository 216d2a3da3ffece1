// The SDK's plain JSON calls (send, reply, patch, get a user…) over node's own http, axios for everything else.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { HttpInstance, HttpRequestOptions } from '@larksuiteoapi/node-sdk';
import { httpInstanceOf } from './httpInstanceOf.js';

/** What axios sends as Accept unless told otherwise (its defaults.headers.common). */
const ACCEPT = 'application/json, text/plain, */*';

/** The options the SDK's generated methods and Client.request pass; anything else goes to axios. */
const PLAIN_KEYS = new Set(['url', 'method', 'data', 'params', 'headers', 'paramsSerializer', 'timeout', '$return_headers']);

/**
 * A proxy named in the environment (axios follows HTTP_PROXY / HTTPS_PROXY / ALL_PROXY through proxy-from-env); the
 * native path would go around it, so with one set every call keeps to axios.
 */
function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return Object.keys(env).some((k) => /_proxy$/i.test(k) && !/^(?:npm_config_)?no_proxy$/i.test(k) && env[k] !== '');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The failure axios would have thrown, as far as anyone here reads it (toFeishuError, the SDK's logger). */
export interface NativeHttpFailure extends Error {
  isAxiosError: true;
  code?: string;
  config: { url: string; method: string; data?: string; params?: unknown };
  response?: { status: number; statusText: string; data: unknown; headers: IncomingHttpHeaders };
}

function failure(message: string, code: string | undefined, config: NativeHttpFailure['config'], response?: NativeHttpFailure['response'], cause?: unknown): NativeHttpFailure {
  const err = new Error(message, cause === undefined ? undefined : { cause }) as NativeHttpFailure;
  err.name = 'AxiosError';
  err.isAxiosError = true;
  if (code !== undefined) err.code = code;
  err.config = config;
  if (response) err.response = response;
  return err;
}

/** axios's default transformResponse: JSON when it parses, the text as it came otherwise (silentJSONParsing). */
function parsedBody(text: string): unknown {
  if (text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The URL with its query as axios's buildURL writes it with a serializer function (the SDK's qs.stringify). */
function urlWithParams(url: string, params: unknown, serializer: unknown): string | undefined {
  if (params === undefined || params === null) return url;
  if (!isPlainObject(params)) return undefined;
  if (typeof serializer !== 'function') return Object.keys(params).length === 0 ? url : undefined;
  const query = String((serializer as (p: unknown) => unknown)(params) ?? '');
  if (query === '') return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  return base + (base.includes('?') ? '&' : '?') + query;
}

interface Plain {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  timeout: number;
  returnHeaders: boolean;
  config: NativeHttpFailure['config'];
}

/** The request as node's http can send it, or undefined when it is not a plain JSON call (then axios sends it). */
function plainRequest(opts: HttpRequestOptions<unknown>): Plain | undefined {
  for (const k of Object.keys(opts)) if (!PLAIN_KEYS.has(k) && (opts as Record<string, unknown>)[k] !== undefined) return undefined;
  if (typeof opts.url !== 'string' || !/^https?:\/\//i.test(opts.url)) return undefined;
  const data = opts.data;
  if (data !== undefined && !isPlainObject(data)) return undefined;
  // A file's bytes (im.v1.file.create: a Buffer in `data`, multipart by its Content-Type) are axios's to encode.
  if (data !== undefined && Object.values(data).some((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !isPlainObject(v))) return undefined;
  const given = opts.headers ?? {};
  if (!isPlainObject(given)) return undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(given)) {
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined;
    headers[k.toLowerCase()] = String(v);
  }
  if (headers['content-type'] !== undefined && !/^application\/json\b/i.test(headers['content-type'])) return undefined;
  // The token fetch names no User-Agent: the SDK's own instance adds its fallback one, so it stays with axios.
  if (headers['user-agent'] === undefined) return undefined;
  const full = urlWithParams(opts.url, opts.params, opts.paramsSerializer);
  if (full === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(full);
  } catch {
    return undefined;
  }
  const method = (opts.method ?? 'get').toUpperCase();
  const body = data === undefined ? undefined : JSON.stringify(data);
  if (headers.accept === undefined) headers.accept = ACCEPT;
  if (body !== undefined) {
    if (headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  const timeout = opts.timeout === undefined ? 0 : Number(opts.timeout);
  if (!Number.isFinite(timeout) || timeout < 0) return undefined;
  return {
    url,
    method,
    headers,
    body,
    timeout,
    returnHeaders: opts.$return_headers === true,
    config: { url: full, method: method.toLowerCase(), ...(body !== undefined ? { data: body } : {}), ...(opts.params !== undefined ? { params: opts.params } : {}) },
  };
}

/** The agents the native path sends through, one per scheme. */
export interface NativeAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

/**
 * Sockets to Feishu kept per scheme (and host): at most this many open at once, the rest of a burst waiting for one.
 * Node's global agent has no bound (`maxSockets: Infinity`), and the outbox and replies send up to 32 at once: each burst
 * opened new sockets that then sat idle behind the most recently used ones (LIFO) and expired after 5 s, about one new
 * socket (one TLS handshake against open.feishu.cn) every second or third reply under load (r60: 140–298 per 500).
 * Isolated, a burst of 32 every 2 s for 20 s: 106 sockets with the global agent, 16 with 8 (r60 fbg). Eight carry 50
 * sends/s at round trips up to 160 ms; the limiter (src/outbox/createSendLimiter.ts) lets no more than 50 leave a second.
 */
export const NATIVE_MAX_SOCKETS = 8;

/**
 * Keep-alive agents as Node's global one (LIFO, idle sockets closed after 5 s: Open Platform documents no keep-alive
 * timeout for open.feishu.cn, and a socket closed first by our side is never reused by a request as the server
 * closes it) with at most `maxSockets` (default NATIVE_MAX_SOCKETS) per host.
 */
export function createNativeAgents(maxSockets: number = NATIVE_MAX_SOCKETS): NativeAgents {
  const opts = { keepAlive: true, scheduling: 'lifo' as const, timeout: 5000, maxSockets, maxFreeSockets: maxSockets };
  return { http: new HttpAgent(opts), https: new HttpsAgent(opts) };
}

/** Settled as axios's settle and response interceptor would: 2xx the body (or {data, headers}), else a failure with the response. */
function send(p: Plain, agents: NativeAgents, onRedirect: () => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      fn();
    };
    const onResponse = (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      // A redirect: axios (follow-redirects) would follow it; let it, from the start (Feishu's Open API answers none).
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        finish(() => onRedirect().then(resolve, reject));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) => finish(() => reject(failure(e.message, (e as NodeJS.ErrnoException).code, p.config, undefined, e))));
      res.on('end', () =>
        finish(() => {
          const data = parsedBody(Buffer.concat(chunks).toString('utf8'));
          if (status >= 200 && status < 300) {
            resolve(p.returnHeaders ? { data, headers: res.headers } : data);
            return;
          }
          const response = { status, statusText: res.statusMessage ?? '', data, headers: res.headers };
          reject(failure(`Request failed with status code ${status}`, status >= 400 && status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE', p.config, response));
        }),
      );
    };
    const https = p.url.protocol === 'https:';
    const req = (https ? httpsRequest : httpRequest)(p.url, { method: p.method, headers: p.headers, agent: https ? agents.https : agents.http }, (res) => {
      if (timer) clearTimeout(timer);
      onResponse(res);
    });
    req.on('error', (e: NodeJS.ErrnoException) => finish(() => reject(failure(e.message, e.code, p.config, undefined, e))));
    if (p.timeout > 0) {
      // As axios over follow-redirects times a call: from the socket to the answer's head, then the socket idle; with
      // axios's message and code (ECONNABORTED; toFeishuError reads either).
      const timedOut = () => {
        finish(() => reject(failure(`timeout of ${p.timeout}ms exceeded`, 'ECONNABORTED', p.config)));
        req.destroy();
      };
      req.once('socket', () => {
        if (!done) timer = setTimeout(timedOut, p.timeout);
      });
      req.setTimeout(p.timeout, timedOut);
    }
    req.end(p.body);
  });
}

/**
 * An HttpInstance with the contract of the SDK's default one (the body of a 2xx answer, or {data, headers} with
 * $return_headers; a failure carrying `response` for any other status; axios's timeout code) that sends the SDK's plain
 * JSON calls through node's http with `agents` (default createNativeAgents(): keep-alive, at most eight sockets per
 * host), without axios's and follow-redirects' request building (a third of a 帮助's bot-thread CPU, round 47's
 * profiles). Uploads, streams, downloads, calls with other options, the token fetch, redirects, and every call when a
 * proxy is configured are handed to `base` unchanged (axios, Node's global agent).
 */
export function createNativeHttp(base: HttpInstance, env: NodeJS.ProcessEnv = process.env, agents: NativeAgents = createNativeAgents()): HttpInstance {
  const viaBase = proxyConfigured(env);
  const request = <R>(opts: HttpRequestOptions<unknown>): Promise<R> => {
    const plain = viaBase ? undefined : plainRequest(opts);
    if (!plain) return base.request<unknown, R>(opts);
    return send(plain, agents, () => base.request(opts)) as Promise<R>;
  };
  return httpInstanceOf(request);
}
