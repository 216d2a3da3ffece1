// The acknowledging thread's own work per delivery under a flood, without HTTP: verify, decrypt, check, journal, inbox, with
// a bot that finishes nothing (as under saturation, where it falls ever further behind). CPU of this thread from /proc and
// V8's garbage collections, per delivery. Run: node --import tsx [npm start's V8 flags] bench/ackPathBench.ts
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEMO_APP } from '../src/emulator/demoApp.js';
import { p2pChatIdFor } from '../src/emulator/feishuIds.js';
import { decryptEvent } from '../src/transport/eventCrypto.js';
import { signedDelivery } from './signedDelivery.js';

// ACK_ROOT=checkout: that checkout's journal, inbox and handler (its src/, run through tsx) instead of this one's.
const src = (file: string) => pathToFileURL(join(process.env.ACK_ROOT ?? join(import.meta.dirname, '..'), 'src', file)).href;
const { openJournal } = (await import(src('store/openJournal.ts'))) as typeof import('../src/store/openJournal.js');
const { createDeliveryHandler } = (await import(src('transport/createDeliveryHandler.ts'))) as typeof import('../src/transport/createDeliveryHandler.js');
const { createInbox } = (await import(src('transport/createInbox.ts'))) as typeof import('../src/transport/createInbox.js');

const N = Number(process.env.ACK_N ?? 20_000);
const WARM = Number(process.env.ACK_WARM ?? 5_000);
const CONCURRENCY = 10;

/** This thread's CPU ms so far (utime + stime of the main thread, 10 ms ticks). */
async function mainThreadCpuMs(): Promise<number> {
  const stat = await readFile(`/proc/${process.pid}/task/${process.pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

const TEXTS = ['昨天和王伟进行了廉政谈话', '本季度完成情况', '帮助', '我的任务', '今天组织支部学习廉政教育材料，参加人员：李娜、张敏、刘静，共3人'];

function delivery(tag: string, i: number): { body: string; headers: Record<string, string> } {
  const sender = `ou_bench_${i % 200}`;
  const event = {
    schema: '2.0',
    header: { event_id: `${tag}-${i}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: DEMO_APP.verificationToken, app_id: DEMO_APP.appId, tenant_key: 'bench' },
    event: {
      sender: { sender_id: { open_id: sender }, sender_type: 'user', tenant_key: 'bench' },
      message: { message_id: `om_${tag}_${i}`, chat_id: p2pChatIdFor(sender), chat_type: 'p2p', message_type: 'text', content: JSON.stringify({ text: TEXTS[i % TEXTS.length] }), create_time: String(Date.now()) },
    },
  };
  return signedDelivery(event, `n${tag}${i}`);
}

const dir = await mkdtemp(join(tmpdir(), 'qingfeng-ackpath-'));
// ACK_RECOVER=n: a journal left with n events accepted and not processed by a run before (a restart after a flood): the
// inbox recovers them at open, and they wait behind the flood as what the journal's state holds for them.
const RECOVER = Number(process.env.ACK_RECOVER ?? 0);
if (RECOVER > 0) {
  const before = await openJournal(join(dir, 'events.jsonl'));
  const at = new Date().toISOString();
  for (let i = 0; i < RECOVER; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, RECOVER - i) }, (_, k) => {
        const d = JSON.parse(delivery('left', i + k).body) as { encrypt: string };
        const json = decryptEvent(d.encrypt, DEMO_APP.encryptKey);
        return before.append({ t: 'accepted', id: `left-${i + k}`, type: 'im.message.receive_v1', at, payload: JSON.parse(json) as Record<string, unknown> }, json);
      }),
    );
  }
  await before.close();
}
const journal = await openJournal(join(dir, 'events.jsonl'));
const inbox = createInbox({
  journal,
  now: () => new Date(),
  log: () => {},
  keyOf: (payload) => String((payload.event as { message?: { chat_id?: string } }).message?.chat_id ?? 'other'),
  // A bot that never finishes: every accepted event stays waiting, as under a flood.
  // ACK_BOT=instant: one that finishes each at once instead (what retention costs, by difference).
  process: process.env.ACK_BOT === 'instant' ? () => Promise.resolve() : () => new Promise<void>(() => {}),
});
const recovered = inbox.recover();
const handle = createDeliveryHandler({
  secrets: { verificationToken: DEMO_APP.verificationToken, encryptKey: DEMO_APP.encryptKey },
  inbox,
  now: () => new Date(),
  log: (line) => console.error(line),
  onCardAction: () => Promise.reject(new Error('no cards here')),
});

