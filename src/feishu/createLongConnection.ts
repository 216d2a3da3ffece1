// Feishu's long connection (长连接): the SDK's WSClient dials out, events and card callbacks come back over the socket.
import type { HttpInstance, HttpRequestOptions, Logger } from '@larksuiteoapi/node-sdk';
import { createNativeHttp } from './createNativeHttp.js';
import { larkWs, wholeSdkHttp } from './larkWs.js';
import { APP_ID_PATTERN } from './appIdPattern.js';
import { LongConnectionError } from './LongConnectionError.js';

/** `connecting` until the first connection, `reconnecting` after a loss, `failed` when the SDK gave up, `closed` after close(). */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed';

export interface LongConnectionOptions {
  appId: string;
  appSecret: string;
  /** Open API base URL; the SDK asks `${domain}/callback/ws/endpoint` for the socket's address. */
  domain: string;
  /**
   * Gets every event envelope pushed over the connection, exactly as Feishu sent it (schema 2.0, plain JSON), and
   * resolves with the answer: for `card.action.trigger` the callback answer (toast, card), otherwise nothing.
   * A throw makes the SDK answer code 500, so Feishu pushes the event again later.
   */
  receive: (envelope: Record<string, unknown>) => Promise<unknown>;
  log: (line: string) => void;
  /** Seconds without any frame after a ping before the socket is presumed dead and redialled (default 30). */
  pingTimeoutSeconds?: number;
  /** How long start() waits for the first attempt before carrying on in the background (default 20 s). */
  startTimeoutMs?: number;
  /** After the SDK used up Feishu's ReconnectCount, wait this long and start over (default 60 s). */
  restartAfterMs?: number;
}

export interface LongConnection {
  /**
   * Connects. Resolves when connected, or when the first attempt failed in a way the SDK retries (the gateway
   * unreachable: state stays `connecting`, retried in the background). Rejects with a LongConnectionError
   * (code FEISHU_WS_REFUSED) when the app id is malformed or the gateway refuses the credentials.
   */
  start(): Promise<void>;
  state(): ConnectionState;
  /** Stops taking events: closes the socket and ends the reconnect loop. */
  close(): void;
}

const ENDPOINT_PATH = '/callback/ws/endpoint';

/** The SDK's dispatcher flattens header and event into one object (header.token and a card's event.token collide); we want the envelope. */
class EnvelopeDispatcher extends larkWs.EventDispatcher {
  constructor(
    private readonly receive: (envelope: Record<string, unknown>) => Promise<unknown>,
    logger: Logger,
  ) {
    super({ logger });
  }
  override async invoke(data: unknown): Promise<unknown> {
    return this.receive(data as Record<string, unknown>);
  }
}

/**
 * The SDK's endpoint call, made to fail clearly: it destructures `data.URL` before looking at `code`, and treats any
 * thrown error as "retry later", so a refusal without `data`, or sent as HTTP 4xx, would be retried forever
 * (node-sdk 1.74 pullConnectConfig). We hand it `{code, msg, data: {}}` instead and note the refusal.
 */
function endpointHttp(onRefused: (code: number, msg: string) => void): HttpInstance {
  // Node's own http for this plain JSON call, as the bot thread's Client sends its calls (createNativeHttp); the SDK's
  // axios only behind a proxy or a redirect, so that the acknowledging thread does not load it to dial.
  const base = createNativeHttp(wholeSdkHttp());
  const request = async (opts: HttpRequestOptions<unknown>): Promise<unknown> => {
    let answer: unknown;
    try {
      answer = await base.request(opts);
    } catch (error) {
      const res = (error as { response?: { status?: number; data?: unknown } }).response;
      if (!res?.status || res.status < 400 || res.status >= 500 || !String(opts.url).endsWith(ENDPOINT_PATH)) throw error;
      const body = (typeof res.data === 'object' && res.data) || {};
      answer = { code: (body as { code?: number }).code ?? res.status, msg: (body as { msg?: string }).msg ?? `HTTP ${res.status}` };
    }
    if (!String(opts.url).endsWith(ENDPOINT_PATH) || typeof answer !== 'object' || answer === null) return answer;
    const a = answer as { code?: number; msg?: string; data?: unknown };
    // 1 (busy) and 1000040343 (internal error) are retried by the SDK; any other code is a refusal.
    if (typeof a.code === 'number' && ![0, 1, 1000040343].includes(a.code)) onRefused(a.code, String(a.msg ?? ''));
    return { ...a, data: a.data ?? {} };
  };
  return { request } as unknown as HttpInstance;
}

