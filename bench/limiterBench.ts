// The send scheduler alone on a virtual clock: how long replies wait for a slot at a steady rate, per round trip to Feishu.
import { createSendScheduler } from '../src/outbox/createSendScheduler.js';
import { FEISHU_LIMITS, type SendLimits } from '../src/outbox/sendLimits.js';
import { createRateLimiter } from '../src/emulator/rateLimiter.js';
import { prng } from './largeDataset.js';

interface Timed {
  at: number;
  run: () => void;
}

/**
 * A virtual clock (ms from 0): `at` queues an event in time order; `run` plays them, and after each asks `dispatch`
 * when a send slot opens and queues a wake-up then, as createSendLimiter's timer does (whole ms, at least 1).
 */
function createVirtualClock(): { now: () => number; at: (when: number, run: () => void) => void; run: (dispatch: () => number | undefined) => void } {
  let now = 0;
  const agenda: Timed[] = [];
  const at = (when: number, run: () => void): void => {
    let i = agenda.length;
    while (i > 0 && agenda[i - 1]!.at > when) i -= 1;
    agenda.splice(i, 0, { at: when, run });
  };
  const run = (dispatch: () => number | undefined): void => {
    let wakeAt = Infinity;
    while (agenda.length > 0) {
      const next = agenda.shift()!;
      now = next.at;
      next.run();
      const after = dispatch();
      if (after !== undefined && now + after < wakeAt) {
        const when = (wakeAt = now + Math.max(1, Math.ceil(after)));
        at(when, () => {
          if (wakeAt === when) wakeAt = Infinity;
        });
      }
    }
  };
  return { now: () => now, at, run };
}

/** p50/p99/max of `waits` (ms), rounded. */
function quantiles(waits: number[]): { p50: number; p99: number; max: number } {
  const sorted = waits.sort((a, b) => a - b);
  const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
  return { p50: q(0.5), p99: q(0.99), max: Math.round(sorted.at(-1)!) };
}

/**
 * One run: `rate` replies a second, evenly spaced, for `seconds`, to receivers that each get one every 5 s (so only the
 * app's limits bind), each answered `rttMs` after it leaves. The real scheduler (src/outbox/createSendScheduler.ts)
 * with `limits`, on a virtual clock, so the figures are exact and do not depend on the machine: `waitMs` is how long
 * replies waited for their slot (p50/p99/max, ms).
 */
function simulate(limits: SendLimits, rate: number, seconds: number, rttMs: number): { p50: number; p99: number; max: number } {
  const clock = createVirtualClock();
  const scheduler = createSendScheduler(limits, clock.now);
  const waits: number[] = [];
  const count = Math.round(rate * seconds);
  const receivers = Math.max(1, Math.round(rate * 5));
  for (let i = 0; i < count; i += 1) {
    const arrived = (i * 1000) / rate;
    const receiver = `ou_${i % receivers}`;
    clock.at(arrived, () => {
      scheduler.wait(receiver, 'reply', () => {
        waits.push(clock.now() - arrived);
        clock.at(clock.now() + rttMs, () => scheduler.end(receiver));
      });
    });
  }
  clock.run(() => scheduler.dispatch());
  return quantiles(waits);
}

/**
 * `rate` replies a second by 回复消息 for `seconds`, each to a p2p chat of its own that gets one every 5 s, against
 * Feishu's count as the emulator keeps it (per API, each request counted somewhere in its round trip, seeded): with
 * `spill`, a reply that finds 回复消息's windows full may go by 发送消息 within replies' share of it
 * (src/outbox/createSendScheduler.ts). `spilled`: how many went by 发送消息; `refused`: 429s and 230020s of either API.
 */
function replies(rate: number, seconds: number, rttMs: number, spill: boolean): Record<string, number> {
  const clock = createVirtualClock();
  const scheduler = createSendScheduler(FEISHU_LIMITS, clock.now);
  const feishu = createRateLimiter(() => new Date(clock.now()));
  feishu.configure({ perApp: FEISHU_LIMITS.perAppPerSecond, perAppPerMinute: FEISHU_LIMITS.perAppPerMinute, perReceiver: FEISHU_LIMITS.perReceiverPerSecond });
  const random = prng(11);
  const waits: number[] = [];
  let spilled = 0;
  let refused = 0;
  const count = Math.round(rate * seconds);
  const receivers = Math.max(1, Math.round(rate * 5));
  for (let i = 0; i < count; i += 1) {
    const arrived = (i * 1000) / rate;
    const receiver = `oc_${i % receivers}`;
    clock.at(arrived, () => {
      scheduler.wait(
        receiver,
        'reply',
        (api) => {
          const left = clock.now();
          waits.push(left - arrived);
          if (api === 'send') spilled += 1;
          clock.at(left + random() * rttMs, () => {
            if (!feishu.admit(receiver, api).ok) refused += 1;
          });
          clock.at(left + rttMs, () => scheduler.end(receiver, api));
        },
        'reply',
        spill,
      );
    });
  }
  clock.run(() => scheduler.dispatch());
  return { ...quantiles(waits), spilled, refused };
}

