// Completion query on 1,000 people, 20 departments, 100,000 activities over five years: index vs linear scan, time and memory.
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { recordActivities, undoActivity } from '../src/store/activityLog.js';
import { createLedgerIndex } from '../src/store/createLedgerIndex.js';
import { loadDuties } from '../src/config/dutiesConfig.js';
import { computeCompletion, computeCompletionLinearScan, indexActivities } from '../src/domain/completion/computeCompletion.js';
import { periodOf } from '../src/domain/period.js';
import { restrictLines } from '../src/domain/completion/visibility.js';
import { completionCard } from '../src/feishu/cards/completionCard.js';
import { openStore } from '../src/store/openStore.js';
import { makeLargeDataset } from './largeDataset.js';

const MiB = 2 ** 20;
const round = (ms: number) => +ms.toFixed(2);

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rssMiB: Math.round(m.rss / MiB), heapUsedMiB: Math.round(m.heapUsed / MiB) };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { runs: samples.length, p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1] as number) };
}

const repeat = (runs: number, fn: () => unknown) => Array.from({ length: runs }, () => time(fn).ms);

/** Warm figures: a few unmeasured runs first, so the JIT has compiled the path being timed. */
function warm(runs: number, fn: () => unknown): number[] {
  repeat(5, fn);
  return repeat(runs, fn);
}

/** Runs in a fresh process (see completionProcess.ts) so its memory figures are the dataset's, not the runner's. */
export async function measureCompletion(opts: { runs: number; baselineRuns: number }): Promise<Record<string, unknown>> {
  const before = memory();
  const duties = loadDuties('config/duties.yaml');
  const generated = time(() => makeLargeDataset({ people: 1000, departments: 20, activities: 100_000, years: 5, seed: 7 }));
  const data = generated.value;
  const withData = memory();
  const now = new Date('2024-08-15T10:00:00+08:00');
  const quarter = periodOf('quarter', '2024-07-01');
  const year = periodOf('year', '2024-01-01');
  const base = { directory: data.directory, duties, now };

  const builds = repeat(5, () => indexActivities(data.activities));
  const index = indexActivities(data.activities);
  // Cold: the first query on a fresh index also merges the unions multi-type duties ask for.
  const cold = time(() => computeCompletion({ ...base, activities: index, view: quarter })).ms;
  const warmQuarter = warm(opts.runs, () => computeCompletion({ ...base, activities: index, view: quarter }));
  const warmYear = warm(opts.runs, () => computeCompletion({ ...base, activities: index, view: year }));
  const withIndex = memory();

  // What the secretary waits for: completion, visibility, the card (JSON) built.
  const answer = warm(opts.runs, () => {
    const report = computeCompletion({ ...base, activities: index, view: quarter });
    const lines = restrictLines(data.directory, 'S0', report.lines);
    return completionCard({ ...report, lines }, { title: '完成情况', labels: { directory: data.directory, duties } });
  });

  const linear = repeat(opts.baselineRuns, () => computeCompletionLinearScan({ ...base, activities: data.activities, view: quarter }));

  // The bot's path: the ledger index built once, then changes overlaid (see src/store/createLedgerIndex.ts).
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-bench-'));
  try {
    const store = await openStore(join(dir, 'db.json'));
    await store.update((db) => void db.activities.push(...data.activities));
    const ledger = createLedgerIndex(store);
    // As the bot asks (src/bot/completionAnswer.ts): computed inside read, the index carrying the remembered parts.
    const ask = (view: typeof quarter) => () => {
      store.read((db) => void computeCompletion({ ...base, activities: ledger.index(db), view }));
    };
    const viaStore = ask(quarter);
    const firstQuery = time(viaStore).ms;
    const viaStoreWarm = warm(opts.runs, viaStore);
    const viaStoreYear = warm(opts.runs, ask(year));
    // A member reports, then withdraws it: the next query overlays the change instead of rebuilding.
    const sample = data.activities[0]!;
    const [reported] = await recordActivities(store, [{ ...sample, date: quarter.start, sourceEventId: 'bench-report' }], sample.reporter, new Date());
    const afterReport = time(viaStore).ms;
    await undoActivity(store, reported!.id, sample.reporter, new Date());
    const afterUndo = time(viaStore).ms;
    // Busy traffic: before each question one report of a kind the bot sees most (a head's talk, a training), so each
    // question recounts what that report touched and reuses the rest.
    const talks = data.activities.filter((a) => a.type === 'talk_integrity' && !a.deletedAt).slice(0, opts.runs);
    const trainings = data.activities.filter((a) => a.type === 'edu_warning' && !a.deletedAt).slice(0, opts.runs);
    const afterEachReport: number[] = [];
    const afterEachReportYear: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const like = (i % 2 === 0 ? talks : trainings)[i]!;
      await recordActivities(store, [{ ...like, date: quarter.start, sourceEventId: `bench-busy-${i}` }], like.reporter, new Date());
      afterEachReport.push(time(viaStore).ms);
      afterEachReportYear.push(time(ask(year)).ms);
    }
    const withStore = memory();
    await store.flush();
    const quarterWarm = stats(warmQuarter);
    const baseline = stats(linear);
    return {
      dataset: { people: 1000, departments: 20, activities: data.activities.length, years: 5, quarterLines: computeCompletion({ ...base, activities: index, view: quarter }).lines.length },
      generateMs: round(generated.ms),
      indexBuild: stats(builds),
      indexedQuarter: { coldMs: round(cold), warm: quarterWarm },
      indexedYear: stats(warmYear),
      answerWithCard: stats(answer),
      linearScanQuarter: baseline,
      speedupP50: Math.round(baseline.p50 / Math.max(quarterWarm.p50, 0.001)),
      botPath: {
        firstQueryFullBuildMs: round(firstQuery),
        firstQueryAfterNewReportMs: round(afterReport),
        firstQueryAfterUndoMs: round(afterUndo),
        warm: stats(viaStoreWarm),
        yearWarm: stats(viaStoreYear),
        quarterAfterEachReport: stats(afterEachReport),
        yearAfterEachReport: stats(afterEachReportYear),
        rememberedParts: ledger.rememberedParts(),
      },
      memory: { before, withDataset: withData, withIndex, withStoreAndItsIndex: withStore },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function completionBench(opts: { runs: number; baselineRuns: number }): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = fork('bench/completionProcess.ts', [JSON.stringify(opts)], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (result) => resolve(result as Record<string, unknown>));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`completion bench exited with ${code}`))));
  });
}
