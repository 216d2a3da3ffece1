// One side of `npm run bench parse`: reads PARSE_INPUT's messages with PARSE_ROOT's parser and prints its figures as one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

interface Input {
  configDir: string;
  passes: number;
  messages: { senderName: string; text: string }[];
}

const root = process.env.PARSE_ROOT!;
const input = JSON.parse(readFileSync(process.env.PARSE_INPUT!, 'utf8')) as Input;
const imp = (p: string) => import(pathToFileURL(`${root}/${p}`).href);
const { loadConfig } = await imp('src/config/loadConfig.ts');
const { parseReport } = await imp('src/domain/report/parseReport.ts');
const { confirmReasons } = await imp('src/domain/report/confirmReasons.ts');
const directory = loadConfig(input.configDir).directory;
const now = new Date('2026-11-30T10:00:00+08:00');
const fallback = directory.org.people[0].id as string;
const ids = input.messages.map((m) => (directory.org.people.find((p: { name: string }) => p.name === m.senderName)?.id as string) ?? fallback);

/** One message read as the bot reads a report: the parse, then what would ask for a 确认 tap. */
function read(i: number): void {
  const text = input.messages[i]!.text;
  const got = parseReport(text, { now, directory, senderId: ids[i], mentions: [] });
  if (got && got.every((r: { problems: unknown[] }) => r.problems.length === 0)) confirmReasons(got, text);
}

/** ms of wall time per message (each timed alone) and ms of this process's CPU per message over the pass. */
function pass(): { perMessage: number[]; cpuMsPerMessage: number } {
  const perMessage: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < input.messages.length; i++) {
    const t0 = performance.now();
    read(i);
    perMessage.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  return { perMessage, cpuMsPerMessage: (cpu.user + cpu.system) / 1000 / input.messages.length };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const first = pass();
const later = Array.from({ length: input.passes }, pass);
const all = later.flatMap((p) => p.perMessage);
(globalThis as { gc?: () => void }).gc?.();
const spaces = v8.getHeapSpaceStatistics();
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;
console.log(
  JSON.stringify({
    root,
    messages: input.messages.length,
    firstPassMsPerMessage: r3(first.perMessage.reduce((a, b) => a + b, 0) / input.messages.length),
    p50Ms: r3(quantile(all, 0.5)),
    p99Ms: r3(quantile(all, 0.99)),
    cpuMsPerMessage: r3(quantile(later.map((p) => p.cpuMsPerMessage), 0.5)),
    codeMiB: mib(spaces.filter((s) => s.space_name.startsWith('code')).reduce((t, s) => t + s.space_used_size, 0)),
    heapUsedMiB: mib(v8.getHeapStatistics().used_heap_size),
  }),
);
