// The report parser's cost per message over the whole corpus with a 1,000-person directory, for two checkouts alternated.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeConfigDir } from '../test/support/largeConfigDir.js';
import type { CorpusRow } from '../test/domain/report/corpusRow.js';
import { makeLargeDataset } from './largeDataset.js';
import { renamed, traffic } from './scaleBench.js';

/** One side's figures for one round: ms per message (wall, each message timed alone; CPU over a pass), and memory after. */
export interface ParseFigures {
  root: string;
  messages: number;
  /** The first pass, which compiles the parser's code and regexps: ms per message. */
  firstPassMsPerMessage: number;
  p50Ms: number;
  p99Ms: number;
  /** The median over the later passes of the process's CPU ms per message. */
  cpuMsPerMessage: number;
  /** V8's code spaces after the passes (machine code, the compiled regexps among it), MiB. */
  codeMiB: number;
  heapUsedMiB: number;
  loadAverage: number;
  /** With BENCH_FLAGS_<k>: the node flags the k-th checkout's process ran under (its row keyed `<root>#<k>`). */
  flags?: string[];
}

/**
 * Every distinct corpus message (test/domain/report/corpus*.ts), its demo names replaced by names of the bench's 1,000
 * people (the parser's long regexps are built from the directory's names), and the scale bench's 60 kinds of message.
 */
export async function parseBenchMessages(org: ReturnType<typeof renamed>): Promise<{ senderName: string; text: string }[]> {
  const dir = join(process.cwd(), 'test/domain/report');
  const rows: CorpusRow[] = [];
  for (const f of readdirSync(dir).sort().filter((f) => /^corpus.+\.ts$/.test(f) && f !== 'corpusRow.ts' && !f.endsWith('.test.ts'))) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    for (const [k, v] of Object.entries(mod)) if (k.endsWith('_ROWS')) rows.push(...(v as CorpusRow[]));
  }
  const { loadConfig } = await import('../src/config/loadConfig.js');
  const demo = loadConfig('config').directory.org.people.map((p) => p.name);
  const bench = org.people.map((p) => p.name);
  const byName = new Map(demo.map((n, i) => [n, bench[(i * 37) % bench.length]!]));
  const swap = new RegExp([...byName.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  const seen = new Set<string>();
  const out: { senderName: string; text: string }[] = [];
  for (const [from, text] of rows) {
    const m = { senderName: byName.get(from) ?? bench[0]!, text: text.replace(swap, (n) => byName.get(n)!) };
    if (!seen.has(`${m.senderName}|${m.text}`)) out.push(m);
    seen.add(`${m.senderName}|${m.text}`);
  }
  const byOpenId = new Map(org.people.map((p) => [p.openId, p.name]));
  const t = traffic(org);
  for (let i = 0; i < 60; i++) out.push({ senderName: byOpenId.get(t(i).sender)!, text: t(i).text });
  return out;
}

/**
 * `rounds` times, each of `roots` in turn, a fresh process reading every message once (compiling), then `passes` times.
 * BENCH_FLAGS_<k> (space-separated node flags, e.g. a V8 regexp flag): added to the k-th root's process; with the same
 * checkout in BENCH_ROOT, one parser under two flag sets.
 */
export async function parseBench(opts: {
  roots: string[];
  rounds: number;
  passes: number;
  /**
   * Read only about this many messages, every k-th of the corpus in order (the corpus's kinds all in it; BENCH_PARSE_LIMIT):
   * the whole corpus, ~20,000 messages, does not finish a round under a shared machine's load.
   */
  limit?: number;
}): Promise<ParseFigures[]> {
  const org = renamed(makeLargeDataset({ people: 1000, departments: 20, activities: 0, years: 5, seed: 7 }).directory.org);
  const configDir = await writeConfigDir(org);
  const work = await mkdtemp(join(tmpdir(), 'qingfeng-parse-'));
  const inputFile = join(work, 'input.json');
  const all = await parseBenchMessages(org);
  const step = opts.limit && opts.limit < all.length ? all.length / opts.limit : 1;
  const messages = step === 1 ? all : Array.from({ length: opts.limit! }, (_, i) => all[Math.floor(i * step)]!);
  await writeFile(inputFile, JSON.stringify({ configDir, passes: opts.passes, messages }));
  const out: ParseFigures[] = [];
  try {
    for (let round = 0; round < opts.rounds; round++) {
      for (const [k, root] of opts.roots.entries()) {
        const flags = process.env[`BENCH_FLAGS_${k}`]?.split(/\s+/).filter(Boolean) ?? [];
        const r = spawnSync(process.execPath, ['--expose-gc', ...flags, '--import', 'tsx', join(process.cwd(), 'bench/parseProcess.ts')], {
          cwd: root,
          env: { ...process.env, PARSE_ROOT: root, PARSE_INPUT: inputFile },
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        });
        if (r.status !== 0) throw new Error(`${root}: bench/parseProcess.ts exited with ${r.status}: ${r.stderr}`);
        const figures = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Omit<ParseFigures, 'loadAverage'>;
        out.push({ ...figures, ...(flags.length ? { root: `${root}#${k}`, flags } : {}), loadAverage: Math.round(loadavg()[0]! * 100) / 100 });
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(configDir, { recursive: true, force: true });
  }
  return out;
}
