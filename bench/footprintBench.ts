// Idle RSS of `npm start` builds, alternated between this checkout and another, split into the files mapped (the node binary's pages: code, ICU data) and the rest (heaps).
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { startChild } from './child.js';
import { demoAppEnv } from './demoAppEnv.js';
import { makeLargeDataset } from './largeDataset.js';
import { buildProduction, startFlags, startProductionBot } from './productionBot.js';
import { untilQuiet } from './saturationBench.js';

/**
 * BENCH_FLAGS_0 / BENCH_FLAGS_1 (space-separated node flags): the first / second checkout's bot under these instead of
 * its npm start's (as the saturation bench's); with BENCH_ROOT set to this checkout, one build under two flag sets (the
 * second one's rows keyed `<root>#1`).
 */
function flagsOf(k: number): string[] | undefined {
  const given = process.env[`BENCH_FLAGS_${k}`];
  return given === undefined ? undefined : given.split(/\s+/).filter(Boolean);
}

/**
 * BENCH_PROFILE_DIR=dir (with `firstReply`): CPU profiles of every thread from just before the report is posted to just
 * after its reply (bench/mainProfileProbe.mjs, 200 µs sampling), <thread>-<pid>.cpuprofile; the probe is in both sides.
 */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
import { delivery, renamed, seed, traffic } from './scaleBench.js';

/** One start's resident memory (MiB): all of it, anonymous (heaps, malloc), and file-backed (the node binary, libraries). */
export interface Footprint {
  root: string;
  rssMiB: number;
  /** The process's peak RSS so far (VmHWM, MiB): its start's, the warm-up's collection included. */
  peakMiB?: number;
  anonMiB: number;
  fileMiB: number;
  loadAverage: number;
  /** With `quiet`: ms after ready until the process was quiet (its start's work, the warm-up included, over). */
  quietAfterMs?: number;
  /** Activities in the data (a version 2 db.json, migrated by the first start). */
  records: number;
  /** 'first': the start that migrated the version 2 file; 'restart': the next start over what it left. */
  start: 'first' | 'restart';
  /** ms from spawn to the first 200 from /healthz. */
  readyMs: number;
  /** With BENCH_FLAGS_<k>: the node flags this start ran under instead of its npm start's. */
  flags?: string[];
  /** With `heap`: each thread's V8 heap at idle (bench/heapProbe.mjs), and the process's external / array-buffer memory. */
  heap?: unknown;
  /** With `firstReply`: ms from posting one talk report (after the idle figures) to its reply at the emulator. */
  firstReplyMs?: number;
  /**
   * With `firstReply`: CPU ms each thread of the process ran from the post to the reply (/proc/<pid>/task/<tid>/schedstat,
   * by the thread's name: node's main thread, the bot's worker, V8's and libuv's helpers), and their sum. Less moved by
   * the machine's load than `firstReplyMs` (the bot thread runs at nice 10: on a busy machine its reply waits for a core).
   */
  firstReplyCpuMs?: { total: number; byThread: Record<string, number> };
  /** With `secondReply`: the same for a second head's talk report (H2's), posted after the first reply and `idleMs`. */
  secondReplyMs?: number;
  secondReplyCpuMs?: { total: number; byThread: Record<string, number> };
  /**
   * With `settledMs`: RSS (MiB) again that long after the idle figures, before any reply: where an idle bot stays once
   * V8's memory reducer has run (it starts 8 s after a full collection, the warm-up's last step), whatever the load did
   * to the warm-up's timing.
   */
  settled?: { afterMs: number; rssMiB: number; anonMiB: number; fileMiB: number };
  /** With `firstReply`: RSS (MiB) `idleMs` after that reply, and the heap again with `heap`. */
  afterReply?: { rssMiB: number; anonMiB: number; fileMiB: number; heap?: unknown };
}

const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;

async function footprintOf(pid: number): Promise<Pick<Footprint, 'rssMiB' | 'peakMiB' | 'anonMiB' | 'fileMiB'>> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
  const hwm = Number(/^VmHWM:\s+(\d+)/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { rssMiB: mib(kib('Rss')), peakMiB: mib(hwm), anonMiB: mib(kib('Anonymous')), fileMiB: mib(kib('Rss') - kib('Anonymous')) };
}

