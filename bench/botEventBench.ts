// The bot thread's CPU per event, by kind of message (the saturation bench's traffic), without a flood: each checkout's
// production bot over the same 50,000-record v2 data, the kinds sent one at a time at a gentle pace, alternated in rounds.
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_APP } from '../src/emulator/demoApp.js';
import { p2pChatIdFor } from '../src/emulator/feishuIds.js';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { startChild } from './child.js';
import { demoAppEnv } from './demoAppEnv.js';
import { makeLargeDataset } from './largeDataset.js';
import { buildProduction, startFlags, startProductionBot } from './productionBot.js';
import { threadCpu, untilQuiet } from './saturationBench.js';
import { renamed, seed, traffic, type Texts } from './scaleBench.js';
import { signedDelivery } from './signedDelivery.js';

/** The kinds of the saturation bench's traffic, by the text a message has. */
function kindOf(text: string): string {
  if (text === '帮助') return 'help';
  if (text === '我的任务') return 'myTasks';
  if (text === '本季度完成情况') return 'quarter';
  if (text === '今年以来完成情况') return 'year';
  if (text.includes('警示教育片')) return 'training';
  return 'talk';
}

function post(url: string, d: { body: string; headers: Record<string, string> }): Promise<number> {
  return new Promise((res, rej) => {
    const req = request(`${url}/feishu/events`, { method: 'POST', headers: { ...d.headers, 'content-length': Buffer.byteLength(d.body) } }, (r) => {
      r.resume();
      r.on('end', () => res(r.statusCode ?? 0));
    });
    req.on('error', rej);
    req.end(d.body);
  });
}

function delivery(tag: string, i: number, t: Texts): { body: string; headers: Record<string, string> } {
  const event = {
    schema: '2.0',
    header: { event_id: `${tag}-${i}`, event_type: 'im.message.receive_v1', create_time: String(Date.now()), token: DEMO_APP.verificationToken, app_id: DEMO_APP.appId, tenant_key: 'bench' },
    event: {
      sender: { sender_id: { open_id: t.sender }, sender_type: 'user', tenant_key: 'bench' },
      message: { message_id: `om_${tag}_${i}`, chat_id: p2pChatIdFor(t.sender), chat_type: 'p2p', message_type: 'text', content: JSON.stringify({ text: t.text }), create_time: String(Date.now()) },
    },
  };
  return signedDelivery(event, `n${tag}${i}`);
}

async function doneLines(file: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  let n = 0;
  for (let at = text.indexOf('"t":"done"'); at >= 0; at = text.indexOf('"t":"done"', at + 1)) n += 1;
  return n;
}

/** The bot thread: the process's one thread at nice 10 (botThread.ts). */
async function botTid(pid: number): Promise<number | undefined> {
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    if (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16] === '10') return Number(tid);
  }
  return undefined;
}

/**
 * `rounds` times, each checkout of `roots` in turn: a fresh bot over a copy of the seeded data, idle until quiet, a warm-up
 * of `warmup` messages of the mixed traffic, then per kind `perKind` messages sent one after another `gapMs` apart, and
 * once all are done the bot thread's (and the whole process's) CPU ms per event of that kind.
 */
