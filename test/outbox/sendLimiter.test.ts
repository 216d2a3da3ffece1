// The limiter driven the way the outbox drives it, over a simulated clock and network: never over Feishu's limits, and close to them.
import { expect, it } from 'vitest';
import { FEISHU_LIMITS, createSendLimiter } from '../../src/outbox/createSendLimiter.js';
import { maxInWindow } from './outboxHarness.js';

interface Network {
  /** Round trip of send i (ms). */
  rtt: (i: number) => number;
  /** When within its round trip send i reaches Feishu (0 = as it leaves, 1 = just before the answer). */
  arrival: (i: number) => number;
}

/** `workers` concurrent senders each book, wait, send, await the answer, in 1 ms steps; returns when Feishu saw each send. */
function simulate(count: number, receiverOf: (i: number) => string, net: Network, workers = 32): number[] {
  let t = 0;
  const limiter = createSendLimiter(FEISHU_LIMITS, () => t);
  type W = { phase: 'idle' | 'waiting' | 'flying'; until: number; i: number };
  const pool: W[] = Array.from({ length: workers }, () => ({ phase: 'idle', until: 0, i: -1 }));
  const arrivals: number[] = [];
  let next = 0;
  for (; arrivals.length < count; t += 1) {
    for (const w of pool) {
      if (w.phase === 'idle' && next < count) Object.assign(w, { phase: 'waiting', i: next++, until: t + limiter.reserve(receiverOf(next - 1)) });
      if (w.phase === 'waiting' && t >= w.until) {
        const wait = limiter.windowWait(receiverOf(w.i));
        if (wait > 0) w.until = t + wait;
        else {
          limiter.begin(receiverOf(w.i));
          arrivals.push(t + net.arrival(w.i) * net.rtt(w.i));
          Object.assign(w, { phase: 'flying', until: t + net.rtt(w.i) });
        }
      } else if (w.phase === 'flying' && t >= w.until) {
        limiter.end(receiverOf(w.i));
        w.phase = 'idle';
      }
    }
  }
  return arrivals;
}

it('keeps the app under 50 in any second and 1000 in any minute over a jittery network, using at least 90% of both', () => {
  const arrivals = simulate(2200, (i) => `ou_${i}`, { rtt: (i) => 20 + ((i * 7919) % 60), arrival: (i) => ((i * 104729) % 100) / 100 });
  expect(maxInWindow(arrivals, 1000)).toBeLessThanOrEqual(50);
  expect(maxInWindow(arrivals, 1000)).toBeGreaterThanOrEqual(45);
  expect(maxInWindow(arrivals, 60_000)).toBeLessThanOrEqual(1000);
  expect(maxInWindow(arrivals, 60_000)).toBeGreaterThanOrEqual(990);
});

it('stays under the limit when the first sends are held up and reach Feishu all at once (a token fetch)', () => {
  const arrivals = simulate(300, (i) => `ou_${i}`, { rtt: (i) => (i < 32 ? 400 : 10), arrival: (i) => (i < 32 ? 1 : 0) });
  expect(maxInWindow(arrivals, 1000)).toBeLessThanOrEqual(50);
});

it('keeps one receiver under 5 in any second, evenly spaced', () => {
  const arrivals = simulate(40, () => 'oc_group', { rtt: () => 30, arrival: (i) => (i % 2) });
  expect(maxInWindow(arrivals, 1000)).toBeLessThanOrEqual(5);
  expect((arrivals[39]! - arrivals[0]!) / 39).toBeLessThan(1000 / 5 / 0.9);
});

it('books nobody before the end of a pause Feishu asked for', () => {
  let t = 0;
  const limiter = createSendLimiter(FEISHU_LIMITS, () => t);
  limiter.reserve('ou_a');
  t = 10;
  limiter.pauseApp(1000);
  expect(limiter.pausedSince(5)).toBe(true);
  expect(limiter.reserve('ou_b')).toBe(1000);
  expect(limiter.pausedSince(11)).toBe(false);
});