/** ns each thread of `pid` has run on a CPU so far (schedstat's first field), by thread id. */
async function threadRunNs(pid: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const sched = await readFile(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').catch(() => '');
    if (sched) out.set(tid, Number(sched.split(' ')[0]));
  }
  return out;
}

/**
 * CPU ms between two threadRunNs readings of `pid`: the main (acknowledging) thread's, the busiest other thread's (the
 * bot thread: all of node's threads are named "node"), the rest's, and the total.
 */
function cpuBetween(pid: number, before: Map<string, number>, after: Map<string, number>): { total: number; byThread: Record<string, number> } {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  let main = 0;
  const others: number[] = [];
  for (const [tid, ns] of after) {
    const ms = (ns - (before.get(tid) ?? 0)) / 1e6;
    if (tid === String(pid)) main = ms;
    else others.push(ms);
  }
  others.sort((a, b) => b - a);
  const rest = others.slice(1).reduce((a, b) => a + b, 0);
  return { total: round(main + (others[0] ?? 0) + rest), byThread: { main: round(main), busiestOther: round(others[0] ?? 0), rest: round(rest) } };
}

/**
 * `rounds` times, each of `roots` in turn: `npm start`'s process (built first when stale) over a fresh copy of an empty
 * version 2 db.json, with a 1,000-person config, idle `idleMs` after the bot is ready (as the scale bench takes idle
 * RSS), then stopped. `quiet` (BENCH_QUIET=1): first waits until the process is quiet (as the saturation run does),
 * so that every start is measured after its warm-up rather than wherever the warm-up is at `idleMs` on a busy machine.
 * Linux only (/proc/<pid>/smaps_rollup). Returns one Footprint per start, in order.
 */
