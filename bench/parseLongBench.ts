// The report parser's ms per long pasted message (issue 14, r53 fkhh), by shape (bench/parseLongMessages.ts), this
// checkout's src/ and BENCH_ROOT's under npm start's V8 flags. r55 fhg: each side in its own process (one per side and
// round), the sides' order turning with the round (round 0 as given, round 1 the second first, …; row field `order`): in
// one process the side loaded second cost ~1.6× the CPU of the first for identical code (r54 fjh). Prints per side and
// shape p50/p99/max over every round, and a `spread`: per side and shape the min / median / max over the rounds of the
// round's CPU median, and with two sides the per-round ratio (first / second) of it, split by which side went first.
// Each child also hashes every message's parse result, so `outputsIdentical` says whether the sides read alike.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { makeLargeDataset } from './largeDataset.js';
import { longMessages, withDepartmentNames } from './parseLongMessages.js';
import { startFlags } from './productionBot.js';
import { renamed } from './scaleBench.js';

interface ChildOut {
  times: Record<string, { wall: number[]; cpu: number[] }>;
  hashes: string[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const q = (xs: number[], p: number) => {
  const a = [...xs].sort((x, y) => x - y);
  return r2(a[Math.min(a.length - 1, Math.floor(p * a.length))]!);
};
const med = (xs: number[]) => {
  const a = [...xs].sort((x, y) => x - y);
  const n = a.length;
  return n % 2 ? a[(n - 1) / 2]! : (a[n / 2 - 1]! + a[n / 2]!) / 2;
};
const spreadOf = (xs: number[]) => ({ min: r2(Math.min(...xs)), median: r2(med(xs)), max: r2(Math.max(...xs)) });

export async function parseLongBench(opts: { roots: string[]; rounds: number; count: number; passes?: number; shapes?: string[] }): Promise<unknown> {
  const org = withDepartmentNames(renamed(makeLargeDataset({ people: 1000, departments: 20, activities: 0, years: 5, seed: 7 }).directory.org));
  const configDir = await writeConfigDir(org);
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-parselong-'));
  const messages = longMessages(org, opts.count).filter((m) => !opts.shapes?.length || opts.shapes.includes(m.shape));
  const shapes = [...new Set(messages.map((m) => m.shape))];
  const passes = opts.passes ?? 1;
  const inputFile = join(work, 'input.json');
  const outFile = join(work, 'out.json');
  const rows: Record<string, unknown>[] = [];
  const all: Record<string, Record<string, { wall: number[]; cpu: number[] }>> = Object.fromEntries(
    opts.roots.map((root) => [root, Object.fromEntries(shapes.map((sh) => [sh, { wall: [], cpu: [] }]))]),
  );
  const hashes: Record<string, string[]> = {};
  try {
    for (let round = 0; round < opts.rounds; round++) {
      const order = opts.roots.map((_, i) => (i + round) % opts.roots.length);
      const row: Record<string, unknown> = { round, order, load: r2(loadavg()[0]!) };
      for (const k of order) {
        const root = opts.roots[k]!;
        await writeFile(inputFile, JSON.stringify({ configDir, root, passes, messages, out: outFile }));
        const r = spawnSync(process.execPath, [...startFlags(root), '--import', 'tsx', join(process.cwd(), 'bench/parseLongProcess.ts')], {
          env: { ...process.env, PARSE_INPUT: inputFile },
          encoding: 'utf8',
          stdio: ['ignore', 'inherit', 'inherit'],
          timeout: Number(process.env.BENCH_PARSE_TIMEOUT_MS ?? 1_800_000),
        });
        if (r.status !== 0) throw new Error(`bench/parseLongProcess.ts (${root}) exited with ${r.status} ${r.signal ?? ''}`);
        const got = JSON.parse(await readFile(outFile, 'utf8')) as ChildOut;
        hashes[root] ??= got.hashes;
        if (got.hashes.join() !== hashes[root]!.join()) throw new Error(`${root}: the parse results differ between rounds`);
        row[root] = Object.fromEntries(shapes.map((sh) => [sh, r2(med(got.times[sh]!.cpu))]));
        for (const sh of shapes) {
          all[root]![sh]!.wall.push(...got.times[sh]!.wall);
          all[root]![sh]!.cpu.push(...got.times[sh]!.cpu);
        }
      }
      rows.push(row);
      console.error(JSON.stringify(row));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
  const chars = Object.fromEntries(shapes.map((sh) => {
    const ls = messages.filter((m) => m.shape === sh).map((m) => m.text.length);
    return [sh, `${Math.min(...ls)}–${Math.max(...ls)}`];
  }));
  const bySide = Object.fromEntries(
    opts.roots.map((root) => [
      root,
      Object.fromEntries(shapes.map((sh) => {
        const t = all[root]![sh]!;
        return [sh, { chars: chars[sh], cpuP50: q(t.cpu, 0.5), cpuP99: q(t.cpu, 0.99), cpuMax: q(t.cpu, 1), wallP50: q(t.wall, 0.5), wallP99: q(t.wall, 0.99), wallMax: q(t.wall, 1) }];
      })),
    ]),
  );
  const spread: Record<string, unknown> = Object.fromEntries(
    opts.roots.map((root) => [root, Object.fromEntries(shapes.map((sh) => [sh, spreadOf(rows.map((row) => (row[root] as Record<string, number>)[sh]!))]))]),
  );
  if (opts.roots.length === 2) {
    const [a, b] = opts.roots as [string, string];
    spread.ratioFirstOverSecond = Object.fromEntries(shapes.map((sh) => {
      const per = rows.map((row) => ({ aFirst: (row.order as number[])[0] === 0, ratio: r2((row[a] as Record<string, number>)[sh]! / (row[b] as Record<string, number>)[sh]!) }));
      const ratios = per.map((p) => p.ratio);
      return [sh, { ...spreadOf(ratios), perRound: ratios, firstWentFirst: per.filter((p) => p.aFirst).map((p) => p.ratio), secondWentFirst: per.filter((p) => !p.aFirst).map((p) => p.ratio) }];
    }));
    spread.outputsIdentical = hashes[a]!.join() === hashes[b]!.join();
  }
  console.error(JSON.stringify({ spread }));
  return { messagesPerShape: opts.count, rounds: opts.rounds, passesPerProcess: passes, loadAverage: r2(loadavg()[0]!), ...bySide, rows, spread };
}
