// The flood gate with real timers: a burst holds the work back to a trickle, and everything held goes once it slows.
import { expect, it } from 'vitest';
import { createFloodGate } from '../../src/transport/createFloodGate.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('lets work through at once while arrivals stay under the limit', async () => {
  const gate = createFloodGate({ perSecond: 200, trickle: 10 });
  let passed = 0;
  for (let i = 0; i < 20; i++) {
    gate.arrived();
    await gate.pass();
    passed += 1;
    await sleep(10);
  }
  expect(passed).toBe(20);
  expect(gate.held).toBe(0);
});

it('holds a burst to the trickle, in arrival order, and lets the rest go within a tick of the arrivals stopping', async () => {
  // Arrivals are counted on this clock (the ticks are real timers): the test does not depend on the machine's speed.
  let t = 0;
  const floods: boolean[] = [];
  const gate = createFloodGate({ perSecond: 200, trickle: 20, windowMs: 250, clock: () => t, onFlood: (f) => floods.push(f) });
  const order: number[] = [];
  const passes: Promise<void>[] = [];
  // 300 at once: the first 50 (the window's limit) go before the flood shows, the rest wait.
  for (let i = 0; i < 300; i++) {
    gate.arrived();
    passes.push(gate.pass().then(() => void order.push(i)));
  }
  await sleep(0);
  expect(order.length).toBe(50);
  // 100 ms on, still inside the window: the trickle (20 a second) lets two through.
  t = 100;
  await sleep(150);
  expect(floods).toEqual([true]);
  expect(order.length).toBe(52);
  expect(gate.held).toBe(248);
  // The window has emptied: everything held goes, in arrival order.
  t = 400;
  await Promise.all(passes);
  expect(order).toEqual(Array.from({ length: 300 }, (_, i) => i));
  expect(floods).toEqual([true, false]);
  expect(gate.held).toBe(0);
  expect(await Promise.race([gate.pass().then(() => 'passed'), sleep(20).then(() => 'held')])).toBe('passed');
});