/**
 * Replies' wait for a send slot at 40–50 replies/s for `seconds`, per round trip (2 ms: the emulator on an idle
 * machine; 100 ms: Feishu from far away), with Feishu's limits as the bot keeps them (src/outbox/sendLimits.ts), and
 * the same with no spacing and with a 1 ms margin. A send counts from when it leaves until a second (plus the margin)
 * after its answer, the only count that never exceeds Feishu's (src/outbox/createSendWindow.ts), so the app can send
 * at most 50 per (1,005 ms + round trip): `sustainedPerSecond`.
 */
export function limiterBench(opts: { seconds: number }): Record<string, unknown> {
  const rtts = [2, 10, 25, 50, 100];
  const out: Record<string, unknown> = { seconds: opts.seconds, limits: FEISHU_LIMITS };
  for (const rtt of rtts) {
    const row: Record<string, unknown> = {
      sustainedPerSecond: Math.round((FEISHU_LIMITS.perAppPerSecond / (1 + (FEISHU_LIMITS.marginMs + rtt) / 1000)) * 10) / 10,
    };
    for (const rate of [40, 45, 48, 50]) row[`${rate}/s`] = simulate(FEISHU_LIMITS, rate, opts.seconds, rtt);
    row['50/s, no spacing'] = simulate({ ...FEISHU_LIMITS, spacingMs: 0 }, 50, opts.seconds, rtt);
    row['50/s, 1 ms margin'] = simulate({ ...FEISHU_LIMITS, marginMs: 1 }, 50, opts.seconds, rtt);
    // By 回复消息 against Feishu's count: kept on that API, and p2p replies spilling into 发送消息 when it is full.
    row['50/s 回复消息'] = replies(50, opts.seconds, rtt, false);
    row['50/s 回复消息, p2p spill'] = replies(50, opts.seconds, rtt, true);
    out[`rtt ${rtt} ms`] = row;
  }
  return out;
}

/** How a client decides that one more send may leave; `grant` is called when it may. */
interface SendRule {
  wait(receiver: string, grant: () => void): void;
  /** Ms until another may leave (undefined: nobody waits); grants what may leave now. */
  dispatch(): number | undefined;
  end(receiver: string): void;
  pauseApp(ms: number): void;
}

/** The bot's rule: the real scheduler (each send counted until a second after its answer). */
function botRule(now: () => number): SendRule {
  const s = createSendScheduler(FEISHU_LIMITS, now);
  return { wait: (r, g) => void s.wait(r, 'reply', g), dispatch: () => s.dispatch(), end: (r) => s.end(r), pauseApp: (ms) => s.pauseApp(ms) };
}

/**
 * The rule a client would keep if it trusted its own clock for Feishu's: at most `limit` sends leaving in any `windowMs`
 * (plus `marginMs`), counted from when they leave, whatever their answers. Only for comparison; the bot never uses it.
 */