export async function botEventBench(opts: { roots: string[]; rounds: number; perKind: number; warmup: number; records: number; gapMs: number }): Promise<unknown> {
  const here = process.cwd();
  const roots = opts.roots.map((r) => resolve(r));
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-botevent-'));
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: opts.records, years: 5, seed: 7 });
  const org = renamed(data.directory.org);
  const configDir = await writeConfigDir(org);
  const texts = traffic(org);
  const byKind = new Map<string, number[]>();
  for (let i = 0; byKind.size < 6 || [...byKind.values()].some((xs) => xs.length < opts.perKind); i++) {
    const k = kindOf(texts(i).text);
    const xs = byKind.get(k) ?? [];
    if (xs.length < opts.perKind) xs.push(i);
    byKind.set(k, xs);
  }
  const seeded = join(work, 'seed');
  await mkdir(seeded, { recursive: true });
  await seed(seeded, data.activities);
  for (const root of roots) buildProduction(root);
  const emulator = await startChild(join(here, 'bench/emulatorProcess.ts'), { CONFIG_DIR: configDir }, { cwd: here });
  const rows: Record<string, unknown>[] = [];
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const profile = profileDir ? ['--import', pathToFileURL(join(here, 'bench/mainProfileProbe.mjs')).href] : [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const [k, root] of roots.entries()) {
        const dir = join(work, `bot-${round}-${k}`);
        await cp(seeded, dir, { recursive: true });
        // BENCH_PROFILE_DIR=dir: CPU profiles of each kind's events (bench/mainProfileProbe.mjs), <kind>-<round>-<k>-<thread>.cpuprofile.
        const bot = await startProductionBot(root, demoAppEnv(emulator.url, dir, configDir), { nodeFlags: [...startFlags(root), ...profile] });
        const pid = bot.proc.pid!;
        const journal = join(dir, 'events.jsonl');
        try {
          await untilQuiet(pid);
          const tid = await botTid(pid);
          const tag = `be${round}_${k}_${Date.now()}`;
          let sent = 0;
          const send = async (i: number) => {
            const status = await post(bot.url, delivery(tag, sent++, texts(i)));
            if (status !== 200) throw new Error(`delivery answered ${status}`);
            await new Promise((r) => setTimeout(r, opts.gapMs));
          };
          const settle = async () => {
            const deadline = Date.now() + 120_000;
            while ((await doneLines(journal)) < sent && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          };
          // Warm-up: the traffic's own mix, from an index past every measured one.
          for (let n = 0; n < opts.warmup; n++) await send(100_000 + n);
          await settle();
          const row: Record<string, unknown> = { round, root, loadAverage: Math.round(loadavg()[0]! * 100) / 100 };
          for (const [kind, ids] of byKind) {
            const before = await threadCpu(pid);
            let botAllocKb: number | undefined;
            if (profileDir) bot.proc.kill('SIGUSR1');
            for (const i of ids) await send(i);
            await settle();
            const after = await threadCpu(pid);
            if (profileDir) {
              bot.proc.kill('SIGUSR2');
              // Both threads' profile, gc counts (and heap profile) written before they are named for this kind: under load a
              // fixed 1.5 s wait let the last files of one kind be named for the next (r50 fxh), so wait for all of them.
              const expected = process.env.BENCH_HEAP_SAMPLING === '1' ? 6 : 4;
              const written = async () => (await readdir(profileDir)).filter((f) => /^(?:(main|thread\d+)-\d+\.(cpu|heap)profile|gc-(main|thread\d+)-\d+\.json)$/.test(f)).length;
              for (const until = Date.now() + 30_000; (await written()) < expected && Date.now() < until; ) await new Promise((r) => setTimeout(r, 250));
              await new Promise((r) => setTimeout(r, 250));
              for (const f of await readdir(profileDir)) {
                // The gc-….json counts too (r50 fxh: they were written over by each kind's, so only the last kind's were left).
                if (!/^(?:(main|thread\d+)-\d+\.(cpu|heap)profile|gc-(main|thread\d+)-\d+\.json)$/.test(f)) continue;
                await rename(join(profileDir, f), join(profileDir, `${kind}-${round}-${k}-${f}`));
                // BENCH_HEAP_SAMPLING=1: the bot thread's KB allocated per event (the sampled sizes' sum, collected garbage included).
                if (/^thread\d+-\d+\.heapprofile$/.test(f)) {
                  type Node = { selfSize: number; children: Node[] };
                  const sum = (n: Node): number => n.children.reduce((s, c) => s + sum(c), n.selfSize);
                  const head = (JSON.parse(await readFile(join(profileDir, `${kind}-${round}-${k}-${f}`), 'utf8')) as { head: Node }).head;
                  botAllocKb = Math.round(sum(head) / 1024 / ids.length);
                }
              }
            }
            const used = (t: number | undefined) => (t === undefined ? NaN : (after.get(t) ?? 0) - (before.get(t) ?? 0));
            let total = 0;
            for (const [t, ms] of after) total += ms - (before.get(t) ?? 0);
            row[kind] = { botMs: Math.round((used(tid) / ids.length) * 100) / 100, mainMs: Math.round((used(pid) / ids.length) * 100) / 100, processMs: Math.round((total / ids.length) * 100) / 100, ...(botAllocKb !== undefined ? { botAllocKb } : {}) };
          }
          // The saturation bench's mix: 60 messages of the cycle weigh the kinds as it does.
          const mix = new Map<string, number>();
          for (let i = 0; i < 60; i++) mix.set(kindOf(texts(i).text), (mix.get(kindOf(texts(i).text)) ?? 0) + 1);
          row.mixBotMs = Math.round(([...mix].reduce((s, [kind, n]) => s + n * (row[kind] as { botMs: number }).botMs, 0) / 60) * 100) / 100;
          console.error(JSON.stringify(row));
          rows.push(row);
        } finally {
          await bot.stop();
          await rm(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await emulator.stop();
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
  return { records: opts.records, perKind: opts.perKind, rows };
}