export async function footprintBench(opts: {
  roots: string[];
  rounds: number;
  idleMs: number;
  quiet?: boolean;
  /** Activities seeded (default 0), from the scale bench's generator (1,000 people, 20 departments, five years). */
  records?: number;
  /** Also measure a restart over the files the first start migrated. */
  restart?: boolean;
  /** Preload bench/heapProbe.mjs and report each thread's heap (the probe's few KB are in the RSS of both sides). */
  heap?: boolean;
  /** After the idle figures, post one talk report (a head's, signed as Feishu signs) and time its reply. */
  firstReply?: boolean;
  /** With `firstReply`: then, `idleMs` later, post another head's talk report and time its reply (what the first one paid once). */
  secondReply?: boolean;
  /** Also sample RSS this many ms after the idle figures (`settled`), before any reply. */
  settledMs?: number;
}): Promise<Footprint[]> {
  const here = process.cwd();
  const records = opts.records ?? 0;
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: records, years: 5, seed: 7 });
  const org = renamed(data.directory.org);
  const configDir = await writeConfigDir(org);
  // Message 4 of the scale traffic: a head's talk report (今天和<supervisor>进行了廉政谈话), which the bot records and answers.
  const report = traffic(org)(4);
  // Message 6: another head's talk report (今天和<that head's supervisor>进行了廉政谈话), the second reply.
  const second = traffic(org)(6);
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-footprint-'));
  const seeded = join(work, 'seed');
  await mkdir(seeded);
  await seed(seeded, data.activities.slice(0, records));
  const probe = [
    ...(opts.heap ? ['--import', pathToFileURL(join(here, 'bench/heapProbe.mjs')).href] : []),
    ...(PROFILE_DIR && opts.firstReply ? ['--import', pathToFileURL(join(here, 'bench/mainProfileProbe.mjs')).href] : []),
  ];
  for (const root of opts.roots) buildProduction(root);
  const emulator = await startChild(join(here, 'bench/emulatorProcess.ts'), { CONFIG_DIR: configDir }, { cwd: here });
  const out: Footprint[] = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const [k, root] of opts.roots.entries()) {
        const dir = join(work, `bot-${round}-${k}`);
        await cp(seeded, dir, { recursive: true });
        try {
          for (const start of opts.restart ? (['first', 'restart'] as const) : (['first'] as const)) {
            const flags = flagsOf(k);
            const bot = await startProductionBot(root, demoAppEnv(emulator.url, dir, configDir), { nodeFlags: [...(flags ?? startFlags(root)), ...probe], ipc: opts.heap });
            try {
              const quiet = opts.quiet ? await untilQuiet(bot.proc.pid!) : undefined;
              await new Promise((r) => setTimeout(r, opts.idleMs));
              const heapOf = (tag: string) =>
                opts.heap
                  ? new Promise<unknown>((r) => {
                      bot.proc.once('message', r);
                      bot.proc.send({ cmd: 'heap', tag });
                    })
                  : Promise.resolve(undefined);
              // With `heap`, the heap first: the bot thread answers when its loop is free (its warm-up over), then RSS.
              const heap = await heapOf(`${records}-${start}-${round}-${k}`);
              const rss = await footprintOf(bot.proc.pid!);
              const key = opts.roots.indexOf(root) === k ? root : `${root}#${k}`;
              const row: Footprint = { root: key, ...(flags ? { flags } : {}), records, start, readyMs: bot.readyMs, ...rss, loadAverage: Math.round(loadavg()[0]! * 100) / 100, ...(quiet ? { quietAfterMs: quiet.quietAfterMs } : {}), ...(heap ? { heap } : {}) };
              if (opts.settledMs) {
                await new Promise((r) => setTimeout(r, opts.settledMs));
                const { rssMiB, anonMiB, fileMiB } = await footprintOf(bot.proc.pid!);
                row.settled = { afterMs: opts.settledMs, rssMiB, anonMiB, fileMiB };
              }
              if (opts.firstReply) {
                const replyTo = async (n: number, texts: typeof report): Promise<{ ms: number; cpu: { total: number; byThread: Record<string, number> } }> => {
                  const tag = `fp${round}${k}${start === 'first' ? 'a' : 'b'}${n}${Date.now()}`;
                  const { body, headers } = delivery(tag, 0, texts);
                  if (PROFILE_DIR && n === 0) {
                    bot.proc.kill('SIGUSR1');
                    // Starting the profiler on the bot thread takes it ~0.5 s (every compiled function is logged).
                    await new Promise((r) => setTimeout(r, 2000));
                  }
                  const cpuBefore = await threadRunNs(bot.proc.pid!);
                  const posted = Date.now();
                  const res = await fetch(`${bot.url}/feishu/events`, { method: 'POST', body, headers });
                  if (!res.ok) throw new Error(`${root}: the report was answered ${res.status}`);
                  let at: number | undefined;
                  while (at === undefined && Date.now() - posted < 60_000) {
                    const { replies } = await emulator.ask<{ replies: [string, number][] }>('replies');
                    at = replies.find(([id]) => id === `om_${tag}_0`)?.[1];
                    if (at === undefined) await new Promise((r) => setTimeout(r, 5));
                  }
                  if (at === undefined) throw new Error(`${root}: no reply to the report within 60 s`);
                  const cpu = cpuBetween(bot.proc.pid!, cpuBefore, await threadRunNs(bot.proc.pid!));
                  if (PROFILE_DIR && n === 0) bot.proc.kill('SIGUSR2');
                  return { ms: at - posted, cpu };
                };
                const first = await replyTo(0, report);
                row.firstReplyMs = first.ms;
                row.firstReplyCpuMs = first.cpu;
                await new Promise((r) => setTimeout(r, opts.idleMs));
                const afterHeap = await heapOf(`${records}-${start}-${round}-${k}-replied`);
                const after = await footprintOf(bot.proc.pid!);
                row.afterReply = { ...after, ...(afterHeap ? { heap: afterHeap } : {}) };
                if (opts.secondReply) {
                  const next = await replyTo(1, second);
                  row.secondReplyMs = next.ms;
                  row.secondReplyCpuMs = next.cpu;
                }
              }
              out.push(row);
              console.error(JSON.stringify(row));
            } finally {
              await bot.stop();
            }
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await emulator.stop();
    await rm(work, { recursive: true, force: true });
  }
  return out;
}
