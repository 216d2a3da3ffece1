// The send scheduler driven the way the outbox and the replies drive it, over a simulated clock and network: never over Feishu's limits, close to them, replies first.
import { expect, it } from 'vitest';
import { createSendScheduler } from '../../src/outbox/createSendScheduler.js';
import { FEISHU_LIMITS, type SendPriority } from '../../src/outbox/sendLimits.js';
import { maxInWindow } from './outboxHarness.js';

interface Network {
  /** Round trip of send i (ms). */
  rtt: (i: number) => number;
  /** When within its round trip send i reaches Feishu (0 = as it leaves, 1 = just before the answer). */
  arrival: (i: number) => number;
}

interface Job {
  receiver: string;
  priority: SendPriority;
  /** When it starts waiting (ms; default 0, as soon as a worker is free). */
  at?: number;
}

/**
 * Senders as the bot has them: each reply waits as soon as it is due; the outbox keeps at most `outboxWorkers` sends
 * waiting or in flight (its concurrency). A send waits for the scheduler, leaves, and its answer comes back after its
 * round trip; 1 ms steps. Returns when Feishu saw each send and when it was granted, by job index.
 */
function simulate(jobs: Job[], net: Network, outboxWorkers = 32, limits = FEISHU_LIMITS): { arrivals: number[]; grantedAt: number[] } {
  let t = 0;
  const scheduler = createSendScheduler(limits, () => t);
  const arrivals: number[] = [];
  const grantedAt: number[] = [];
  const flying: { i: number; until: number }[] = [];
  const queued = { reply: [] as number[], outbox: [] as number[] };
  jobs.forEach((j, i) => queued[j.priority].push(i));
  let outboxBusy = 0;
  let done = 0;
  const start = (i: number): void => {
    scheduler.wait(jobs[i]!.receiver, jobs[i]!.priority, () => {
      grantedAt[i] = t;
      arrivals[i] = t + net.arrival(i) * net.rtt(i);
      flying.push({ i, until: t + net.rtt(i) });
    });
  };
  for (; done < jobs.length; t += 1) {
    for (let k = flying.length - 1; k >= 0; k -= 1) {
      if (t < flying[k]!.until) continue;
      const { i } = flying.splice(k, 1)[0]!;
      scheduler.end(jobs[i]!.receiver);
      if (jobs[i]!.priority === 'outbox') outboxBusy -= 1;
      done += 1;
    }
    while (queued.reply.length > 0 && (jobs[queued.reply[0]!]!.at ?? 0) <= t) start(queued.reply.shift()!);
    while (outboxBusy < outboxWorkers && queued.outbox.length > 0 && (jobs[queued.outbox[0]!]!.at ?? 0) <= t) {
      outboxBusy += 1;
      start(queued.outbox.shift()!);
    }
    scheduler.dispatch();
  }
  return { arrivals, grantedAt };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const many = (n: number, priority: SendPriority, receiver = (i: number) => `ou_${i}`): Job[] => Array.from({ length: n }, (_, i) => ({ receiver: receiver(i), priority }));
const jitter: Network = { rtt: (i) => 20 + ((i * 7919) % 60), arrival: (i) => ((i * 104729) % 100) / 100 };

it('keeps the app under 50 in any second and 1000 in any minute over a jittery network, using at least 90% of both', () => {
  const arrivals = sorted(simulate(many(2200, 'reply'), jitter).arrivals);
  expect(maxInWindow(arrivals, 1000)).toBeLessThanOrEqual(50);
  expect(maxInWindow(arrivals, 1000)).toBeGreaterThanOrEqual(45);
  expect(maxInWindow(arrivals, 60_000)).toBeLessThanOrEqual(1000);
  expect(maxInWindow(arrivals, 60_000)).toBeGreaterThanOrEqual(990);
});

it('stays under 50 in any second when sends reach Feishu at the worst moments of their round trips', () => {
  // A send counts until a second (and marginMs) after its answer, and Feishu counted it before answering: even when one
  // reaches Feishu just as its answer leaves and the next as it leaves us, they are over a second apart at Feishu.
  const worst: Network = { rtt: (i) => [2, 45, 120][i % 3]!, arrival: (i) => i % 2 };
  const arrivals = sorted(simulate(many(1200, 'reply'), worst).arrivals);
  expect(maxInWindow(arrivals, 1000)).toBeLessThanOrEqual(50);
  expect(maxInWindow(arrivals, 1000)).toBeGreaterThanOrEqual(45);
});

it('leaves the outbox 40 of each second and 900 of each minute, so replies still find room during a broadcast', () => {
  const arrivals = sorted(simulate(many(1000, 'outbox'), jitter).arrivals);
  expect(maxInWindow(arrivals, 1000)).toBeLessThanOrEqual(40);
  expect(maxInWindow(arrivals, 1000)).toBeGreaterThanOrEqual(36);
  expect(maxInWindow(arrivals, 60_000)).toBeLessThanOrEqual(900);
  expect(maxInWindow(arrivals, 60_000)).toBeGreaterThanOrEqual(890);
  // Replies arriving at 30 s, when the broadcast has used its share of the minute, leave at once.
  const jobs = [...many(1000, 'outbox'), ...many(50, 'reply', (i) => `oc_${i}`).map((j) => ({ ...j, at: 30_000 }))];
  const { grantedAt } = simulate(jobs, jitter);
  expect(Math.max(...grantedAt.slice(1000)) - 30_000).toBeLessThan(1100);
});

it('stays under the limit when the first sends are held up and reach Feishu all at once (a token fetch)', () => {
  const arrivals = simulate(many(300, 'outbox'), { rtt: (i) => (i < 32 ? 400 : 10), arrival: (i) => (i < 32 ? 1 : 0) }).arrivals;
  expect(maxInWindow(sorted(arrivals), 1000)).toBeLessThanOrEqual(50);
});

it('keeps one receiver under 5 in any second, and close to it', () => {
  const arrivals = simulate(many(40, 'reply', () => 'oc_group'), { rtt: () => 30, arrival: (i) => i % 2 }).arrivals;
  expect(maxInWindow(sorted(arrivals), 1000)).toBeLessThanOrEqual(5);
  expect((Math.max(...arrivals) - Math.min(...arrivals)) / 39).toBeLessThan(1000 / 5 / 0.9);
});

it('lets a burst that fits the window drain at twice the average rate (spacingMs apart), not at the average rate', () => {
  const { grantedAt } = simulate(many(50, 'reply'), { rtt: () => 30, arrival: () => 0.5 });
  expect(grantedAt).toEqual(Array.from({ length: 50 }, (_, i) => i * FEISHU_LIMITS.spacingMs));
  expect(FEISHU_LIMITS.spacingMs).toBeLessThan(1000 / FEISHU_LIMITS.perAppPerSecond);
});

it('sends replies before outbox sends that have waited less than outboxYieldMs, and never starves the outbox', () => {
  // 100 outbox sends waiting from 0 (all at once), 100 replies from 0.6 s: after the first second's 40 notices (the
  // outbox's share, 0 to 0.39 s, spaced), the replies go first.
  const jobs = [...many(100, 'outbox'), ...many(100, 'reply', (i) => `oc_${i}`).map((j) => ({ ...j, at: 600 }))];
  const { grantedAt } = simulate(jobs, { rtt: () => 20, arrival: () => 0.5 }, 100);
  const notices = grantedAt.slice(0, 100);
  const replies = grantedAt.slice(100);
  const lastReply = Math.max(...replies);
  expect(notices.filter((g) => g < 600)).toHaveLength(FEISHU_LIMITS.perAppPerSecond - FEISHU_LIMITS.replyReservePerSecond);
  expect(notices.filter((g) => g >= 600 && g <= lastReply)).toEqual([]);
  // With replies keeping the app at its limit (a burst of 50, then 50/s), a notice waiting behind them still goes as
  // soon as it has waited outboxYieldMs longer than the replies it yields to.
  const steady: Job[] = [
    ...many(50, 'reply', (i) => `oc_b${i}`),
    { receiver: 'ou_notice', priority: 'outbox' },
    ...Array.from({ length: 1000 }, (_, i) => ({ receiver: `oc_${i}`, priority: 'reply' as const, at: i * 20 })),
  ];
  const { grantedAt: g } = simulate(steady, { rtt: () => 5, arrival: () => 0.5 });
  expect(g[50]).toBeGreaterThan(FEISHU_LIMITS.outboxYieldMs - 1000);
  expect(g[50]).toBeLessThan(FEISHU_LIMITS.outboxYieldMs + 3000);
  expect(Math.max(...g)).toBeGreaterThan(g[50]!);
});

it('grants nothing before the end of a pause Feishu asked for', () => {
  let t = 0;
  const scheduler = createSendScheduler(FEISHU_LIMITS, () => t);
  const granted: string[] = [];
  t = 10;
  scheduler.pauseApp(1000);
  scheduler.wait('ou_b', 'reply', () => granted.push('ou_b'));
  expect(scheduler.dispatch()).toBe(1000);
  t = 1009;
  scheduler.dispatch();
  expect(granted).toEqual([]);
  t = 1010;
  expect(scheduler.dispatch()).toBeUndefined();
  expect(granted).toEqual(['ou_b']);
});

it('forgets a cancelled wait; a granted one can no longer be cancelled', () => {
  const scheduler = createSendScheduler(FEISHU_LIMITS, () => 0);
  const granted: string[] = [];
  const a = scheduler.wait('ou_a', 'outbox', () => granted.push('a'));
  expect(scheduler.cancel(a)).toBe(true);
  const b = scheduler.wait('ou_b', 'outbox', () => granted.push('b'));
  scheduler.dispatch();
  expect(granted).toEqual(['b']);
  expect(scheduler.cancel(b)).toBe(false);
  expect(scheduler.waiting).toBe(0);
});

it('keeps a lower limit Feishu announced on a 429, for the window it belongs to, and never raises one', () => {
  let t = 0;
  const scheduler = createSendScheduler(FEISHU_LIMITS, () => t);
  // Feishu's own limits announced back teach nothing: 50 with a 1 s reset, 1000 with 30 s.
  expect(scheduler.learnAppLimit(50, 1000)).toBeUndefined();
  expect(scheduler.learnAppLimit(1000, 30_000)).toBeUndefined();
  expect(scheduler.appLimits).toEqual({ perSecond: 50, perMinute: 1000 });
  // A reset over a second can only be the minute's window; otherwise it is the second's.
  expect(scheduler.learnAppLimit(600, 30_000)).toEqual({ window: 'minute', limit: 600, api: 'send' });
  expect(scheduler.learnAppLimit(20, 1000)).toEqual({ window: 'second', limit: 20, api: 'send' });
  expect(scheduler.learnAppLimit(40, 1000)).toBeUndefined();
  expect(scheduler.appLimits).toEqual({ perSecond: 20, perMinute: 600 });

  // 60 replies at once, each answered 5 ms after it leaves: at most 20 in any second from then on.
  const grantTimes: number[] = [];
  const receivers: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    scheduler.wait(`oc_${i}`, 'reply', () => {
      grantTimes.push(t);
      receivers.push(`oc_${i}`);
    });
  }
  let answered = 0;
  for (; t < 4000; t += 1) {
    while (answered < grantTimes.length && grantTimes[answered]! + 5 <= t) scheduler.end(receivers[answered++]!);
    scheduler.dispatch();
  }
  expect(grantTimes).toHaveLength(60);
  expect(maxInWindow(grantTimes, 1000)).toBe(20);
});

it('leaves the outbox a share of a lowered limit, so reminders still go', () => {
  let t = 0;
  const scheduler = createSendScheduler(FEISHU_LIMITS, () => t);
  scheduler.learnAppLimit(10, 1000);
  const granted: string[] = [];
  for (let i = 0; i < 5; i += 1) scheduler.wait(`ou_${i}`, 'outbox', () => granted.push(`ou_${i}`));
  for (; t < 100; t += 1) scheduler.dispatch();
  // 10/s with the replies' fifth of it (2) kept free: 8 would go, 5 are waiting, all go at once (10 ms apart).
  expect(granted).toHaveLength(5);
});
