// Cost against ledger size: v2 data files of 0 to 200,000 records, per size the write cost of a report, acks and replies at 50 events/s, RSS and start time, beside a bare endpoint.
import { fork } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import type { Activity } from '../src/domain/activity.js';
import type { Organization } from '../src/domain/organization.js';
import { DEMO_APP } from '../src/emulator/demoApp.js';
import { p2pChatIdFor } from '../src/emulator/feishuIds.js';
import { demoAppEnv } from './demoAppEnv.js';
import { outboxUuid } from '../src/outbox/outboxUuid.js';
import type { OutboxItem } from '../src/store/dbSchema.js';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { makeLargeDataset } from './largeDataset.js';
import { startChild } from './child.js';
import { buildProduction, startFlags, startProductionBot, type ProductionBot } from './productionBot.js';
import { signedDelivery } from './signedDelivery.js';
import { cpuPerAck, threadCpu } from './saturationBench.js';

/** Events per second (BENCH_RATE): 50 by default, the load; a lower rate shows replies where Feishu's 50 sends/s is not the bound. */
const RATE = Number(process.env.BENCH_RATE ?? 50);
/** Reminders already queued in the outbox when the bot starts (BENCH_OUTBOX, default 0): a broadcast under way while members write. */
const OUTBOX = Number(process.env.BENCH_OUTBOX ?? 0);

/** A message's steps (src/trace/messageTrace.ts), and its reply's HTTP call as bench/traceProbe.mjs sees it (`wrote`, `answered`). */
type Steps = Partial<Record<'start' | 'received' | 'handed' | 'slot' | 'wrote' | 'answered' | 'sent', number>>;

/**
 * Per kind, p50/p99 in ms of: `processMs` the bot's own work (processing began → reply handed to the sender; with the
 * bot on its own thread this includes the hop to it), split for a build that traces `received` into `hopMs` (the
 * acknowledging thread's hand-over and the bot thread's queue) and `botMs` (the bot thread's work on it, interleaved
 * with the others in hand); `limiterMs` waiting for a send slot (Feishu's 50/s per app, 5/s per receiver), `sendMs`
 * the HTTP call to the emulator as the bot thread saw it (the send window counts a request until a second after its
 * end), split into `writeMs` (slot → node:http's request start: the SDK's work), `answerMs` (→ the answer's headers
 * read: the emulator, and the bot thread's delay in reading them) and `afterMs` (→ the end: the body, the SDK's and the
 * sender's work after it); and, over the run, the main thread's event-loop
 * delay and garbage collections (`gc`), and the same for each bot thread (`botThreads`, empty when the bot runs in the
 * main thread). `bySecond`: per second of the load (by when the message was posted), the mean reply, limiter wait and
 * send, so a backlog that grows through the run (the send window's cycle longer than a second) shows as a slope.
 */
