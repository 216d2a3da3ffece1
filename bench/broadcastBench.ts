// Broadcast through the outbox (in a child process) to the emulator with Feishu's rate limits on: rate against the binding limit, duplicates, RSS.
import { fork } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator } from '../src/emulator/createEmulator.js';
import type { RecordedCall } from '../src/emulator/emulatorTypes.js';
import { createFeishuClient } from '../src/feishu/createFeishuClient.js';
import { createOutbox } from '../src/outbox/createOutbox.js';
import type { SendLimits } from '../src/outbox/createSendLimiter.js';
import type { OutboxRequest } from '../src/outbox/outboxTypes.js';
import { openStore } from '../src/store/openStore.js';

const APP = { appId: 'cli_be7c000000000001', appSecret: 'bench-secret' };
const openIdOf = (n: number): string => `ou_${n.toString(16).padStart(32, '0')}`;
const chatIdOf = (n: number): string => `oc_${n.toString(16).padStart(32, '0')}`;

interface Run {
  name: string;
  /** Messages to `people` people (one each), or `perChat` messages into each of `chats` group chats. */
  people?: number;
  chats?: number;
  perChat?: number;
  /** The outbox's limits for the run; the emulator enforces the same (Feishu's unless a run scales one). */
  limits: Partial<SendLimits>;
  /** The limit that binds; `window` set: judged by the most sends in any such window (a rate would include the first burst). */
  binding: { limit: string; perSecond: number; window?: { ms: number; count: number }; perReceiver?: boolean };
  note: string;
}

interface ChildReport {
  rssAtStartMiB: number;
  cpuS: number;
  enqueueMs: number;
  drainMs: number;
  peakRssMiB: number;
  storeWrites: number;
  dbKiB: number;
  roundTripMs: { p50: number; p99: number; mean: number };
  eventLoopDelayP99Ms: number;
  stats: ReturnType<ReturnType<typeof createOutbox>['stats']>;
}

function requestsFor(run: Run): OutboxRequest[] {
  const out: OutboxRequest[] = [];
  for (let i = 1; i <= (run.people ?? 0); i += 1) {
    out.push({ key: `festival|2026-春节|2026|${openIdOf(i)}|`, to: { openId: openIdOf(i) }, message: { kind: 'text', text: `春节廉政提醒 #${i}` } });
  }
  for (let c = 1; c <= (run.chats ?? 0); c += 1) {
    for (let n = 1; n <= (run.perChat ?? 0); n += 1) {
      out.push({ key: `notice|bench|2026|${chatIdOf(c)}|${n}`, to: { chatId: chatIdOf(c) }, message: { kind: 'text', text: `通知 #${c}-${n}` } });
    }
  }
  return out;
}

const pct = (sorted: number[], p: number): number => +(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(1);

/** Child role: the outbox in its own process, as in production, so the emulator's clock is not stalled by our disk writes. */
async function child(run: Run & { domain: string; file: string }): Promise<ChildReport> {
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const rssAtStart = process.memoryUsage().rss;
  let peak = rssAtStart;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const store = await openStore(run.file);
  const client = createFeishuClient({ ...APP, domain: run.domain });
  // Round trips as the outbox sees them: its per-second window holds each send for a second plus this.
  const trips: number[] = [];
  const feishu = {
    async send(...args: Parameters<typeof client.send>) {
      const t0 = performance.now();
      try {
        return await client.send(...args);
      } finally {
        trips.push(performance.now() - t0);
      }
    },
  };
  const outbox = createOutbox({ store, feishu, now: () => new Date(), log: () => {}, limits: run.limits });
  const requests = requestsFor(run);
  let t = performance.now();
  await outbox.enqueue(requests);
  const enqueueMs = performance.now() - t;
  t = performance.now();
  outbox.start();
  await outbox.idle();
  const drainMs = performance.now() - t;
  await outbox.stop();
  clearInterval(sampler);
  const mem = process.memoryUsage();
  trips.sort((a, b) => a - b);
  return {
    rssAtStartMiB: Math.round(rssAtStart / 2 ** 20),
    cpuS: +((process.cpuUsage().user + process.cpuUsage().system) / 1e6).toFixed(1),
    enqueueMs: Math.round(enqueueMs),
    drainMs: Math.round(drainMs),
    peakRssMiB: Math.round(Math.max(peak, mem.rss) / 2 ** 20),
    storeWrites: outbox.stats().storeWrites,
    dbKiB: Math.round((await stat(run.file)).size / 1024),
    roundTripMs: { p50: pct(trips, 0.5), p99: pct(trips, 0.99), mean: +(trips.reduce((a, b) => a + b, 0) / trips.length).toFixed(1) },
    eventLoopDelayP99Ms: +(loopDelay.percentile(99) / 1e6).toFixed(1),
    stats: outbox.stats(),
  };
}

function runChild(run: Run & { domain: string; file: string }): Promise<ChildReport> {
  const proc = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, QF_BROADCAST_CHILD: JSON.stringify(run) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    proc.once('message', (m) => resolve(m as ChildReport));
    proc.once('exit', (code) => code !== 0 && reject(new Error(`broadcast child exited with ${code}`)));
  });
}

