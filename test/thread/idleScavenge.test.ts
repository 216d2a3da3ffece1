// The bot thread's scavenge once idle after work (src/thread/idleScavenge.ts): when it comes, and that V8 then gives back
// the young generation the work grew, which a full collection right after the work does not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { IDLE_SCAVENGE_AFTER_MS, idleScavenge } from '../../src/thread/idleScavenge.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('scavenges once, afterMs after the last work, and again only after new work', () => {
  const scavenge = vi.fn();
  const idle = idleScavenge({ scavenge, busy: () => false, afterMs: 1000, now: () => Date.now() });
  idle.worked();
  vi.advanceTimersByTime(600);
  idle.worked();
  vi.advanceTimersByTime(600);
  // 1,200 ms after the first work but 600 after the last: not yet.
  expect(scavenge).not.toHaveBeenCalled();
  vi.advanceTimersByTime(400);
  expect(scavenge).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(10_000);
  expect(scavenge).toHaveBeenCalledTimes(1);
  idle.worked();
  vi.advanceTimersByTime(1000);
  expect(scavenge).toHaveBeenCalledTimes(2);
});

it('waits while work is in hand, and does nothing once stopped', () => {
  const scavenge = vi.fn();
  let busy = true;
  const idle = idleScavenge({ scavenge, busy: () => busy, afterMs: 1000, now: () => Date.now() });
  idle.worked();
  vi.advanceTimersByTime(3000);
  expect(scavenge).not.toHaveBeenCalled();
  busy = false;
  vi.advanceTimersByTime(1000);
  expect(scavenge).toHaveBeenCalledTimes(1);
  idle.worked();
  idle.stop();
  vi.advanceTimersByTime(5000);
  expect(scavenge).toHaveBeenCalledTimes(1);
  idle.worked();
  vi.advanceTimersByTime(5000);
  expect(scavenge).toHaveBeenCalledTimes(1);
});

it('a flood of work arms one timer, not one per event', () => {
  const scavenge = vi.fn();
  const idle = idleScavenge({ scavenge, busy: () => false, afterMs: 1000, now: () => Date.now() });
  for (let i = 0; i < 1000; i++) idle.worked();
  expect(vi.getTimerCount()).toBe(1);
  vi.advanceTimersByTime(1000);
  expect(scavenge).toHaveBeenCalledTimes(1);
  expect(vi.getTimerCount()).toBe(0);
});

/**
 * In one process whose young generation may grow to two 8 MiB semi-spaces (the bot thread's, botSemiSpace.ts): work that
 * grows it, the warm-up's full collection right after, then the idle scavenge as the bot thread arms it. Posts the new
 * space committed (MiB) when grown, 1 s before the scavenge is due (the full collection and the quiet alone) and 0.5 s
 * after it, and whether it ran. One process and one wait, not one process with the scavenge and one without, each
 * waiting IDLE_SCAVENGE_AFTER_MS + 1 s (17.6 s of wall for this test, round 64): V8 gives the space back only in a
 * collection that finds the allocation rate of its last 5 s low, so the wait itself cannot be shortened (round 64's
 * 500 ms made the scavenge come too early to give anything back).
 */
function newSpaceAroundIdleScavenge(): { grown: number; before: number; after: number; scavenged: boolean } {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { fullCollection } from ${JSON.stringify(new URL('../../src/thread/fullCollection.ts', import.meta.url).href)};
    import { idleScavenge } from ${JSON.stringify(new URL('../../src/thread/idleScavenge.ts', import.meta.url).href)};
    import { v8Gc } from ${JSON.stringify(new URL('../../src/thread/v8Gc.ts', import.meta.url).href)};
    const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').physical_space_size / 1048576;
    const keep = [];
    for (let r = 0; r < 200; r++) { const a = []; for (let i = 0; i < 20000; i++) a.push({ i, s: 'x' + i }); if (r % 10 === 0) keep.push(a); }
    const grown = newSpace();
    fullCollection()();
    let scavenged = false;
    idleScavenge({ scavenge: () => { scavenged = true; v8Gc()({ type: 'minor' }); }, busy: () => false }).worked();
    let before;
    setTimeout(() => (before = newSpace()), ${IDLE_SCAVENGE_AFTER_MS - 1000});
    setTimeout(() => console.log(JSON.stringify({ grown, before, after: newSpace(), scavenged, kept: keep.length })), ${IDLE_SCAVENGE_AFTER_MS + 500});
  `;
  const dir = mkdtempSync(join(tmpdir(), 'idle-scavenge-'));
  const file = join(dir, 'probe.mjs');
  writeFileSync(file, script);
  try {
    const r = spawnSync(process.execPath, ['--max-semi-space-size=8', '--single-threaded-gc', '--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { grown: number; before: number; after: number; scavenged: boolean };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

it('gives back the new space the work grew (16 MiB → 1), which the full collection after the work leaves', () => {
  vi.useRealTimers();
  const seen = newSpaceAroundIdleScavenge();
  expect(seen.grown).toBe(16);
  // Without the scavenge nothing gives it back: not the full collection, not 5 s of quiet (V8's memory reducer would
  // start only 8 s after the full collection).
  expect(seen.before).toBe(16);
  expect(seen.scavenged).toBe(true);
  expect(seen.after).toBeLessThanOrEqual(2);
}, 120_000);

it('is what the bot thread does after its warm-up and after members\' work', () => {
  const thread = readFileSync(new URL('../../src/thread/botThread.ts', import.meta.url), 'utf8');
  expect(thread).toMatch(/idleScavenge\(\{ scavenge: \(\) => gc\(\{ type: 'minor' \}\), busy: \(\) => inHand > 0 \}\)/);
  expect(thread).toMatch(/fullCollection\(\)\?\.\(\);\s*\n(?:\s*\/\/.*\n)*\s*idle\?\.worked\(\);/);
  expect(thread).toMatch(/inHand \+= 1;\s*\n\s*lastArrival = performance\.now\(\);\s*\n\s*idle\?\.worked\(\);/);
});
