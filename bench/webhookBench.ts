// Webhook acknowledgement: latency and throughput of POST /feishu/events (signed, encrypted, persisted) against a bare Hono endpoint.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEMO_APP } from '../src/emulator/demoApp.js';
import { demoAppEnv } from './demoAppEnv.js';
import { startChild } from './child.js';
import { signedDelivery } from './signedDelivery.js';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const MEMBERS = ['ou_b66180ae6d524c64833070a4f4fd29ba', 'ou_8830b34d8057803add8c9f3436c42c2b', 'ou_c3cbf5c287dcbb9d88b7895cd328b722'];
const TEXTS = (process.env.BENCH_TEXTS ?? '今天和王建国副理事长进行了廉政谈话|本季度完成情况|帮助|昨天组织观看警示教育片《贪毁人生》，参加23人').split('|');

/** The i-th distinct, signed, encrypted message event: every request is a new event, as in production. */
function delivery(i: number): { body: string; headers: Record<string, string> } {
  const sender = MEMBERS[i % MEMBERS.length]!;
  const event = {
    schema: '2.0',
    header: {
      event_id: `bench${String(i).padStart(12, '0')}`,
      event_type: 'im.message.receive_v1',
      create_time: String(Date.now()),
      token: DEMO_APP.verificationToken,
      app_id: DEMO_APP.appId,
      tenant_key: 'bench',
    },
    event: {
      sender: { sender_id: { open_id: sender }, sender_type: 'user', tenant_key: 'bench' },
      message: {
        message_id: `om_bench${i}`,
        chat_id: `oc_bench${i % 50}`,
        chat_type: 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text: TEXTS[i % TEXTS.length] }),
        create_time: String(Date.now()),
      },
    },
  };
  return signedDelivery(event, `n${i}`);
}

let next = 0;

/** At a fixed concurrency (as fast as the server answers), or paced at `rate` requests per second. */
async function load(url: string, seconds: number, connections: number, rate?: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/feishu/events`,
    method: 'POST',
    connections,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        // Built per request (a few µs of the client's time) so no event is ever resent as a cheap duplicate.
        setupRequest: (req) => {
          const d = delivery(next++);
          return { ...req, method: 'POST', body: d.body, headers: d.headers };
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** A realistic busy moment for one organisation: far above a 1,000-person unit's traffic, far below saturation. */
const PACED_RATE = 50;

export async function webhookBench(opts: { seconds: number; connections: number }): Promise<Record<string, unknown>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-bench-'));
  try {
    const bare = await startChild('bench/bareProcess.ts', {});
    const baseline = await load(bare.url, opts.seconds, opts.connections);
    const baselinePaced = await load(bare.url, opts.seconds, opts.connections, PACED_RATE);
    await bare.stop();

    const feishu = await startChild('bench/emulatorProcess.ts', {});
    const bot = await startChild('bench/botProcess.ts', demoAppEnv(feishu.url, dataDir));
    const webhook = await load(bot.url, opts.seconds, opts.connections);
    const afterSaturation = await bot.ask<{ rss: number; events: number; done: number; failed: number }>('stats');
    const webhookPaced = await load(bot.url, opts.seconds, opts.connections, PACED_RATE);
    const stats = await bot.ask<{ rss: number; events: number; done: number; failed: number }>('stats');
    const replies = await feishu.ask<{ sent: number }>('stats');
    await bot.stop();
    await feishu.stop();
    return {
      connections: opts.connections,
      seconds: opts.seconds,
      saturated: {
        baseline,
        webhook,
        latencyRatioP50: +(webhook.p50 / Math.max(baseline.p50, 1)).toFixed(2),
        latencyRatioP99: +(webhook.p99 / Math.max(baseline.p99, 1)).toFixed(2),
        throughputRatio: +(webhook.rps / baseline.rps).toFixed(3),
        processedAfterDrain: afterSaturation.done,
      },
      paced: { ratePerSecond: PACED_RATE, baseline: baselinePaced, webhook: webhookPaced },
      bot: {
        eventsJournaled: stats.events,
        processed: stats.done,
        failed: stats.failed,
        repliesAtFeishu: replies.sent,
        rssMiB: Math.round(stats.rss / 2 ** 20),
      },
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