function maxInWindow(sorted: number[], windowMs: number): number {
  let best = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi += 1) {
    while (sorted[hi]! - sorted[lo]! >= windowMs) lo += 1;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

async function measure(run: Run): Promise<Record<string, unknown>> {
  const people = Array.from({ length: run.people ?? 0 }, (_, i) => ({ openId: openIdOf(i + 1), name: `成员${i + 1}` }));
  const chats = Array.from({ length: run.chats ?? 0 }, (_, i) => ({ chatId: chatIdOf(i + 1), name: `群${i + 1}` }));
  const emulator = createEmulator({ ...APP, users: people, chats });
  emulator.rateLimit({ perApp: 50, perAppPerMinute: run.limits.perAppPerMinute ?? 1000, perReceiver: 5 });
  const domain = await emulator.listen(0);
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-broadcast-'));
  try {
    const report = await runChild({ ...run, domain, file: join(dir, 'db.json') });
    const sends = emulator.calls.filter((c: RecordedCall) => c.method === 'POST' && c.path === '/open-apis/im/v1/messages');
    const ok = sends.filter((c) => c.status === 200).map((c) => c.at.getTime()).sort((a, b) => a - b);
    const expected = requestsFor(run).length;
    const delivered = new Set(emulator.sent.map((m) => `${m.receiveId}|${(m.content as { text?: string }).text}`));
    const spanS = (ok[ok.length - 1]! - ok[0]!) / 1000;
    const rate = (ok.length - 1) / spanS;
    const perReceiver = new Map<string, number[]>();
    for (const c of sends.filter((x) => x.status === 200)) {
      const id = (c.body as { receive_id: string }).receive_id;
      const times = perReceiver.get(id) ?? [];
      times.push(c.at.getTime());
      perReceiver.set(id, times);
    }
    // Receivers are served in parallel, so their rate is each one's own (sends - 1) over its own first-to-last span.
    const receiverRates = [...perReceiver.values()].map((t) => (t.length - 1) / ((Math.max(...t) - Math.min(...t)) / 1000));
    const fraction = run.binding.window
      ? maxInWindow(ok, run.binding.window.ms) / run.binding.window.count
      : run.binding.perReceiver
        ? receiverRates.reduce((a, b) => a + b, 0) / receiverRates.length / run.binding.perSecond
        : rate / run.binding.perSecond;
    return {
      what: run.note,
      messages: expected,
      delivered: emulator.sent.length,
      duplicates: emulator.sent.length - delivered.size,
      missing: expected - delivered.size,
      answers429: sends.filter((c) => c.status === 429).length,
      answers230020: sends.filter((c) => c.code === 230020).length,
      bindingLimit: run.binding.limit,
      sendRatePerS: +rate.toFixed(2),
      fractionOfBindingLimit: +fraction.toFixed(3),
      firstToLastSendS: +spanS.toFixed(2),
      drainS: +(report.drainMs / 1000).toFixed(2),
      maxInAny1sApp: maxInWindow(ok, 1000),
      maxInAny60sApp: maxInWindow(ok, 60_000),
      maxInAny1sOneReceiver: Math.max(...[...perReceiver.values()].map((t) => maxInWindow(t.sort((a, b) => a - b), 1000))),
      enqueueMs: report.enqueueMs,
      storeWrites: report.storeWrites,
      dbKiBAfter: report.dbKiB,
      childPeakRssMiB: report.peakRssMiB,
      childRssBeforeOutboxMiB: report.rssAtStartMiB,
      childCpuS: report.cpuS,
      sendRoundTripMs: report.roundTripMs,
      childEventLoopDelayP99Ms: report.eventLoopDelayP99Ms,
      retries: report.stats.retries,
    };
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function broadcastBench(opts: { people?: number; minute?: boolean } = {}): Promise<Record<string, unknown>> {
  const people = opts.people ?? 5000;
  const result: Record<string, unknown> = {};
  result.perSecond = await measure({
    name: 'perSecond',
    people,
    limits: { perAppPerMinute: 3000 },
    binding: { limit: '50 requests/s per app', perSecond: 50 },
    note: `${people} people, one message each, emulator at Feishu's 50/s per app and 5/s per receiver. Feishu's 1000/min would cap this at 16.7/s (${Math.round(people / 16.7)} s), so the per-minute limit is scaled to 3000/min for this run (the outbox's and the emulator's) and 50/s is the binding limit; the outbox leaves 10 of each second to replies, so 0.8 of it is its whole share.`,
  });
  result.perReceiver = await measure({
    name: 'perReceiver',
    chats: 6,
    perChat: 25,
    limits: {},
    binding: { limit: '5 messages/s into one chat', perSecond: 5, perReceiver: true },
    note: '6 group chats, 25 messages into each, real limits: the per-chat 5/s binds.',
  });
  if (opts.minute !== false) {
    result.perMinute = await measure({
      name: 'perMinute',
      people: 1100,
      limits: {},
      binding: { limit: '1000 requests/min per app', perSecond: 1000 / 60, window: { ms: 60_000, count: 1000 } },
      note: "1100 people at Feishu's real limits (50/s, 1000/min): the outbox's share of a minute (900; 100 are left to replies) goes at 40/s, the rest waits for the minute to roll. The emulator enforces 1000/min too (answers429 counts its refusals); the fraction is the most sends it recorded in any 60 s window over 1000 (must not exceed 1); sendRatePerS mixes the first burst with the wait and is not the figure to read.",
    });
  }
  return result;
}

if (process.env.QF_BROADCAST_CHILD) {
  const report = await child(JSON.parse(process.env.QF_BROADCAST_CHILD) as Run & { domain: string; file: string });
  process.send!(report, () => process.exit(0));
}
