// Child for the scale benchmark: opens a store (of the build under BENCH_ROOT) on a seeded DATA_DIR and times recording one report after another.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = process.env.BENCH_ROOT ?? process.cwd();
const dataDir = process.env.DATA_DIR!;
const reports = Number(process.env.BENCH_WRITES ?? 100);
const { openStore } = (await import(join(root, 'src/store/openStore.ts'))) as typeof import('../src/store/openStore.js');
const { recordActivities } = (await import(join(root, 'src/store/activityLog.ts'))) as typeof import('../src/store/activityLog.js');

const opened = performance.now();
const store = await openStore(join(dataDir, 'db.json'));
const openMs = performance.now() - opened;
const samples: number[] = [];
for (let i = 0; i < reports; i++) {
  const started = performance.now();
  await recordActivities(
    store,
    [{ type: 'talk_integrity', date: '2026-11-20', reporter: 'ou_H0', actorId: 'H0', counterpartIds: ['L0'], late: false, sourceEventId: `w${i}` }],
    'ou_H0',
    new Date(),
  );
  samples.push(performance.now() - started);
}
samples.sort((a, b) => a - b);
const at = (q: number) => +samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
process.send!({ openMs: Math.round(openMs), reports, p50: at(0.5), p99: at(0.99), mean: +(samples.reduce((s, x) => s + x, 0) / samples.length).toFixed(2) }, () =>
  process.exit(0),
);
