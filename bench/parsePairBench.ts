// The report parser's CPU per message, this checkout's and BENCH_ROOT's side by side in one process, alternated pass by
// pass (a pass: a sample of the corpus and the saturation traffic's 60 messages, 1,000-person directory), so both sides
// meet the same load; run under npm start's V8 flags, so the collector's work counts as production's does.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import { makeLargeDataset } from './largeDataset.js';
import { parseBenchMessages } from './parseBench.js';
import { startFlags } from './productionBot.js';
import { renamed } from './scaleBench.js';

/** `rounds` alternated passes of each root in one child process (bench/parsePairProcess.ts); CPU ms per message per pass. */
export async function parsePairBench(opts: { roots: string[]; rounds: number; sample: number }): Promise<unknown> {
  const org = renamed(makeLargeDataset({ people: 1000, departments: 20, activities: 0, years: 5, seed: 7 }).directory.org);
  const configDir = await writeConfigDir(org);
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-parsepair-'));
  const all = await parseBenchMessages(org);
  const corpus = all.slice(0, -60);
  const step = Math.max(1, Math.floor(corpus.length / opts.sample));
  const messages = [...corpus.filter((_, i) => i % step === 0), ...all.slice(-60)];
  const inputFile = join(work, 'input.json');
  await writeFile(inputFile, JSON.stringify({ configDir, roots: opts.roots, rounds: opts.rounds, messages }));
  try {
    const r = spawnSync(process.execPath, [...startFlags(opts.roots[0]!), '--import', 'tsx', join(process.cwd(), 'bench/parsePairProcess.ts')], {
      env: { ...process.env, PARSE_INPUT: inputFile },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`bench/parsePairProcess.ts exited with ${r.status}`);
    return { messages: messages.length, loadAverage: Math.round(loadavg()[0]! * 100) / 100, ...JSON.parse(r.stdout.trim().split('\n').at(-1)!) };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
}
