// The child of bench/completionPairBench.ts: every root's completion path loaded in this one process over one 100,000-record
// ledger (1,000 people, 20 departments, five years), each root with its own store, ledger index and directory; a warm-up,
// then `rounds` passes of each root in turn (the order alternating). Per root and kind of question: wall ms of each query
// (p50 / p99 over every pass), this thread's CPU ms per query per pass (GC included), and with `alloc` the KB allocated
// per query (V8's sampling heap profiler, collected garbage included). The cards of every root are compared byte for byte.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { heapSampler } from './heapSampler.js';
import { makeLargeDataset } from './largeDataset.js';

interface Input {
  roots: string[];
  rounds: number;
  queries: number;
  alloc: boolean;
  records: number;
}
const input = JSON.parse(process.argv[2]!) as Input;
const data = makeLargeDataset({ people: 1000, departments: 20, activities: input.records, years: 5, seed: 7 });
const now = new Date('2024-08-15T10:00:00+08:00');
const KINDS = ['quarterCard', 'yearCard', 'quarter', 'year', 'plainQuarter', 'plainYear'] as const;
type Kind = (typeof KINDS)[number];

interface Side {
  root: string;
  run: Record<Kind, () => unknown>;
  close: () => Promise<void>;
}

const sides: Side[] = [];
for (const root of input.roots) {
  const imp = (p: string) => import(pathToFileURL(`${root}/${p}`).href);
  const { createDirectory } = await imp('src/domain/organization.ts');
  const { loadDuties } = await imp('src/config/dutiesConfig.ts');
  const { computeCompletion, indexActivities } = await imp('src/domain/completion/computeCompletion.ts');
  const { periodOf } = await imp('src/domain/period.ts');
  const { openStore } = await imp('src/store/openStore.ts');
  const { createLedgerIndex } = await imp('src/store/createLedgerIndex.ts');
  const { overviewCard } = await imp('src/bot/completionAnswer.ts');
  const directory = createDirectory(data.directory.org);
  const duties = loadDuties(join(root, 'config/duties.yaml'));
  const quarter = periodOf('quarter', '2024-07-01');
  const year = periodOf('year', '2024-01-01');
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-completionpair-'));
  const store = await openStore(join(dir, 'db.json'));
  await store.update((db: { activities: unknown[] }) => void db.activities.push(...structuredClone(data.activities)));
  const ledger = createLedgerIndex(store);
  const plain = indexActivities(structuredClone(data.activities));
  const deps = { directory, duties, store, ledger };
  const all = { kind: 'all' };
  const base = { directory, duties, now };
  sides.push({
    root,
    run: {
      quarterCard: () => overviewCard(deps, { view: quarter, scope: all, asker: 'S0' }, ['S0'], now),
      yearCard: () => overviewCard(deps, { view: year, scope: all, asker: 'S0' }, ['S0'], now),
      quarter: () => store.read((db: unknown) => void computeCompletion({ ...base, activities: ledger.index(db), view: quarter })),
      year: () => store.read((db: unknown) => void computeCompletion({ ...base, activities: ledger.index(db), view: year })),
      plainQuarter: () => computeCompletion({ ...base, activities: plain, view: quarter }),
      plainYear: () => computeCompletion({ ...base, activities: plain, view: year }),
    },
    close: async () => {
      await store.flush();
      await rm(dir, { recursive: true, force: true });
    },
  });
}

// The same card from every root, byte for byte.
const cards: Record<string, string[]> = {};
for (const s of sides) cards[s.root] = [JSON.stringify(s.run.quarterCard()), JSON.stringify(s.run.yearCard())];
const first = cards[sides[0]!.root]!;
const sameCards = sides.every((s) => cards[s.root]!.every((c, i) => c === first[i]));
const cardBytes = first.map((c) => Buffer.byteLength(c));

function threadMs(): number {
  return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
}

for (const s of sides) for (const k of KINDS) for (let i = 0; i < 5; i++) s.run[k]();
const wall: Record<string, Record<Kind, number[]>> = {};
const cpu: Record<string, Record<Kind, number[]>> = {};
for (const s of sides) {
  wall[s.root] = Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, number[]>;
  cpu[s.root] = Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, number[]>;
}
const r3 = (x: number) => Math.round(x * 1000) / 1000;
for (let round = 0; round < input.rounds; round++) {
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  for (const k of KINDS) {
    for (const s of order) {
      const t0 = threadMs();
      for (let i = 0; i < input.queries; i++) {
        const start = performance.now();
        s.run[k]();
        wall[s.root]![k].push(performance.now() - start);
      }
      cpu[s.root]![k].push(r3((threadMs() - t0) / input.queries));
    }
  }
  console.error(JSON.stringify({ round, cpuMsPerQuery: Object.fromEntries(sides.map((s) => [s.root, Object.fromEntries(KINDS.map((k) => [k, cpu[s.root]![k].at(-1)]))])) }));
}

const alloc: Record<string, Record<Kind, number[]>> = {};
if (input.alloc) {
  const sampler = heapSampler();
  for (const s of sides) alloc[s.root] = Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, number[]>;
  for (let round = 0; round < 2; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const k of KINDS) {
      for (const s of order) {
        const bytes = sampler.allocatedBytes(() => {
          for (let i = 0; i < input.queries; i++) s.run[k]();
        });
        alloc[s.root]![k].push(Math.round(bytes / 1024 / input.queries));
      }
    }
  }
}

function pct(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, p50: r3(at(0.5)), p99: r3(at(0.99)), max: r3(sorted.at(-1)!) };
}
const out = Object.fromEntries(
  sides.map((s) => [
    s.root,
    Object.fromEntries(
      KINDS.map((k) => [k, { wallMs: pct(wall[s.root]![k]), cpuMsPerQuery: cpu[s.root]![k], ...(input.alloc ? { allocKbPerQuery: alloc[s.root]![k] } : {}) }]),
    ),
  ]),
);
for (const s of sides) await s.close();
console.log(JSON.stringify({ records: data.activities.length, sameCards, cardBytes, sides: out }));