/** Deliveries signed and encrypted ahead (the load generator's work, not the path's: outside the measured CPU). */
const build = (tag: string, count: number) => Array.from({ length: count }, (_, i) => delivery(tag, i));

async function run(ready: Array<{ body: string; headers: Record<string, string> }>): Promise<void> {
  const count = ready.length;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      // Nothing of the delivery held here across the await (its body), so that what survives a scavenge is the path's own.
      const { body, headers } = ready[next]!;
      ready[next++] = undefined as never;
      const answered = handle(body, (name) => headers[name]);
      const a = await answered;
      if (a.status !== 200) throw new Error(`answer ${a.status}: ${JSON.stringify(a.body)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

await run(build('warm', WARM));
const load = build('load', N);
const gc: Record<string, { count: number; ms: number }> = {};
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = String((e as unknown as { detail?: { kind?: number } }).detail?.kind);
    gc[kind] ??= { count: 0, ms: 0 };
    gc[kind].count += 1;
    gc[kind].ms += e.duration;
  }
});
observer.observe({ entryTypes: ['gc'] });
// ACK_PROFILE=file: a CPU profile of this thread over the measured deliveries only (200 µs sampling).
const profileFile = process.env.ACK_PROFILE;
const session = profileFile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
// ACK_HEAP=file: a sampling heap profile of this thread over the measured deliveries (4 KiB interval, collected garbage
// included, so it shows what is allocated per delivery, not what stays): bytes per delivery by function in the output.
const heapFile = process.env.ACK_HEAP;
const heapSession = heapFile ? new Session() : undefined;
if (heapSession) {
  heapSession.connect();
  await heapSession.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}
const cpuBefore = await mainThreadCpuMs();
const started = performance.now();
await run(load);
const cpuMs = (await mainThreadCpuMs()) - cpuBefore;
const wallMs = performance.now() - started;
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileFile!, JSON.stringify(profile));
  session.disconnect();
}
let heapBytesPerDelivery: number | undefined;
if (heapSession) {
  const { profile } = await heapSession.post('HeapProfiler.stopSampling');
  writeFileSync(heapFile!, JSON.stringify(profile));
  heapSession.disconnect();
  let total = 0;
  const walk = (n: { selfSize: number; children: unknown[] }) => {
    total += n.selfSize;
    for (const c of n.children) walk(c as typeof n);
  };
  walk(profile.head as never);
  heapBytesPerDelivery = Math.round(total / N);
}
await new Promise((r) => setTimeout(r, 50));
observer.disconnect();
const gcMs = Object.values(gc).reduce((s, g) => s + g.ms, 0);
console.log(
  JSON.stringify({
    deliveries: N,
    recovered,
    mainCpuUsPerDelivery: Math.round((cpuMs / N) * 1000 * 10) / 10,
    wallUsPerDelivery: Math.round((wallMs / N) * 1000 * 10) / 10,
    gcUsPerDelivery: Math.round((gcMs / N) * 1000 * 10) / 10,
    heapBytesPerDelivery,
    gc: Object.fromEntries(Object.entries(gc).map(([k, g]) => [k, { count: g.count, ms: Math.round(g.ms) }])),
    heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 1048576),
    journal: journal.stats(),
  }),
);
inbox.close();
await journal.close();
await rm(dir, { recursive: true, force: true });
process.exit(0);