async function botBreakdown(
  ask: <T>(cmd: string) => Promise<T>,
  tag: string,
  kind: (messageId: string) => string,
  run: { postedAt: Map<string, number>; replies: [string, number][] },
): Promise<Record<string, unknown>> {
  const trace = await ask<{ steps: [string, Steps][]; timeOrigin: number; loopDelayMs: Record<string, number>; serverAckMs: Record<string, number>; gc?: Record<string, unknown>; threads?: unknown[] }>('trace');
  // BENCH_TRACE_OUT=dir: every message's steps, when it was posted and replied to (ms since epoch), and each thread's
  // collections (with their start times), to find a tail's cause.
  if (process.env.BENCH_TRACE_OUT) {
    const file = join(process.env.BENCH_TRACE_OUT, `trace-${tag}-${Date.now()}.json`);
    await writeFile(file, JSON.stringify({ ...trace, postedAt: [...run.postedAt], replies: run.replies }));
  }
  const per = new Map<string, { processMs: number[]; hopMs: number[]; botMs: number[]; limiterMs: number[]; sendMs: number[]; writeMs: number[]; answerMs: number[]; afterMs: number[] }>();
  const posted = [...run.postedAt.values()];
  const first = Math.min(...posted);
  const repliedAt = new Map(run.replies);
  const seconds: { replyMs: number[]; limiterMs: number[]; sendMs: number[]; answerMs: number[] }[] = [];
  for (const [id, s] of trace.steps) {
    if (!id.startsWith(`om_${tag}_`)) continue;
    const k = kind(id);
    let p = per.get(k);
    if (!p) per.set(k, (p = { processMs: [], hopMs: [], botMs: [], limiterMs: [], sendMs: [], writeMs: [], answerMs: [], afterMs: [] }));
    if (s.start !== undefined && s.handed !== undefined) p.processMs.push(s.handed - s.start);
    if (s.start !== undefined && s.received !== undefined) p.hopMs.push(s.received - s.start);
    if (s.received !== undefined && s.handed !== undefined) p.botMs.push(s.handed - s.received);
    if (s.handed !== undefined && s.slot !== undefined) p.limiterMs.push(s.slot - s.handed);
    if (s.slot !== undefined && s.sent !== undefined) p.sendMs.push(s.sent - s.slot);
    if (s.slot !== undefined && s.wrote !== undefined) p.writeMs.push(s.wrote - s.slot);
    if (s.wrote !== undefined && s.answered !== undefined) p.answerMs.push(s.answered - s.wrote);
    if (s.answered !== undefined && s.sent !== undefined) p.afterMs.push(s.sent - s.answered);
    const at = run.postedAt.get(id);
    if (at === undefined) continue;
    const second = (seconds[Math.floor((at - first) / 1000)] ??= { replyMs: [], limiterMs: [], sendMs: [], answerMs: [] });
    const replied = repliedAt.get(id);
    if (replied !== undefined) second.replyMs.push(replied - at);
    if (s.handed !== undefined && s.slot !== undefined) second.limiterMs.push(s.slot - s.handed);
    if (s.slot !== undefined && s.sent !== undefined) second.sendMs.push(s.sent - s.slot);
    if (s.wrote !== undefined && s.answered !== undefined) second.answerMs.push(s.answered - s.wrote);
  }
  const byKind: Record<string, Record<string, { p50: number | null; p99: number | null }>> = {};
  for (const [k, p] of per) {
    byKind[k] = Object.fromEntries(Object.entries(p).filter(([, xs]) => xs.length > 0).map(([name, xs]) => [name, { p50: pct(xs, 0.5), p99: pct(xs, 0.99) }]));
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const mean = (xs: number[]) => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));
  return {
    byKind,
    bySecond: seconds.map((x) => ({ replyMs: mean(x?.replyMs ?? []), limiterMs: mean(x?.limiterMs ?? []), sendMs: mean(x?.sendMs ?? []), answerMs: mean(x?.answerMs ?? []) })),
    serverAckMs: trace.serverAckMs,
    // The main thread (the one that acknowledges): its collections and loop delay.
    gc: trace.gc,
    loopDelayMs: Object.fromEntries(Object.entries(trace.loopDelayMs).map(([k, v]) => [k, round(v)])),
    // The bot's own thread, for a build that runs it off the main thread (none before).
    botThreads: trace.threads ?? [],
  };
}

/** VmRSS and VmHWM (peak) of a process, from /proc, in MiB: no help needed from the process itself. */
async function memoryOf(pid: number): Promise<{ rssMiB: number; peakMiB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMiB: Math.round(kb('VmRSS') / 1024), peakMiB: Math.round(kb('VmHWM') / 1024) };
}

const pct = (samples: number[], q: number) => {
  if (samples.length === 0) return null;
  const s = [...samples].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]!);
};

/** Real-looking distinct names (the report parser reads names, not 党员17). */
export function renamed(org: Organization): Organization {
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
  const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇浩凯健俊帆帅旭宁波斌峰亮林海鑫晨欣悦婷雪琳颖倩璐瑶怡';
  const names = new Set<string>();
  const people = org.people.map((p, i) => {
    let k = i;
    let name = '';
    do {
      name = `${surnames[k % surnames.length]}${given[Math.floor(k / surnames.length) % given.length]}${given[(Math.floor(k / 7) + k) % given.length]}`;
      k += 9973;
    } while (names.has(name));
    names.add(name);
    return { ...p, name };
  });
  return { ...org, people };
}

export interface Texts {
  sender: string;
  text: string;
}

/**
 * The kinds of message, by i % CYCLE (see traffic). Every sender is spread over a pool, so nobody types faster than a
 * person does (the bench prints the shortest gap between two messages of one sender): whole-unit questions come from
 * the secretary, the inspectors and the leaders in turn, reports from the heads and leaders, 帮助 and 我的任务 from members.
 */