function brief(args: unknown[]): string {
  return args
    .map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 300);
}

export function createLongConnection(opts: LongConnectionOptions): LongConnection {
  let closed = false;
  let refusal: { code: number; msg: string } | undefined;
  // The SDK says why a socket went away only in its log lines; the latest one is the reason we report.
  let lastTrouble: string | undefined;
  let firstAttemptFailed: (() => void) | undefined;
  let ready: (() => void) | undefined;
  let failed: ((error: Error) => void) | undefined;
  let connectedOnce = false;
  let outage = false;
  let restartTimer: NodeJS.Timeout | undefined;
  const restartAfterMs = opts.restartAfterMs ?? 60_000;

  const remember = (...args: unknown[]): void => {
    const text = brief(args);
    // 'connect failed' is the first attempt giving up for now (retryable); everything else is a symptom.
    if (/\bconnect failed\b/.test(text) && !/ws connect failed/.test(text)) firstAttemptFailed?.();
    lastTrouble = text;
  };
  // The SDK's debug lines can carry event bodies (a member's words), so they are never printed.
  const logger: Logger = { error: remember, warn: remember, info: () => {}, debug: () => {}, trace: () => {} };

  const dispatcher = new EnvelopeDispatcher(opts.receive, logger);
  const client = new larkWs.WSClient({
    appId: opts.appId,
    appSecret: opts.appSecret,
    domain: opts.domain,
    logger,
    httpInstance: endpointHttp((code, msg) => (refusal = { code, msg })),
    wsConfig: { pingTimeout: opts.pingTimeoutSeconds ?? 30 },
    handshakeTimeoutMs: 15_000,
    onReady: () => {
      connectedOnce = true;
      outage = false;
      lastTrouble = undefined;
      opts.log(`长连接已建立 / long connection up (${opts.domain})`);
      ready?.();
    },
    onReconnecting: () => {
      // Once per outage: the SDK says it again when we start it over after it gave up.
      if (outage) return;
      outage = true;
      const reason = lastTrouble && !/client closed/.test(lastTrouble) ? lastTrouble : 'the gateway or the network closed the socket';
      opts.log(`长连接断开，正在重连 / long connection lost, reconnecting: ${reason}`);
      lastTrouble = undefined;
    },
    onReconnected: () => {
      outage = false;
      opts.log('长连接已恢复 / long connection restored');
      lastTrouble = undefined;
    },
    onError: (error) => {
      const refused = refusal ? LongConnectionError.refused(refusal.code, refusal.msg) : undefined;
      if (failed) return failed(refused ?? new LongConnectionError('FEISHU_WS_FAILED', `长连接失败 / the long connection failed: ${error.message}`, '请检查本机到飞书的网络 / check the network path to Feishu'));
      if (refused) return opts.log(`长连接已停止重试 / long connection gave up: ${refused.message}`);
      // The SDK gives up after ReconnectCount attempts (from Feishu's ClientConfig); a long outage must not leave the bot deaf.
      opts.log(`长连接重试次数用尽，${restartAfterMs / 1000} 秒后重新开始 / long connection gave up (${error.message}); starting over in ${restartAfterMs / 1000} s`);
      restartTimer = setTimeout(() => {
        if (!closed) void client.start({ eventDispatcher: dispatcher });
      }, restartAfterMs);
    },
  });

  return {
    async start() {
      if (!APP_ID_PATTERN.test(opts.appId)) throw LongConnectionError.badAppId(opts.appId);
      const outcome = new Promise<void>((resolve, reject) => {
        ready = resolve;
        failed = reject;
        firstAttemptFailed = () => {
          opts.log(`长连接暂未建立，后台继续重试 / long connection not up yet, retrying in the background: ${lastTrouble ?? 'gateway unreachable'}`);
          resolve();
        };
        setTimeout(resolve, opts.startTimeoutMs ?? 20_000).unref();
      });
      await client.start({ eventDispatcher: dispatcher });
      try {
        await outcome;
      } catch (error) {
        closed = true;
        client.close({ force: true });
        throw error;
      } finally {
        ready = failed = firstAttemptFailed = undefined;
      }
    },
    state() {
      if (closed) return 'closed';
      const s = client.getConnectionStatus().state;
      if (s === 'idle') return connectedOnce ? 'reconnecting' : 'connecting';
      return s;
    },
    close() {
      if (closed) return;
      closed = true;
      clearTimeout(restartTimer);
      client.close({ force: true });
    },
  };
}
