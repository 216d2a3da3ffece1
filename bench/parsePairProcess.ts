// The child of bench/parsePairBench.ts: every root's parser loaded in this one process, a warm-up pass each, then `rounds`
// passes of each in turn; prints per root the CPU ms per message of each pass (this thread, GC included) as one JSON line.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { heapSampler } from './heapSampler.js';

interface Input {
  configDir: string;
  roots: string[];
  rounds: number;
  messages: { senderName: string; text: string }[];
}

const input = JSON.parse(readFileSync(process.env.PARSE_INPUT!, 'utf8')) as Input;
const now = new Date('2026-11-30T10:00:00+08:00');
type Parse = (text: string, ctx: object) => { problems: unknown[] }[] | null;
const sides: { root: string; read: (i: number) => void }[] = [];
for (const root of input.roots) {
  const imp = (p: string) => import(pathToFileURL(`${root}/${p}`).href);
  const { loadConfig } = await imp('src/config/loadConfig.ts');
  const { parseReport } = (await imp('src/domain/report/parseReport.ts')) as { parseReport: Parse };
  const { confirmReasons } = await imp('src/domain/report/confirmReasons.ts');
  // Each side its own directory object, as each checkout's bot would load it.
  const directory = loadConfig(input.configDir).directory;
  const fallback = directory.org.people[0].id as string;
  const ids = input.messages.map((m) => (directory.org.people.find((p: { name: string }) => p.name === m.senderName)?.id as string) ?? fallback);
  sides.push({
    root,
    read: (i) => {
      const text = input.messages[i]!.text;
      const got = parseReport(text, { now, directory, senderId: ids[i], mentions: [] });
      if (got && got.every((r) => r.problems.length === 0)) confirmReasons(got, text);
    },
  });
}

/** CPU ms of this thread per message over one pass. */
function threadMs(): number {
  const f = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
  return Number(f[0]) / 1e6;
}
function pass(read: (i: number) => void): number {
  const t0 = threadMs();
  for (let i = 0; i < input.messages.length; i++) read(i);
  return (threadMs() - t0) / input.messages.length;
}

for (const s of sides) pass(s.read);
const out: Record<string, number[]> = Object.fromEntries(sides.map((s) => [s.root, []]));
for (let round = 0; round < input.rounds; round++) {
  // Alternate which side goes first, so neither always follows the other's garbage.
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  for (const s of order) out[s.root]!.push(Math.round(pass(s.read) * 1000) / 1000);
  console.error(JSON.stringify({ round, ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.at(-1)])) }));
}
// BENCH_PARSE_ALLOC=1: after the timed passes, `rounds` more passes of each side (alternated) under V8's sampling heap
// profiler, collected garbage included: the KB allocated per message (the sampled sizes' sum, 4 KiB interval), which the
// load does not move as it moves CPU time.
const alloc: Record<string, number[]> = {};
if (process.env.BENCH_PARSE_ALLOC === '1') {
  const sampler = heapSampler();
  for (const s of sides) alloc[s.root] = [];
  for (let round = 0; round < input.rounds; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const s of order) {
      const bytes = sampler.allocatedBytes(() => {
        for (let i = 0; i < input.messages.length; i++) s.read(i);
      });
      alloc[s.root]!.push(Math.round(bytes / 1024 / input.messages.length));
    }
    console.error(JSON.stringify({ round, allocKbPerMessage: Object.fromEntries(Object.entries(alloc).map(([k, v]) => [k, v.at(-1)])) }));
  }
}
console.log(JSON.stringify({ cpuMsPerMessage: out, ...(process.env.BENCH_PARSE_ALLOC === '1' ? { allocKbPerMessage: alloc } : {}) }));