const CYCLE: readonly string[] = [
  ...Array<string>(2).fill('本季度完成情况 (secretary, inspectors, leaders)'),
  '今年以来完成情况 (secretary, inspectors, leaders)',
  'talk report (secretary, leaders)',
  ...Array<string>(6).fill('talk report (head)'),
  ...Array<string>(4).fill('training report (head)'),
  ...Array<string>(23).fill('我的任务 (member)'),
  ...Array<string>(23).fill('帮助 (member)'),
];
const KINDS = [...new Set(CYCLE)];
const kindOf = (i: number) => CYCLE[i % CYCLE.length] as string;

/**
 * The traffic of a busy moment at RATE per second (a cycle of 60 messages, 1.2 s): four messages from the nine who
 * see the whole unit (each every 2.7 s), ten reports from the twenty heads (each every 2.4 s), the rest from members.
 */
export function traffic(org: Organization): (i: number) => Texts {
  const byId = new Map(org.people.map((p) => [p.id, p]));
  const heads = org.departments.map((d) => ({ head: byId.get(d.headId!)!, supervisor: byId.get(d.supervisorId!)! }));
  const members = org.people.filter((p) => p.roles.length === 1 && p.roles[0] === 'member');
  const leaders = org.people.filter((p) => p.roles.includes('leader'));
  const askers = org.people.filter((p) => p.roles.some((r) => r === 'secretary' || r === 'inspector' || r === 'leader'));
  // Round robin within each pool of senders, so a sender's messages are evenly spaced.
  const turns = new Map<string, number>();
  const next = <T>(pool: string, of: readonly T[]): T => {
    const n = turns.get(pool) ?? 0;
    turns.set(pool, n + 1);
    return of[n % of.length] as T;
  };
  const memo = new Map<number, Texts>();
  return (i) => {
    const cached = memo.get(i);
    if (cached) return cached;
    const kind = kindOf(i);
    let t: Texts;
    if (kind.startsWith('talk report (secretary')) {
      const who = next('askers', askers);
      // The secretary talks with a leader, a leader with a head it supervises; an inspector asks instead.
      const with_ = who.roles.includes('secretary') ? next('leaders', leaders) : heads.find((x) => x.supervisor.id === who.id)?.head;
      t = with_ ? { sender: who.openId!, text: `昨天和${with_.name}进行了廉政谈话` } : { sender: who.openId!, text: '本季度完成情况' };
    } else if (kind.startsWith('本季度')) {
      t = { sender: next('askers', askers).openId!, text: '本季度完成情况' };
    } else if (kind.startsWith('今年')) {
      t = { sender: next('askers', askers).openId!, text: '今年以来完成情况' };
    } else if (kind === 'talk report (head)') {
      const h = next('heads', heads);
      t = { sender: h.head.openId!, text: `今天和${h.supervisor.name}进行了廉政谈话` };
    } else if (kind === 'training report (head)') {
      t = { sender: next('heads', heads).head.openId!, text: '昨天组织观看警示教育片《贪毁人生》，参加23人' };
    } else {
      t = { sender: next('members', members).openId!, text: kind.startsWith('我的任务') ? '我的任务' : '帮助' };
    }
    memo.set(i, t);
    return t;
  };
}

/** The shortest time between two messages of one sender, in ms: what "no faster than a person types" is checked by. */
function fastestSender(postedAt: Map<string, number>, senderOf: (id: string) => string): number | null {
  const last = new Map<string, number>();
  let min = Infinity;
  for (const [id, at] of [...postedAt].sort((a, b) => a[1] - b[1])) {
    const who = senderOf(id);
    const before = last.get(who);
    if (before !== undefined) min = Math.min(min, at - before);
    last.set(who, at);
  }
  return Number.isFinite(min) ? min : null;
}

/**
 * `tag` makes the message ids `om_<tag>_<i>`: letters, digits and `_` only, as Feishu's (the emulator refuses a reply to
 * any other id as an invalid message_id, and the bot would retry its replies instead of sending them).
 */
