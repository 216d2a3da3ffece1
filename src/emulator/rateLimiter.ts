// Feishu's send limits as sliding windows: per API of the app per second and per minute (HTTP 429 / 99991400), per receiver per second (230020).
import type { RateLimitSpec } from './emulatorTypes.js';

/**
 * What the emulator answers a send or reply with. `app`: HTTP 429, code 99991400, with `x-ogw-ratelimit-limit` (the
 * limit that was hit) and `x-ogw-ratelimit-reset` (whole seconds until that window admits one more); `receiver`:
 * HTTP 400, code 230020. Source: open.feishu.cn 频控策略 (429 with both headers; with 1000次/分 & 50次/秒 either limit
 * triggers it) and 发送消息 › 频率限制.
 *
 * The app's windows are kept per API: 频控策略 says 「通常情况下，频控策略等级都是应用于每个 API、每个应用、每个租户的基础上」, and
 * 发送消息 (`POST /im/v1/messages`) and 回复消息 (`POST /im/v1/messages/:message_id/reply`) each name their own 接口频率限制
 * 「1000 次/分钟、50 次/秒」, so 50 sends and 50 replies fit in one second. The per-receiver 5/s (「向同一用户发送消息的限频为
 * 5 QPS」, on both pages) is one window for both.
 */
/** Which Open API a message left by: 发送消息 or 回复消息 (each has its own app windows). */
export type MessageApi = 'send' | 'reply';

export type Admission = { ok: true } | { ok: false; refused: 'app'; limit: number; resetSeconds: number } | { ok: false; refused: 'receiver' };

export interface RateLimiter {
  configure(spec: RateLimitSpec | undefined): void;
  /**
   * The gateway's count (429 / 99991400): every call of `api` (default 'send') counts in its app windows when admitted,
   * whatever the message service then answers (a uuid already seen, a content error, 230020): 频控策略 limits calls
   * of an API (接口频率限制), and 99991400 comes from the open gateway (x-ogw-…) in front of the service. A refused
   * call uses up no window.
   */
  admitCall(api?: MessageApi): Admission;
  /** The message service's count per receiver (230020, 5/s per user or chat): a message about to be created. */
  admitReceiver(receiver: string): Admission;
  /** admitCall, then admitReceiver (the benches' Feishu, on a virtual clock). */
  admit(receiver: string, api?: MessageApi): Admission;
  clear(): void;
}

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

/** Admission times within one sliding window, oldest first (times only grow, so expiry is from the front). */
interface Window {
  times: number[];
  head: number;
}

const newWindow = (): Window => ({ times: [], head: 0 });

function inWindow(w: Window, now: number, spanMs: number): number {
  while (w.head < w.times.length && now - w.times[w.head]! >= spanMs) w.head += 1;
  // Drop the expired prefix now and then, so a long run does not keep every time.
  if (w.head > 1024 && w.head * 2 > w.times.length) {
    w.times = w.times.slice(w.head);
    w.head = 0;
  }
  return w.times.length - w.head;
}

/** Whole seconds until the oldest request still counted leaves the window (at least 1), as Feishu announces it. */
const resetOf = (w: Window, now: number, spanMs: number): number => Math.max(1, Math.ceil((w.times[w.head]! + spanMs - now) / 1000));

export function createRateLimiter(now: () => Date): RateLimiter {
  let spec: RateLimitSpec | undefined;
  const newApp = () => ({ second: newWindow(), minute: newWindow() });
  let apps: Record<MessageApi, { second: Window; minute: Window }> = { send: newApp(), reply: newApp() };
  let receivers = new Map<string, Window>();

  function clear(): void {
    apps = { send: newApp(), reply: newApp() };
    receivers = new Map();
  }

  function admitCall(api: MessageApi = 'send'): Admission {
    if (!spec) return { ok: true };
    const t = now().getTime();
    const { second: appSecond, minute: appMinute } = apps[api];
    if (spec.perApp !== undefined && inWindow(appSecond, t, SECOND_MS) >= spec.perApp) {
      return { ok: false, refused: 'app', limit: spec.perApp, resetSeconds: resetOf(appSecond, t, SECOND_MS) };
    }
    if (spec.perAppPerMinute !== undefined && inWindow(appMinute, t, MINUTE_MS) >= spec.perAppPerMinute) {
      return { ok: false, refused: 'app', limit: spec.perAppPerMinute, resetSeconds: resetOf(appMinute, t, MINUTE_MS) };
    }
    appSecond.times.push(t);
    appMinute.times.push(t);
    return { ok: true };
  }

  function admitReceiver(receiver: string): Admission {
    if (!spec) return { ok: true };
    const t = now().getTime();
    let mine = receivers.get(receiver);
    if (!mine) receivers.set(receiver, (mine = newWindow()));
    if (spec.perReceiver !== undefined && inWindow(mine, t, SECOND_MS) >= spec.perReceiver) return { ok: false, refused: 'receiver' };
    mine.times.push(t);
    return { ok: true };
  }

  return {
    configure(next) {
      spec = next;
      clear();
    },
    admitCall,
    admitReceiver,
    admit(receiver, api) {
      const call = admitCall(api);
      return call.ok ? admitReceiver(receiver) : call;
    },
    clear,
  };
}
