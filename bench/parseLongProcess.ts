// The child of bench/parseLongBench.ts: every root's parser loaded in this one process, a warm-up pass each, then `rounds`
// passes of each in turn (alternated); every message timed alone (wall and this thread's CPU); prints per root and shape
// the p50/p99/max ms per message as one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parserSides, threadMs } from './parserSides.js';

interface Input {
  configDir: string;
  roots: string[];
  rounds: number;
  messages: { shape: string; senderName: string; text: string }[];
}

const input = JSON.parse(readFileSync(process.env.PARSE_INPUT!, 'utf8')) as Input;
const sides = await parserSides(input.configDir, input.roots, input.messages);

const shapes = [...new Set(input.messages.map((m) => m.shape))];
type Times = Record<string, { wall: number[]; cpu: number[] }>;
const times: Record<string, Times> = Object.fromEntries(sides.map((s) => [s.root, Object.fromEntries(shapes.map((sh) => [sh, { wall: [], cpu: [] }]))]));
function pass(s: (typeof sides)[number], record: boolean): void {
  for (let i = 0; i < input.messages.length; i++) {
    const c0 = threadMs();
    const w0 = performance.now();
    s.read(i);
    const w = performance.now() - w0;
    const c = threadMs() - c0;
    if (record) {
      const t = times[s.root]![input.messages[i]!.shape]!;
      t.wall.push(w);
      t.cpu.push(c);
    }
  }
}
for (const s of sides) pass(s, false);
for (let round = 0; round < input.rounds; round++) {
  const order = round % 2 === 0 ? sides : [...sides].reverse();
  for (const s of order) pass(s, true);
  console.error(JSON.stringify({ round }));
}
const q = (xs: number[], p: number) => {
  const a = [...xs].sort((x, y) => x - y);
  return Math.round(a[Math.min(a.length - 1, Math.floor(p * a.length))]! * 100) / 100;
};
const chars = Object.fromEntries(shapes.map((sh) => {
  const ls = input.messages.filter((m) => m.shape === sh).map((m) => m.text.length);
  return [sh, `${Math.min(...ls)}–${Math.max(...ls)}`];
}));
const out = Object.fromEntries(
  Object.entries(times).map(([root, byShape]) => [
    root,
    Object.fromEntries(
      Object.entries(byShape).map(([sh, t]) => [
        sh,
        { chars: chars[sh], cpuP50: q(t.cpu, 0.5), cpuP99: q(t.cpu, 0.99), cpuMax: q(t.cpu, 1), wallP50: q(t.wall, 0.5), wallP99: q(t.wall, 0.99), wallMax: q(t.wall, 1) },
      ]),
    ),
  ]),
);
console.log(JSON.stringify(out));
