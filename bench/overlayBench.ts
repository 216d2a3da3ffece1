// A completion question's CPU on the bot's path after each new report (the ledger index overlaid with the reports since
// its build), this checkout's createLedgerIndex and computeCompletion against BENCH_ROOT's, alternated in one process over one store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDuties } from '../src/config/dutiesConfig.js';
import { computeCompletion } from '../src/domain/completion/computeCompletion.js';
import { unitLevelLeftOut } from '../src/domain/completion/unitLevelLeftOut.js';
import { periodOf, type Period } from '../src/domain/period.js';
import { recordActivities } from '../src/store/activityLog.js';
import { createLedgerIndex, type LedgerIndex } from '../src/store/createLedgerIndex.js';
import { openStore } from '../src/store/openStore.js';
import { makeLargeDataset } from './largeDataset.js';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * `records` activities over five years; per round, `reports` times: one report of the quarter recorded, then for each
 * checkout's ledger index (order alternating) the quarter and the year question's heavy part as overviewCard runs it
 * (computeCompletion and unitLevelLeftOut inside store.read); CPU ms per question.
 */
export async function overlayBench(opts: { roots: string[]; rounds: number; reports: number; records: number }): Promise<unknown> {
  const duties = loadDuties('config/duties.yaml');
  const data = makeLargeDataset({ people: 1000, departments: 20, activities: opts.records, years: 5, seed: 7 });
  const now = new Date('2024-08-15T10:00:00+08:00');
  const views = { quarter: periodOf('quarter', '2024-07-01'), year: periodOf('year', '2024-01-01') };
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-overlay-'));
  try {
    const store = await openStore(join(dir, 'db.json'));
    await store.update((db) => void db.activities.push(...data.activities));
    const ledgers: [string, LedgerIndex][] = [];
    // Each checkout's computeCompletion too (r49 fvg), so a change to the completion's own path is compared as well.
    const completions = new Map<LedgerIndex, typeof computeCompletion>();
    for (const root of opts.roots) {
      const mod = (await import(pathToFileURL(join(resolve(root), 'src/store/createLedgerIndex.ts')).href)) as { createLedgerIndex: typeof createLedgerIndex };
      const own = (await import(pathToFileURL(join(resolve(root), 'src/domain/completion/computeCompletion.ts')).href)) as { computeCompletion: typeof computeCompletion };
      const ledger = mod.createLedgerIndex(store);
      ledgers.push([root, ledger]);
      completions.set(ledger, own.computeCompletion);
    }
    const ask = (ledger: LedgerIndex, view: Period) =>
      store.read((db) => {
        const index = ledger.index(db);
        const report = completions.get(ledger)!({ directory: data.directory, duties, activities: index, view, now });
        return unitLevelLeftOut(report.lines, duties, data.directory, index, view).length + report.lines.length;
      });
    // Same answers from each, and every index built and warm before anything is measured.
    for (let i = 0; i < 5; i++) for (const view of Object.values(views)) {
      const counts = ledgers.map(([, l]) => ask(l, view));
      if (new Set(counts).size !== 1) throw new Error(`the checkouts answer differently: ${counts.join(' vs ')}`);
    }
    const like = data.activities.filter((a) => (a.type === 'talk_integrity' || a.type === 'edu_warning') && !a.deletedAt);
    let n = 0;
    const rows: Record<string, unknown>[] = [];
    for (let round = 0; round < opts.rounds; round++) {
      const used = new Map<string, { quarter: number; year: number }>(ledgers.map(([root]) => [root, { quarter: 0, year: 0 }]));
      for (let r = 0; r < opts.reports; r++) {
        const a = like[n % like.length]!;
        await recordActivities(store, [{ ...a, date: views.quarter.start, sourceEventId: `overlay-${n++}` }], a.reporter, new Date());
        const order = (round + r) % 2 === 0 ? ledgers : [...ledgers].reverse();
        for (const [root, ledger] of order) {
          for (const name of ['quarter', 'year'] as const) {
            const before = cpuMs();
            ask(ledger, views[name]);
            used.get(root)![name] += cpuMs() - before;
          }
        }
      }
      const row: Record<string, unknown> = { round };
      for (const [root, u] of used) row[root] = { quarterMs: Math.round((u.quarter / opts.reports) * 100) / 100, yearMs: Math.round((u.year / opts.reports) * 100) / 100 };
      console.error(JSON.stringify(row));
      rows.push(row);
    }
    await store.flush();
    return { records: opts.records, reports: opts.reports, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
