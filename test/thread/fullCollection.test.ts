// The bot thread's collection after its warm-up (src/thread/fullCollection.ts): V8's gc() without --expose-gc for the
// process, compacting while the heap is small, and no `gc` global left behind.
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { COMPACT_UP_TO_MIB, compactsAt, fullCollection } from '../../src/thread/fullCollection.js';

it('collects the garbage it is given and leaves no gc global, in this or a new context', () => {
  const gc = fullCollection();
  expect(typeof gc).toBe('function');
  let junk: { i: number }[] | null = Array.from({ length: 300_000 }, (_, i) => ({ i }));
  expect(junk.length).toBe(300_000);
  junk = null;
  const before = getHeapStatistics().used_heap_size;
  gc!();
  expect(getHeapStatistics().used_heap_size).toBeLessThan(before - 4 * 1024 * 1024);
  expect(fullCollection()).toBe(gc);
  expect(runInNewContext('typeof gc')).toBe('undefined');
});

it('compacts every page only while the heap is small: the demo unit\'s yes, a large ledger\'s no', () => {
  const mib = 1024 * 1024;
  expect(compactsAt(36 * mib)).toBe(true);
  expect(compactsAt(COMPACT_UP_TO_MIB * mib)).toBe(true);
  expect(compactsAt(COMPACT_UP_TO_MIB * mib + 1)).toBe(false);
  expect(compactsAt(115 * mib)).toBe(false);
});

it('with a large live heap the collection does not hold it twice: RSS rises by far less than the live heap (compacting copies all of it)', () => {
  const status = () => readFileSync('/proc/self/status', 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status())?.[1] ?? 0);
  // ~60 MiB of records that stay alive, as a ledger does, and garbage beside them.
  const live = Array.from({ length: 200_000 }, (_, i) => ({ id: `a${i}`, type: 'talk_integrity', counterpartIds: [`x${i % 1000}`, `y${i}`], title: `title ${i}`, n: i }));
  let junk: { i: number; s: string }[] | null = Array.from({ length: 300_000 }, (_, i) => ({ i, s: `junk${i}` }));
  expect(junk.length).toBe(300_000);
  junk = null;
  const used = getHeapStatistics().used_heap_size;
  expect(compactsAt(used)).toBe(false);
  // Resets VmHWM to the current RSS (Linux), so the peak read after is the collection's.
  writeFileSync('/proc/self/clear_refs', '5');
  const before = kib('VmRSS');
  fullCollection()!();
  const rise = (kib('VmHWM') - before) / 1024;
  expect(live.length).toBe(200_000);
  expect(rise).toBeLessThan(used / (1024 * 1024) / 3);
});
