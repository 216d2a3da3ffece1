// The send scheduler alone on a virtual clock: how long replies wait for a slot at a steady rate, per round trip to Feishu.
import { createSendScheduler } from '../src/outbox/createSendScheduler.js';
import { FEISHU_LIMITS, type SendLimits } from '../src/outbox/sendLimits.js';

interface Timed {
  at: number;
  run: () => void;
}

/**
 * One run: `rate` replies a second, evenly spaced, for `seconds`, to receivers that each get one every 5 s (so only the
 * app's limits bind), each answered `rttMs` after it leaves. The real scheduler (src/outbox/createSendScheduler.ts)
 * with `limits`, on a virtual clock, so the figures are exact and do not depend on the machine: `waitMs` is how long
 * replies waited for their slot (p50/p99/max, ms).
 */
function simulate(limits: SendLimits, rate: number, seconds: number, rttMs: number): { p50: number; p99: number; max: number } {
  let now = 0;
  const scheduler = createSendScheduler(limits, () => now);
  const agenda: Timed[] = [];
  const at = (when: number, run: () => void): void => {
    let i = agenda.length;
    while (i > 0 && agenda[i - 1]!.at > when) i -= 1;
    agenda.splice(i, 0, { at: when, run });
  };
  const waits: number[] = [];
  const count = Math.round(rate * seconds);
  const receivers = Math.max(1, Math.round(rate * 5));
  for (let i = 0; i < count; i += 1) {
    const arrived = (i * 1000) / rate;
    const receiver = `ou_${i % receivers}`;
    at(arrived, () => {
      scheduler.wait(receiver, 'reply', () => {
        waits.push(now - arrived);
        at(now + rttMs, () => scheduler.end(receiver));
      });
    });
  }
  let wakeAt = Infinity;
  while (agenda.length > 0) {
    const next = agenda.shift()!;
    now = next.at;
    next.run();
    // As createSendLimiter does: dispatch after every change, and wake (a timer: whole ms, at least 1) when the
    // scheduler says a slot opens.
    const after = scheduler.dispatch();
    if (after !== undefined && now + after < wakeAt) {
      const when = (wakeAt = now + Math.max(1, Math.ceil(after)));
      at(when, () => {
        if (wakeAt === when) wakeAt = Infinity;
      });
    }
  }
  const sorted = waits.sort((a, b) => a - b);
  const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
  return { p50: q(0.5), p99: q(0.99), max: Math.round(sorted.at(-1)!) };
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
    out[`rtt ${rtt} ms`] = row;
  }
  return out;
}
