// The completion questions at 100,000 records, this checkout's code and BENCH_ROOT's side by side in one process, alternated
// pass by pass (bench/completionPairProcess.ts), under npm start's V8 flags: the bot's overview card for the quarter and the
// year (overviewCard, as a question is answered), the report alone through the ledger index, and through a plain index.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startEnv, startFlags } from './productionBot.js';

export function completionPairBench(opts: { roots: string[]; rounds: number; queries: number; alloc: boolean; records: number }): unknown {
  const load = [loadavg()[0]!];
  const r = spawnSync(
    process.execPath,
    [...startFlags(opts.roots[0]!), '--import', 'tsx', join(process.cwd(), 'bench/completionPairProcess.ts'), JSON.stringify(opts)],
    { env: { ...process.env, ...startEnv(opts.roots[0]!) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
  );
  load.push(loadavg()[0]!);
  if (r.status !== 0) throw new Error(`bench/completionPairProcess.ts exited with ${r.status}`);
  return { loadAverage: load.map((l) => Math.round(l * 100) / 100), ...JSON.parse(r.stdout.trim().split('\n').at(-1)!) };
}
