// The emulator's long-connection gateway: POST /callback/ws/endpoint hands out a ticketed WebSocket URL, the socket speaks pbbp2 frames.
import { randomBytes, randomInt } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DeliveryResult } from './emulatorTypes.js';
import { FRAME_CONTROL, FRAME_DATA, decodeFrame, encodeFrame, frameHeader, type WsFrame } from './wsFrame.js';

/**
 * What the endpoint and every pong tell the client, in seconds (node-sdk multiplies by 1000).
 * ReconnectCount −1 = retry forever; ReconnectNonce = the random part of the first retry's delay.
 */
export interface WsClientConfig {
  PingInterval: number;
  ReconnectCount: number;
  ReconnectInterval: number;
  ReconnectNonce: number;
}

export interface WsGatewayOptions {
  appId: string;
  appSecret: string;
  log?: (line: string) => void;
  /** Defaults: ping every 120 s (Feishu's), retry every 2 s without a random delay, forever. */
  clientConfig?: Partial<WsClientConfig>;
  /** Events longer than this many bytes go out in several frames (headers sum/seq); default 64 KiB. */
  fragmentBytes?: number;
  /** How long push() waits for the client's answer frame; default 10 s (Feishu gives up after 3 s). */
  ackTimeoutMs?: number;
}

export interface PushOptions {
  /** Overrides fragmentBytes for this event (tests of multi-frame events). */
  fragmentBytes?: number;
}

export interface WsGateway {
  /** The answer of POST /callback/ws/endpoint to body `{AppID, AppSecret}`; `origin` is the emulator's http://127.0.0.1:PORT. */
  endpoint(body: unknown, origin: string): { code: number; msg: string; data?: { URL: string; ClientConfig: WsClientConfig } };
  /** Serves the WebSocket upgrade of `server` on /ws/v2 (other upgrade paths are refused). */
  attach(server: Server): void;
  /** `ws://127.0.0.1:PORT/ws/v2` once attached; what the demo's say shows as the bot's address. */
  readonly url: string | undefined;
  /** Open connections. */
  readonly connections: number;
  /** Ping frames received so far (all connections). */
  readonly pings: number;
  /**
   * Pushes one event envelope (plain JSON, as Feishu does on the connection) to a connected client — one at random
   * when several are — and resolves with its answer: status = the answer's `code` (200, or 500 when the handler threw),
   * body = the JSON the handler returned (base64 `data`), `{}` without data. Rejects when no client is connected, the
   * connection closes first, or no answer comes within ackTimeoutMs.
   */
  push(envelope: object, opts?: PushOptions): Promise<DeliveryResult>;
  /** Cuts every connection without a close handshake, as a network failure does; returns how many were cut. */
  drop(): number;
  /** The next `count` endpoint calls answer code 1000040343 (Feishu busy: the SDK retries), as during a gateway outage. */
  busyFor(count: number): void;
  /** Resolves once at least `count` clients are connected; rejects after timeoutMs. */
  waitForConnections(count?: number, timeoutMs?: number): Promise<void>;
  close(): void;
}

const DEFAULT_CONFIG: WsClientConfig = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 2, ReconnectNonce: 0 };
const TICKET_TTL_MS = 5 * 60_000;

