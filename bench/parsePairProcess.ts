// The child of bench/parsePairBench.ts: every root's parser loaded in this one process, a warm-up pass each, then `rounds`
// passes of each in turn; prints per root the CPU ms per message of each pass (this thread, GC included) as one JSON line.
import { readFileSync } from 'node:fs';
import { parserSides, threadMs } from './parserSides.js';
import { heapSampler } from './heapSampler.js';

interface Input {
  configDir: string;
  roots: string[];
  rounds: number;
  messages: { senderName: string; text: string }[];
}

const input = JSON.parse(readFileSync(process.env.PARSE_INPUT!, 'utf8')) as Input;
const sides = await parserSides(input.configDir, input.roots, input.messages);

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
