// The bot thread's collection after its warm-up (src/thread/fullCollection.ts): V8's gc() without --expose-gc for the
// process, compacting, and no `gc` global left behind.
import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { fullCollection } from '../../src/thread/fullCollection.js';

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
