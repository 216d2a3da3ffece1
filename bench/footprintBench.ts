// Idle RSS of `npm start` builds, alternated between this checkout and another, split into the files mapped (the node binary's pages: code, ICU data) and the rest (heaps).
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { startChild } from './child.js';
import { demoAppEnv } from './demoAppEnv.js';
import { makeLargeDataset } from './largeDataset.js';
import { buildProduction, startProductionBot } from './productionBot.js';
import { untilQuiet } from './saturationBench.js';
import { renamed, seed } from './scaleBench.js';

/** One start's resident memory (MiB): all of it, anonymous (heaps, malloc), and file-backed (the node binary, libraries). */
export interface Footprint {
  root: string;
  rssMiB: number;
  anonMiB: number;
  fileMiB: number;
  loadAverage: number;
  /** With `quiet`: ms after ready until the process was quiet (its start's work, the warm-up included, over). */
  quietAfterMs?: number;
}

const mib = (kib: number) => Math.round((kib / 1024) * 10) / 10;

async function footprintOf(pid: number): Promise<Omit<Footprint, 'root' | 'loadAverage'>> {
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
export async function footprintBench(opts: { roots: string[]; rounds: number; idleMs: number; quiet?: boolean }): Promise<Footprint[]> {
  const here = process.cwd();
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: 0, years: 5, seed: 7 });
  const configDir = await writeConfigDir(renamed(data.directory.org));
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-footprint-'));
  const seeded = join(work, 'seed');
  await mkdir(seeded);
  await seed(seeded, []);
  for (const root of opts.roots) buildProduction(root);
  const emulator = await startChild(join(here, 'bench/emulatorProcess.ts'), { CONFIG_DIR: configDir }, { cwd: here });
  const out: Footprint[] = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const [k, root] of opts.roots.entries()) {
        const dir = join(work, `bot-${round}-${k}`);
        await cp(seeded, dir, { recursive: true });
        const bot = await startProductionBot(root, demoAppEnv(emulator.url, dir, configDir));
        try {
          const quiet = opts.quiet ? await untilQuiet(bot.proc.pid!) : undefined;
          await new Promise((r) => setTimeout(r, opts.idleMs));
          out.push({ root, ...(await footprintOf(bot.proc.pid!)), loadAverage: Math.round(loadavg()[0]! * 100) / 100, ...(quiet ? { quietAfterMs: quiet.quietAfterMs } : {}) });
        } finally {
          await bot.stop();
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
