// Idle RSS of `npm start` builds, alternated between this checkout and another, split into the files mapped (the node binary's pages: code, ICU data) and the rest (heaps).
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { startChild } from './child.js';
import { demoAppEnv } from './demoAppEnv.js';
import { makeLargeDataset } from './largeDataset.js';
import { buildProduction, startFlags, startProductionBot } from './productionBot.js';
import { untilQuiet } from './saturationBench.js';
import { delivery, renamed, seed, traffic } from './scaleBench.js';

/** One start's resident memory (MiB): all of it, anonymous (heaps, malloc), and file-backed (the node binary, libraries). */
export interface Footprint {
  root: string;
  rssMiB: number;
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
  /** With `heap`: each thread's V8 heap at idle (bench/heapProbe.mjs), and the process's external / array-buffer memory. */
  heap?: unknown;
  /** With `firstReply`: ms from posting one talk report (after the idle figures) to its reply at the emulator. */
  firstReplyMs?: number;
  /** With `firstReply`: RSS (MiB) `idleMs` after that reply, and the heap again with `heap`. */
  afterReply?: { rssMiB: number; anonMiB: number; fileMiB: number; heap?: unknown };
}

const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;

async function footprintOf(pid: number): Promise<Pick<Footprint, 'rssMiB' | 'anonMiB' | 'fileMiB'>> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
  return { rssMiB: mib(kib('Rss')), anonMiB: mib(kib('Anonymous')), fileMiB: mib(kib('Rss') - kib('Anonymous')) };
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
}): Promise<Footprint[]> {
  const here = process.cwd();
  const records = opts.records ?? 0;
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: records, years: 5, seed: 7 });
  const org = renamed(data.directory.org);
  const configDir = await writeConfigDir(org);
  // Message 4 of the scale traffic: a head's talk report (今天和<supervisor>进行了廉政谈话), which the bot records and answers.
  const report = traffic(org)(4);
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-footprint-'));
  const seeded = join(work, 'seed');
  await mkdir(seeded);
  await seed(seeded, data.activities.slice(0, records));
  const probe = opts.heap ? ['--import', pathToFileURL(join(here, 'bench/heapProbe.mjs')).href] : [];
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
            const bot = await startProductionBot(root, demoAppEnv(emulator.url, dir, configDir), { nodeFlags: [...startFlags(root), ...probe], ipc: opts.heap });
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
              const row: Footprint = { root, records, start, readyMs: bot.readyMs, ...rss, loadAverage: Math.round(loadavg()[0]! * 100) / 100, ...(quiet ? { quietAfterMs: quiet.quietAfterMs } : {}), ...(heap ? { heap } : {}) };
              if (opts.firstReply) {
                const tag = `fp${round}${k}${start === 'first' ? 'a' : 'b'}${Date.now()}`;
                const { body, headers } = delivery(tag, 0, report);
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
                row.firstReplyMs = at - posted;
                await new Promise((r) => setTimeout(r, opts.idleMs));
                const afterHeap = await heapOf(`${records}-${start}-${round}-${k}-replied`);
                const after = await footprintOf(bot.proc.pid!);
                row.afterReply = { ...after, ...(afterHeap ? { heap: afterHeap } : {}) };
              }
              out.push(row);
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