export function delivery(tag: string, i: number, t: Texts, group = false): { body: string; headers: Record<string, string> } {
  if (!/^[0-9A-Za-z_]+$/.test(tag)) throw new Error(`bench delivery tag ${JSON.stringify(tag)}: letters, digits and _ only`);
  const event = {
    schema: '2.0',
    header: { event_id: `${tag}-${i}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: DEMO_APP.verificationToken, app_id: DEMO_APP.appId, tenant_key: 'bench' },
    event: {
      sender: { sender_id: { open_id: t.sender }, sender_type: 'user', tenant_key: 'bench' },
      message: {
        message_id: `om_${tag}_${i}`,
        // The p2p chat's id as the emulator (Feishu) knows it: a reply may go by 发送消息 into that chat.
        chat_id: group ? `oc_group_${t.sender}` : p2pChatIdFor(t.sender),
        chat_type: group ? 'group' : 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text: t.text }),
        create_time: String(Date.now()),
      },
    },
  };
  return signedDelivery(event, `n${tag}${i}`);
}

/**
 * Paced at RATE per second, evenly: message i leaves at i/RATE s, over a pool of keep-alive connections (at most 10,
 * as many as needed when answers are slow). autocannon's `overallRate` was not used: it sends each connection's
 * quota for the second back to back at the start of the second and then waits, so "50/s" arrived as bursts of 50.
 * Returns ack percentiles (send → answer read, ms) and when each message was posted.
 */
async function paced(url: string, seconds: number, tag: string, texts: (i: number) => Texts): Promise<{ p50: number; p99: number; requests: number; non2xx: number; postedAt: Map<string, number> }> {
  const postedAt = new Map<string, number>();
  const target = new URL(`${url}/feishu/events`);
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  const acks: number[] = [];
  let non2xx = 0;
  const inFlight = new Set<Promise<void>>();
  const post = (i: number): Promise<void> =>
    new Promise((done) => {
      const d = delivery(tag, i, texts(i));
      const sent = performance.now();
      postedAt.set(`om_${tag}_${i}`, Date.now());
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...d.headers, 'content-length': Buffer.byteLength(d.body) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            acks.push(performance.now() - sent);
            if (!res.statusCode || res.statusCode < 200 || res.statusCode >= 300) non2xx += 1;
            done();
          });
        },
      );
      req.on('error', () => {
        non2xx += 1;
        done();
      });
      req.end(d.body);
    });
  const start = performance.now();
  const total = Math.round(seconds * RATE);
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const p = post(i);
    inFlight.add(p);
    void p.then(() => inFlight.delete(p));
  }
  await Promise.all([...inFlight]);
  agent.destroy();
  return { p50: pct(acks, 0.5) ?? 0, p99: pct(acks, 0.99) ?? 0, requests: acks.length, non2xx, postedAt };
}

/** BENCH_MIGRATED=1: the paced load runs on a restart over migrated files instead of the first start that migrates. */
const MIGRATED = process.env.BENCH_MIGRATED === '1';

/**
 * BENCH_SCALE_LOAD_ONLY=1: per size only the paced load (and the saturation run unless BENCH_SATURATE_SECONDS=0): no
 * write-cost child, no first start and restart for idle RSS. A pair of reply figures alternated on a shared machine
 * then takes a third of the time. Not with BENCH_MIGRATED=1 (the load runs on what the first start migrated).
 */
const LOAD_ONLY = process.env.BENCH_SCALE_LOAD_ONLY === '1' && !MIGRATED;

/** Seconds of the saturation run (BENCH_SATURATE_SECONDS, 0 skips it). */
const SATURATE_SECONDS = Number(process.env.BENCH_SATURATE_SECONDS ?? 5);

/**
 * Deliveries built before a saturation window, per second of it: more than the fastest bare endpoint measured here
 * (~9,000 acks/s on a quiet machine). Past them, the rest are built as they are sent (counted in `builtInWindow`).
 * BENCH_PREBUILT=0 builds every one as it is sent, as this bench did before.
 */
const PREBUILT_PER_SECOND = Number(process.env.BENCH_PREBUILT ?? 12_000);

/**
 * BENCH_SATURATE_REQUESTS=n: each saturation window (not a warm-up) sends exactly n deliveries, all built before it,
 * instead of lasting BENCH_SATURATE_SECONDS (default 0: by time, as before p22).
 */
const SATURATE_REQUESTS = Number(process.env.BENCH_SATURATE_REQUESTS ?? 0);

/**
 * Acknowledgements as fast as the server answers: 10 connections, each sending its next delivery as soon as the last
 * is answered, for `seconds`; every request a new signed, encrypted message event of the same traffic (no cheap
 * duplicates). The deliveries are signed and encrypted before the window (PREBUILT_PER_SECOND), for the bare endpoint
 * and the bot alike: the load generator shares the two cores, and signing each request as it left cost it about as
 * much CPU as the bare endpoint spent answering it, so the figure measured the client as much as the servers.
 * `group`: the same messages in group chats without a mention, which the bot journals, hands to its thread and lets go
 * of at once (createBot.ts) — the whole acknowledging path with no reply, to warm it up before a window.
 * Returns acknowledged requests per second and latency percentiles (ms).
 */
export async function saturated(
  url: string,
  seconds: number,
  tag: string,
  texts: (i: number) => Texts,
  group = false,
  /** By time even when BENCH_SATURATE_REQUESTS sets a count (the saturation run's BENCH_WARM_SECONDS warm-up). */
  timed = false,
): Promise<{ rps: number; p50: number; p99: number; requests: number; non2xx: number; builtInWindow: number; clientMsPerRequest: number }> {
  // A fixed count (SATURATE_REQUESTS) makes every window do the same work, so CPU per acknowledgement compares across
  // windows whatever the machine's load; a window of `seconds` does as much as the load lets it.
  const amount = group || timed ? 0 : SATURATE_REQUESTS;
  const ready = Array.from({ length: amount > 0 ? amount : Math.round(seconds * PREBUILT_PER_SECOND) }, (_, n) => delivery(tag, n, texts(n), group));
  let i = 0;
  let builtInWindow = 0;
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: `${url}/feishu/events`,
    method: 'POST',
    connections: 10,
    ...(amount > 0 ? { amount } : { duration: seconds }),
    requests: [
      {
        setupRequest: (req) => {
          const n = i++;
          let d = ready[n];
          if (d) ready[n] = undefined as never;
          else {
            d = delivery(tag, n, texts(n), group);
            builtInWindow += 1;
          }
          return { ...req, method: 'POST', body: d.body, headers: d.headers };
        },
      },
    ],
  });
  const cpu = process.cpuUsage(cpuBefore);
  // The load generator's own CPU per request in the window (autocannon, and what it built there): it shares the cores.
  const clientMsPerRequest = Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, result.requests.total)) * 1000) / 1000;
  // By count, the window's last second is partial: the rate is the total over the window's length.
  const rps = amount > 0 ? Math.round(result.requests.total / Math.max(0.001, result.duration)) : Math.round(result.requests.average);
  return { rps, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, non2xx: result.non2xx, builtInWindow, clientMsPerRequest };
}

/** Seeds DATA_DIR with a version 2 db.json as the previous release wrote it: activities, and a create audit entry for each. */
export async function seed(dir: string, activities: Activity[]): Promise<void> {
  const audit = activities.map((a) => ({ at: a.createdAt, by: a.reporter, action: 'create', activityId: a.id, after: a }));
  await writeFile(join(dir, 'db.json'), JSON.stringify({ version: 2, activities, audit, dialogs: [], outbox: [], settings: { remindersPaused: true } }));
}

/** Adds `count` queued festival reminders (one per member, round robin) to the outbox of a seeded db.json. */
async function seedOutbox(dir: string, org: Organization, count: number, tag: string): Promise<void> {
  const file = join(dir, 'db.json');
  const db = JSON.parse(await readFile(file, 'utf8')) as { outbox: OutboxItem[] };
  const members = org.people.filter((p) => p.openId && p.roles.length === 1 && p.roles[0] === 'member');
  const createdAt = new Date().toISOString();
  db.outbox = Array.from({ length: count }, (_, i) => {
    const openId = members[i % members.length]!.openId!;
    // Keys (and so uuids) of their own per run: the emulator, as Feishu, de-duplicates a uuid for an hour.
    const key = `festival|bench-${tag}-${i}|2026|${openId}|`;
    return { key, uuid: outboxUuid(key), to: { openId }, message: { kind: 'text', text: '节前廉政提醒（测试）' }, status: 'queued', createdAt, attempts: 0 };
  });
  await writeFile(file, JSON.stringify(db));
}

export async function scaleBench(opts: { seconds: number; sizes: number[]; root?: string; drainSeconds?: number }): Promise<Record<string, unknown>> {
  const root = resolve(opts.root ?? process.cwd());
  const here = process.cwd();
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-scale-'));
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: Math.max(...opts.sizes), years: 5, seed: 7 });
  const org = renamed(data.directory.org);
  const configDir = await writeConfigDir(org);
  const texts = traffic(org);
  const out: Record<string, unknown> = { root, seconds: opts.seconds, ratePerSecond: RATE };
  const emulator = await startChild(join(here, 'bench/emulatorProcess.ts'), { CONFIG_DIR: configDir }, { cwd: here });
  // Start time and idle RSS are taken from the build under test as `npm start` runs it (node with start's flags,
  // dist/main.js, built first when stale), each on its own copy of the data.
  buildProduction(root);
  try {
    const bare = await startChild(join(here, 'bench/bareProcess.ts'), {}, { cwd: here });
    const floor = await paced(bare.url, opts.seconds, 'bare', texts);
    const bareSaturated = SATURATE_SECONDS > 0 ? await saturated(bare.url, SATURATE_SECONDS, 'baresat', texts) : undefined;
    await bare.stop();
    // The machine's 1-minute load average when each figure was taken: compare only figures taken at similar load.
    out.bare = { ackP50: floor.p50, ackP99: floor.p99, requests: floor.requests, saturated: bareSaturated, loadAverage: Math.round(loadavg()[0]! * 100) / 100 };
    for (const size of opts.sizes) {
      const seeded = join(work, `seed-${size}`);
      await mkdir(seeded, { recursive: true });
      await seed(seeded, data.activities.slice(0, size));

      // Write cost: the store of the build under test, on its own copy of the data.
      const writeDir = join(work, `write-${size}`);
      const writer = LOAD_ONLY
        ? undefined
        : await cp(seeded, writeDir, { recursive: true }).then(
            () =>
              new Promise<Record<string, number>>((res, rej) => {
                const p = fork(join(here, 'bench/scaleWriteProcess.ts'), [], {
                  cwd: root,
                  execArgv: ['--import', 'tsx'],
                  env: { ...process.env, BENCH_ROOT: root, DATA_DIR: writeDir },
                  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
                });
                p.once('message', (m) => res(m as Record<string, number>));
                p.once('exit', (code) => code !== 0 && rej(new Error(`write child exited with ${code}`)));
              }),
          );
      await rm(writeDir, { recursive: true, force: true });

      // npm start on its own copy: the first start (the one-time migration from version 2), then a restart.
      const prodDir = join(work, `prod-${size}`);
      const prodEnv = demoAppEnv(emulator.url, prodDir, configDir);
      let starts: { first: ProductionBot; again: ProductionBot; idle: { rssMiB: number }; idleAgain: { rssMiB: number } } | undefined;
      if (!LOAD_ONLY) {
        await cp(seeded, prodDir, { recursive: true });
        const first = await startProductionBot(root, prodEnv);
        await new Promise((r) => setTimeout(r, 2000));
        const idle = await memoryOf(first.proc.pid!);
        await first.stop();
        const again = await startProductionBot(root, prodEnv);
        await new Promise((r) => setTimeout(r, 2000));
        const idleAgain = await memoryOf(again.proc.pid!);
        await again.stop();
        starts = { first, again, idle, idleAgain };
      }

      // The load, on npm start's own process (node [start's flags] dist/main.js) with bench/traceProbe.mjs preloaded:
      // the message trace, server-side ack time and loop delay, so RSS and latency under load are production's.
      const botDir = join(work, `bot-${size}`);
      // BENCH_MIGRATED=1: the load on a restart over files the first start migrated (what every later start sees), not
      // on the one start that migrates a version 2 file.
      await cp(MIGRATED ? prodDir : seeded, botDir, { recursive: true });
      await rm(prodDir, { recursive: true, force: true });
      if (OUTBOX > 0) await seedOutbox(botDir, org, OUTBOX, `${size}-${Date.now()}`);
      const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
      const probe = ['--import', pathToFileURL(join(here, 'bench/traceProbe.mjs')).href];
      const sentAtStart = (await emulator.ask<{ sent?: number }>('replies')).sent ?? 0;
      const bot = await startProductionBot(root, { ...prodEnv, DATA_DIR: botDir }, { nodeFlags: [...startFlags(root), ...probe, ...profile], ipc: true });
      const ask = <T>(cmd: string) =>
        new Promise<T>((r) => {
          bot.proc.once('message', (m) => r(m as T));
          bot.proc.send({ cmd });
        });
      const health = await fetch(`${bot.url}/healthz`).then((r) => r.status);
      await new Promise((r) => setTimeout(r, 2000));
      const idleLoaded = await memoryOf(bot.proc.pid!);
      const tag = `s${size}`;
      // The loop delay counts from here: start-up and the index build before listening are not the load's.
      bot.proc.send({ cmd: 'resetLoop' });
      // Feishu's limits on, with windows of their own for this load (the sends of the earlier runs are over a minute old in Feishu's terms too).
      await emulator.ask('limits');
      type EmulatorCounts = { replies: [string, number][]; sent?: number; replyCount?: number; spilledCount?: number; refused429?: number; refused230020?: number; connections?: number };
      const before = await emulator.ask<EmulatorCounts>('replies');
      const sentBefore = before.sent ?? 0;
      const cpuBefore = await threadCpu(bot.proc.pid!);
      const load = await paced(bot.url, opts.seconds, tag, texts);
      // Replies still coming are waited for, up to drainSeconds: the backlog is part of the figure.
      const deadline = performance.now() + (opts.drainSeconds ?? 60) * 1000;
      let replies: [string, number][] = [];
      let sent = 0;
      let counts: EmulatorCounts = before;
      for (;;) {
        const answer = (counts = await emulator.ask<EmulatorCounts>('replies'));
        replies = answer.replies.filter(([m]) => m.startsWith(`om_${tag}_`));
        sent = (answer.sent ?? 0) - sentBefore;
        if (replies.length >= load.postedAt.size || performance.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      // CPU per event of the load and its drain (/proc, per thread): unlike the latencies, barely moved by the machine's load.
      const cpu = cpuPerAck(cpuBefore, await threadCpu(bot.proc.pid!), bot.proc.pid!, load.requests);
      await emulator.ask('nolimits');
      const after = await memoryOf(bot.proc.pid!);
      const latencies = replies.map(([m, at]) => at - load.postedAt.get(m)!).filter((x) => Number.isFinite(x));
      // By kind of message (see traffic): which work the tail comes from.
      const indexOf = (m: string) => Number(m.slice(m.lastIndexOf('_') + 1));
      const byKind: Record<string, { p50: number | null; p99: number | null }> = {};
      for (const kind of KINDS) {
        const of = replies.filter(([m]) => kindOf(indexOf(m)) === kind).map(([m, at]) => at - load.postedAt.get(m)!);
        byKind[kind] = { p50: pct(of, 0.5), p99: pct(of, 0.99) };
      }
      // Inside the bot: processing, waiting for the send limiter, the HTTP send (empty for a build that publishes no
      // messageTrace), and for any build the server-side acknowledgement time and the loop's delay.
      const inside = await botBreakdown(ask, tag, (m) => kindOf(indexOf(m)), { postedAt: load.postedAt, replies });
      await bot.stop();
      await rm(botDir, { recursive: true, force: true });
      // Then as fast as it acknowledges, on a fresh npm start of its own: the work it accepts piles up behind and is cut
      // short by the stop (SIGKILL after 10 s of draining), which would lose the traced process's CPU profile.
      let sat: Awaited<ReturnType<typeof saturated>> | undefined;
      let bareNow: Awaited<ReturnType<typeof saturated>> | undefined;
      // CPU ms per acknowledgement in the two windows (/proc, per thread): unlike the rates, barely moved by what else
      // the machine runs, so a ratio taken at a high load can still be read by what each side spent per request.
      let satCpu: ReturnType<typeof cpuPerAck> | undefined;
      let bareSatCpu: ReturnType<typeof cpuPerAck> | undefined;
      if (SATURATE_SECONDS > 0) {
        // The bare endpoint again, right before: on a shared machine the load moves between sizes, and the ratio is
        // only meaningful between two figures taken moments apart.
        const bareAgain = await startChild(join(here, 'bench/bareProcess.ts'), {}, { cwd: here });
        const bareCpuBefore = await threadCpu(bareAgain.proc.pid!);
        bareNow = await saturated(bareAgain.url, SATURATE_SECONDS, `baresat${size}`, texts);
        bareSatCpu = cpuPerAck(bareCpuBefore, await threadCpu(bareAgain.proc.pid!), bareAgain.proc.pid!, bareNow.requests);
        await bareAgain.stop();
        const satDir = join(work, `sat-${size}`);
        await cp(seeded, satDir, { recursive: true });
        const satBot = await startProductionBot(root, { ...prodEnv, DATA_DIR: satDir });
        const satCpuBefore = await threadCpu(satBot.proc.pid!);
        sat = await saturated(satBot.url, SATURATE_SECONDS, `sat${size}`, texts);
        satCpu = cpuPerAck(satCpuBefore, await threadCpu(satBot.proc.pid!), satBot.proc.pid!, sat.requests);
        await satBot.stop();
        await rm(satDir, { recursive: true, force: true });
      }
      const bareRps = bareNow?.rps;
      await rm(seeded, { recursive: true, force: true });
      out[String(size)] = {
        records: size,
        loadAverage: Math.round(loadavg()[0]! * 100) / 100,
        writeMsPerReport: writer && { p50: writer.p50, p99: writer.p99, mean: writer.mean, reports: writer.reports },
        storeOpenMs: writer?.openMs,
        // npm start (node dist/main.js): to the first 200 from /healthz, and RSS 2 s later.
        startToReadyMs: starts?.first.readyMs,
        restartToReadyMs: starts?.again.readyMs,
        // To /healthz saying the bot is ready (the ledger loaded): the same as the above for a build that listens only then.
        startToBotReadyMs: starts?.first.botReadyMs,
        restartToBotReadyMs: starts?.again.botReadyMs,
        idleRssAfterRestartMiB: starts?.idleAgain.rssMiB,
        idleRssMiB: starts?.idle.rssMiB,
        healthz: health,
        ackP50: load.p50,
        ackP99: load.p99,
        ackRequests: load.requests,
        non2xx: load.non2xx,
        // Acknowledgements at saturation (10 connections), and their rate as a share of the bare endpoint's measured
        // just before (bareRps).
        saturated: sat && {
          ...sat,
          bareRps: bareRps ?? null,
          throughputRatio: bareRps ? Math.round((sat.rps / bareRps) * 100) / 100 : null,
          // The bot: its acknowledging (main) thread, its bot thread (the busiest other), the whole process; the bare
          // endpoint's process (one JS thread). ms of CPU per request.
          cpuMsPerAck: satCpu && { main: satCpu.mainMsPerAck, botThread: satCpu.busiestOtherThreadMsPerAck, process: satCpu.processMsPerAck },
          bareCpuMsPerRequest: bareSatCpu && { main: bareSatCpu.mainMsPerAck, process: bareSatCpu.processMsPerAck },
        },
        replyP50: pct(latencies, 0.5),
        replyP99: pct(latencies, 0.99),
        replied: `${replies.length}/${load.postedAt.size}`,
        // Every message the bot sent during the run and its drain (replies, and notices to others): what Feishu's 50/s per app meters.
        messagesSent: sent,
        repliesSent: (counts.replyCount ?? 0) - (before.replyCount ?? 0),
        // Of the replies, those that went by 发送消息 into the member's chat because 回复消息's window was full.
        repliesSpilled: (counts.spilledCount ?? 0) - (before.spilledCount ?? 0),
        // What the emulator, enforcing Feishu's limits, refused during the load and its drain (a build that keeps the limits: 0).
        refusedByFeishu: { http429: (counts.refused429 ?? 0) - (before.refused429 ?? 0), code230020: (counts.refused230020 ?? 0) - (before.refused230020 ?? 0) },
        // Sockets the bot opened to Feishu during the load and its drain (a build reusing its keep-alive ones: few).
        connectionsOpened: counts.connections === undefined ? null : counts.connections - (before.connections ?? 0),
        outboxQueuedAtStart: OUTBOX,
        // Sent between the start of the load's bot and the load (the outbox draining while idle).
        sentBeforeLoad: sentBefore - sentAtStart,
        replyByKind: byKind,
        // CPU ms per event during the load and its drain: the acknowledging thread (main), the bot thread (the busiest
        // other), the whole process, the rest (V8's compiler threads, libuv's pool), and the bot thread's nice value.
        cpuPerEvent: { mainMs: cpu.mainMsPerAck, botThreadMs: cpu.busiestOtherThreadMsPerAck, processMs: cpu.processMsPerAck, restMs: cpu.restMsPerAck, botThreadNice: cpu.busiestNice },
        insideBot: inside,
        fastestSenderGapMs: fastestSender(load.postedAt, (m) => texts(indexOf(m)).sender),
        // The production process that carried the load: idle before it, after it, and its peak (VmHWM).
        loadBot: { startToReadyMs: bot.readyMs, idleRssMiB: idleLoaded.rssMiB, rssAfterLoadMiB: after.rssMiB, peakRssMiB: after.peakMiB },
      };
      console.error(JSON.stringify({ [size]: out[String(size)] }));
    }
  } finally {
    await emulator.stop();
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
  return out;
}
