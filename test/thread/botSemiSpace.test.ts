// The bot thread's young generation (src/thread/botSemiSpace.ts): under `npm start`'s flags its new space grows to the
// semi-space asked for, while the acknowledging thread's, and a worker spawned once the bot thread is online, keep the
// 1 MiB semi-space that --optimize-for-size implies.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { startFlags } from '../../bench/productionBot.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Allocates ~60 MiB that dies young (a fiftieth kept), then posts its largest new space (MiB) and its scavenges. */
const ALLOCATE = `
const { getHeapSpaceStatistics } = require('node:v8');
const { PerformanceObserver, constants } = require('node:perf_hooks');
let scavenges = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++; }).observe({ entryTypes: ['gc'] });
const keep = [];
let newSpace = 0;
for (let r = 0; r < 12; r++) {
  for (let i = 0; i < 1e5; i++) { const o = { a: i, b: 'x' + i, c: [i, i] }; if (i % 50 === 0) keep.push(o); }
  newSpace = Math.max(newSpace, getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576);
}
setTimeout(() => require('node:worker_threads').parentPort.postMessage({ newSpace, scavenges, kept: keep.length }), 50);
`;

it("gives the bot thread a larger new space than npm start's flags give every isolate, and only to it", () => {
  const flags = startFlags(root);
  expect(flags).toContain('--optimize-for-size');
  const script = `
    import { Worker } from 'node:worker_threads';
    import { spawnWithSemiSpace } from ${JSON.stringify(new URL('../../src/thread/botSemiSpace.ts', import.meta.url).href)};
    const code = ${JSON.stringify(ALLOCATE)};
    const run = (spawn) => new Promise((resolve) => { const w = spawn(); w.once('message', (m) => { void w.terminate(); resolve(m); }); });
    const bot = await run(() => spawnWithSemiSpace(() => new Worker(code, { eval: true }), 8));
    const later = await run(() => new Worker(code, { eval: true }));
    console.log(JSON.stringify({ bot, later }));
  `;
  const dir = mkdtempSync(join(tmpdir(), 'semispace-'));
  const file = join(dir, 'probe.mjs');
  writeFileSync(file, script);
  const r = spawnSync(process.execPath, [...flags, '--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  rmSync(dir, { recursive: true, force: true });
  expect(r.stderr).toBe('');
  const { bot, later } = JSON.parse(r.stdout) as Record<'bot' | 'later', { newSpace: number; scavenges: number }>;
  // Two 8 MiB semi-spaces against two of 1 MiB: a quarter of the scavenges or fewer.
  expect(bot.newSpace).toBe(16);
  expect(later.newSpace).toBe(2);
  expect(bot.scavenges).toBeLessThan(later.scavenges / 3);
}, 120_000);

it('is what main.ts asks for the bot thread', () => {
  expect(readFileSync(new URL('../../src/main.ts', import.meta.url), 'utf8')).toMatch(/spawnBotThread\(\{[^}]*semiSpaceMib: BOT_SEMI_SPACE_MIB/);
});
