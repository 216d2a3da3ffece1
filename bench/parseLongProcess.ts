// The child of bench/parseLongBench.ts: one checkout's parser (r55 fhg: one side per process; the bench turns the order),
// a warm-up pass, then `passes` timed passes; every message timed alone (wall and this thread's CPU). Writes to `out` the
// per-shape times and a sha256 of each message's parse result (JSON, as the bot would store it).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parserSides, threadMs } from './parserSides.js';

interface Input {
  configDir: string;
  root: string;
  passes: number;
  out: string;
  messages: { shape: string; senderName: string; text: string }[];
}

const input = JSON.parse(readFileSync(process.env.PARSE_INPUT!, 'utf8')) as Input;
const [side] = await parserSides(input.configDir, [input.root], input.messages);

const shapes = [...new Set(input.messages.map((m) => m.shape))];
const times: Record<string, { wall: number[]; cpu: number[] }> = Object.fromEntries(shapes.map((sh) => [sh, { wall: [], cpu: [] }]));
const hashes = input.messages.map((_, i) => createHash('sha256').update(JSON.stringify(side!.result(i)) ?? 'undefined').digest('hex').slice(0, 16));
function pass(record: boolean): void {
  for (let i = 0; i < input.messages.length; i++) {
    const c0 = threadMs();
    const w0 = performance.now();
    side!.read(i);
    const w = performance.now() - w0;
    const c = threadMs() - c0;
    if (record) {
      const t = times[input.messages[i]!.shape]!;
      t.wall.push(w);
      t.cpu.push(c);
    }
  }
}
for (let p = 0; p < input.passes; p++) pass(true);
writeFileSync(input.out, JSON.stringify({ times, hashes }));