interface Pending {
  resolve: (r: DeliveryResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
  socket: WebSocket;
}

export function createWsGateway(opts: WsGatewayOptions): WsGateway {
  const config: WsClientConfig = { ...DEFAULT_CONFIG, ...opts.clientConfig };
  const serviceId = randomInt(10_000_000, 99_999_999);
  const tickets = new Map<string, number>();
  const sockets = new Set<WebSocket>();
  const pending = new Map<string, Pending>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  let url: string | undefined;
  let pings = 0;
  let seq = 0;
  let busy = 0;

  const send = (socket: WebSocket, frame: WsFrame) => socket.send(encodeFrame(frame));

  function onFrame(socket: WebSocket, bytes: Buffer): void {
    let frame: WsFrame;
    try {
      frame = decodeFrame(bytes);
    } catch (err) {
      opts.log?.(`长连接：收到无法解析的帧（${(err as Error).message}），断开`);
      socket.terminate();
      return;
    }
    if (frame.method === FRAME_CONTROL) {
      if (frameHeader(frame, 'type') !== 'ping') return;
      pings += 1;
      send(socket, {
        SeqID: 0,
        LogID: 0,
        service: serviceId,
        method: FRAME_CONTROL,
        headers: [{ key: 'type', value: 'pong' }],
        payload: Buffer.from(JSON.stringify(config)),
      });
      return;
    }
    const id = frameHeader(frame, 'message_id');
    const waiting = id ? pending.get(id) : undefined;
    if (!id || !waiting) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    try {
      const answer = JSON.parse(Buffer.from(frame.payload ?? []).toString('utf8')) as { code?: number; data?: string };
      const body = answer.data ? (JSON.parse(Buffer.from(answer.data, 'base64').toString('utf8')) as unknown) : {};
      waiting.resolve({ status: Number(answer.code ?? 0), body });
    } catch (err) {
      waiting.reject(new Error(`long connection: unreadable answer to ${id}: ${(err as Error).message}`));
    }
  }

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = u.searchParams.get('ticket') ?? '';
    const expires = tickets.get(ticket);
    // A ticket is good for one connection, as Feishu's are short-lived and single-use.
    if (u.pathname !== '/ws/v2' || !expires || expires < Date.now()) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    tickets.delete(ticket);
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      opts.log?.(`长连接：机器人已连接（共 ${sockets.size} 个连接）`);
      ws.on('message', (data: Buffer) => onFrame(ws, data));
      ws.on('error', () => {});
      ws.on('close', () => {
        sockets.delete(ws);
        for (const [id, p] of pending) {
          if (p.socket !== ws) continue;
          pending.delete(id);
          clearTimeout(p.timer);
          p.reject(new Error('long connection closed before the bot answered'));
        }
        opts.log?.(`长连接：连接已断开（剩 ${sockets.size} 个连接）`);
      });
    });
  }

  return {
    endpoint(body, origin) {
      if (busy > 0) {
        busy -= 1;
        return { code: 1000040343, msg: 'system busy' };
      }
      const b = (body ?? {}) as { AppID?: unknown; AppSecret?: unknown };
      if (b.AppID !== opts.appId) return { code: 403, msg: `app ${String(b.AppID)} not found or not allowed to connect` };
      if (b.AppSecret !== opts.appSecret) return { code: 514, msg: 'auth failed: wrong app secret' };
      const ticket = randomBytes(12).toString('hex');
      tickets.set(ticket, Date.now() + TICKET_TTL_MS);
      const deviceId = String(randomInt(1e9, 9e9));
      // The SDK reads device_id/service_id with qs.parse on the whole URL, so neither may be the first parameter.
      const wsUrl = `${origin.replace(/^http/, 'ws')}/ws/v2?fpid=1&aid=1&device_id=${deviceId}&access_key=${ticket.slice(0, 8)}&service_id=${serviceId}&ticket=${ticket}`;
      return { code: 0, msg: 'ok', data: { URL: wsUrl, ClientConfig: config } };
    },

    attach(server) {
      server.on('upgrade', onUpgrade);
      const address = server.address();
      if (address && typeof address === 'object') url = `ws://127.0.0.1:${address.port}/ws/v2`;
    },

    get url() {
      return url;
    },
    get connections() {
      return sockets.size;
    },
    get pings() {
      return pings;
    },

    push(envelope, pushOpts = {}) {
      const open = [...sockets].filter((s) => s.readyState === s.OPEN);
      const socket = open[randomInt(0, Math.max(open.length, 1))];
      if (!socket) return Promise.reject(new Error('no bot is connected to the long-connection gateway'));
      const bytes = Buffer.from(JSON.stringify(envelope));
      const size = Math.max(1, pushOpts.fragmentBytes ?? opts.fragmentBytes ?? 64 * 1024);
      const sum = Math.max(1, Math.ceil(bytes.length / size));
      const messageId = `ws_${randomBytes(8).toString('hex')}`;
      const traceId = randomBytes(8).toString('hex');
      return new Promise<DeliveryResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(messageId);
          reject(new Error(`long connection: no answer to ${messageId} within ${opts.ackTimeoutMs ?? 10_000} ms`));
        }, opts.ackTimeoutMs ?? 10_000);
        pending.set(messageId, { resolve, reject, timer, socket });
        seq += 1;
        for (let i = 0; i < sum; i++) {
          send(socket, {
            SeqID: seq,
            LogID: seq,
            service: serviceId,
            method: FRAME_DATA,
            headers: [
              { key: 'type', value: 'event' },
              { key: 'message_id', value: messageId },
              { key: 'sum', value: String(sum) },
              { key: 'seq', value: String(i) },
              { key: 'trace_id', value: traceId },
            ],
            payload: bytes.subarray(i * size, (i + 1) * size),
          });
        }
      });
    },

    busyFor(count) {
      busy = count;
    },

    drop() {
      const n = sockets.size;
      for (const s of sockets) s.terminate();
      return n;
    },

    async waitForConnections(count = 1, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (sockets.size < count) {
        if (Date.now() > until) throw new Error(`long connection: ${sockets.size} of ${count} client(s) connected after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },

    close() {
      for (const s of sockets) s.terminate();
      sockets.clear();
      wss.close();
    },
  };
}