function countFromLeaving(now: () => number, limit: number, marginMs: number): SendRule {
  const left: number[] = [];
  const line: (() => void)[] = [];
  let pausedUntil = -Infinity;
  return {
    wait: (_r, g) => void line.push(g),
    dispatch() {
      const t = now();
      if (line.length === 0) return undefined;
      if (t < pausedUntil) return pausedUntil - t;
      while (line.length > 0) {
        const edge = left.length >= limit ? left[left.length - limit]! + 1000 + marginMs : -Infinity;
        if (edge > t) return edge - t;
        left.push(t);
        line.shift()!();
      }
      return undefined;
    },
    end: () => undefined,
    pauseApp(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}

/**
 * One run against Feishu's count as the emulator keeps it (src/emulator/rateLimiter.ts: 50/s and 1000/min per app,
 * 5/s per receiver, sliding, counted when a request arrives): `rate` replies a second for `seconds`, each send
 * answered `rttMs` after it leaves and reaching Feishu somewhere in between (uniformly, seeded). A refused send
 * (429, `x-ogw-ratelimit-reset` whole seconds, at least 1) pauses the app and is tried again after the reset plus up
 * to 250 ms, as src/feishu/withRetry.ts does. `waitMs`: from the reply's turn to the send Feishu took; `refused`: 429s.
 */
function againstFeishu(make: (now: () => number) => SendRule, rate: number, seconds: number, rttMs: number): Record<string, number> {
  const clock = createVirtualClock();
  const rule = make(clock.now);
  const feishu = createRateLimiter(() => new Date(clock.now()));
  feishu.configure({ perApp: FEISHU_LIMITS.perAppPerSecond, perAppPerMinute: FEISHU_LIMITS.perAppPerMinute, perReceiver: FEISHU_LIMITS.perReceiverPerSecond });
  const random = prng(7);
  const waits: number[] = [];
  let refused = 0;
  const count = Math.round(rate * seconds);
  const receivers = Math.max(1, Math.round(rate * 5));
  const attempt = (receiver: string, since: number): void => {
    rule.wait(receiver, () => {
      const left = clock.now();
      let admitted = true;
      clock.at(left + random() * rttMs, () => {
        admitted = feishu.admit(receiver).ok;
      });
      clock.at(left + rttMs, () => {
        rule.end(receiver);
        if (admitted) return void waits.push(left - since);
        refused += 1;
        const delay = 1000 + Math.floor(random() * 250);
        rule.pauseApp(delay);
        clock.at(clock.now() + delay, () => attempt(receiver, since));
      });
    });
  };
  for (let i = 0; i < count; i += 1) {
    const arrived = (i * 1000) / rate;
    clock.at(arrived, () => attempt(`ou_${i % receivers}`, arrived));
  }
  clock.run(() => rule.dispatch());
  return { ...quantiles(waits), refused };
}

/**
 * Why the bot counts a send until a second after its answer: the same load against Feishu's own count (the emulator's
 * rate limiter), the bot's rule beside a count from when sends leave (with no margin, and with a 5 ms one), which
 * Feishu refuses whenever one request of a second ago reached it later than the one leaving now — and each refusal
 * costs at least a second (the reset is announced in whole seconds).
 */
export function limiterAgainstFeishu(opts: { seconds: number }): Record<string, unknown> {
  const out: Record<string, unknown> = { seconds: opts.seconds };
  for (const rtt of [10, 25, 50, 100]) {
    const row: Record<string, unknown> = {};
    for (const rate of [45, 48, 50]) {
      row[`${rate}/s`] = {
        bot: againstFeishu(botRule, rate, opts.seconds, rtt),
        countFromLeaving: againstFeishu((n) => countFromLeaving(n, FEISHU_LIMITS.perAppPerSecond, 0), rate, opts.seconds, rtt),
        countFromLeaving5ms: againstFeishu((n) => countFromLeaving(n, FEISHU_LIMITS.perAppPerSecond, 5), rate, opts.seconds, rtt),
      };
    }
    out[`rtt ${rtt} ms`] = row;
  }
  return out;
}

/**
 * Replies beside a broadcast, on the virtual clock: `rate` replies a second for `seconds` (each to a receiver of its
 * own) while the outbox sends `broadcast` queued notices with its 32 workers, each send answered `rttMs` after it
 * leaves, checked against Feishu's count as the emulator keeps it (per API since round 56). `shared`: replies counted
 * in the same app windows as the notices (both by 发送消息: the scheduler as it was before round 56); otherwise replies
 * by 回复消息 in windows of their own. Returns the replies' wait for a slot, when the last notice left (ms from the
 * start), and how many sends Feishu refused.
 */
function besideBroadcast(rate: number, seconds: number, rttMs: number, broadcast: number, shared: boolean): Record<string, number> {
  const clock = createVirtualClock();
  const scheduler = createSendScheduler(FEISHU_LIMITS, clock.now);
  const feishu = createRateLimiter(() => new Date(clock.now()));
  feishu.configure({ perApp: FEISHU_LIMITS.perAppPerSecond, perAppPerMinute: FEISHU_LIMITS.perAppPerMinute, perReceiver: FEISHU_LIMITS.perReceiverPerSecond });
  const replyApi = shared ? 'send' : 'reply';
  const waits: number[] = [];
  let refused = 0;
  let lastNotice = 0;
  let next = 0;
  const send = (receiver: string, api: 'send' | 'reply', done: () => void): void => {
    const left = clock.now();
    clock.at(left + rttMs / 2, () => {
      if (!feishu.admit(receiver, api).ok) refused += 1;
    });
    clock.at(left + rttMs, () => {
      scheduler.end(receiver, api);
      done();
    });
  };
  const worker = (): void => {
    if (next >= broadcast) return;
    const receiver = `ou_notice_${next++}`;
    scheduler.wait(receiver, 'outbox', () => {
      lastNotice = clock.now();
      send(receiver, 'send', worker);
    }, 'send');
  };
  clock.at(0, () => {
    for (let w = 0; w < 32; w += 1) worker();
  });
  const count = Math.round(rate * seconds);
  for (let i = 0; i < count; i += 1) {
    const arrived = 100 + (i * 1000) / rate;
    const receiver = `oc_member_${i}`;
    clock.at(arrived, () => {
      scheduler.wait(receiver, 'reply', () => {
        waits.push(clock.now() - arrived);
        send(receiver, replyApi, () => undefined);
      }, replyApi);
    });
  }
  clock.run(() => scheduler.dispatch());
  return { ...quantiles(waits), lastNoticeMs: Math.round(lastNotice), refused };
}

/** Replies beside a broadcast of 300 and of 1,000 notices, counted together (before round 56) and per API (after). */
export function limiterBesideBroadcast(opts: { seconds: number }): Record<string, unknown> {
  const out: Record<string, unknown> = { seconds: opts.seconds };
  for (const rtt of [10, 50]) {
    for (const broadcast of [300, 1000]) {
      const row: Record<string, unknown> = {};
      for (const rate of [10, 30, 50]) {
        row[`${rate}/s`] = { shared: besideBroadcast(rate, opts.seconds, rtt, broadcast, true), perApi: besideBroadcast(rate, opts.seconds, rtt, broadcast, false) };
      }
      out[`rtt ${rtt} ms, broadcast ${broadcast}`] = row;
    }
  }
  return out;
}
