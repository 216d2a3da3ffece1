// The report parser's ms per long pasted message (issue 14, r53 fkhh), by shape (bench/parseLongMessages.ts), this
// checkout's src/ and BENCH_ROOT's side by side in one process, alternated pass by pass, under npm start's V8 flags.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { makeLargeDataset } from './largeDataset.js';
import { longMessages, withDepartmentNames } from './parseLongMessages.js';
import { startFlags } from './productionBot.js';
import { renamed } from './scaleBench.js';

export async function parseLongBench(opts: { roots: string[]; rounds: number; count: number }): Promise<unknown> {
  const org = withDepartmentNames(renamed(makeLargeDataset({ people: 1000, departments: 20, activities: 0, years: 5, seed: 7 }).directory.org));
  const configDir = await writeConfigDir(org);
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-parselong-'));
  const messages = longMessages(org, opts.count);
  const inputFile = join(work, 'input.json');
  await writeFile(inputFile, JSON.stringify({ configDir, roots: opts.roots, rounds: opts.rounds, messages }));
  try {
    const r = spawnSync(process.execPath, [...startFlags(opts.roots[0]!), '--import', 'tsx', join(process.cwd(), 'bench/parseLongProcess.ts')], {
      env: { ...process.env, PARSE_INPUT: inputFile },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
      timeout: Number(process.env.BENCH_PARSE_TIMEOUT_MS ?? 1_800_000),
    });
    if (r.status !== 0) throw new Error(`bench/parseLongProcess.ts exited with ${r.status} ${r.signal ?? ''}`);
    return { messagesPerShape: opts.count, rounds: opts.rounds, loadAverage: Math.round(loadavg()[0]! * 100) / 100, ...JSON.parse(r.stdout.trim().split('\n').at(-1)!) };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
}
