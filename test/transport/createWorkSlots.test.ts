// Work slots: at most `size` holders, waiters served in arrival order, a release counted once however often it is called.
import { expect, it } from 'vitest';
import { createWorkSlots } from '../../src/transport/createWorkSlots.js';

it('hands out `size` slots at once, then one per release, in the order they were asked for', async () => {
  const slots = createWorkSlots(2);
  const order: string[] = [];
  const a = await slots.take();
  const b = await slots.take();
  const waiting = ['c', 'd', 'e'].map((name) => slots.take().then((release) => (order.push(name), release)));
  await new Promise((r) => setImmediate(r));
  expect([slots.busy, slots.waiting, order]).toEqual([2, 3, []]);
  b();
  const c = await waiting[0]!;
  a();
  const d = await waiting[1]!;
  expect(order).toEqual(['c', 'd']);
  expect([slots.busy, slots.waiting]).toEqual([2, 1]);
  c();
  c();
  const e = await waiting[2]!;
  // The second c() freed nothing more: e holds the slot c gave up, d still holds its own.
  expect([slots.busy, slots.waiting, order]).toEqual([2, 0, ['c', 'd', 'e']]);
  d();
  e();
  expect(slots.busy).toBe(0);
});

it('refuses a size that would never let anything run', () => {
  expect(() => createWorkSlots(0)).toThrow(RangeError);
});
