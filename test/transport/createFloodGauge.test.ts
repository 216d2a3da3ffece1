// The flood gauge on a clock the test moves: deliveries per span, the span before counted too, forgotten after a quiet span.
import { expect, it } from 'vitest';
import { createFloodGauge } from '../../src/transport/createFloodGauge.js';

function gauge() {
  const clock = { now: 1000 };
  return { clock, g: createFloodGauge({ spanMs: 100, accepts: 16, clock: () => clock.now }) };
}

it('is flooded at 16 deliveries within one span, not at 15', () => {
  const { g } = gauge();
  for (let i = 0; i < 15; i++) g.arrived();
  expect(g.flooded()).toBe(false);
  g.arrived();
  expect(g.flooded()).toBe(true);
});

it('counts the span before: 8 and 8 in two neighbouring spans are a flood', () => {
  const { clock, g } = gauge();
  for (let i = 0; i < 8; i++) g.arrived();
  clock.now += 100;
  for (let i = 0; i < 8; i++) g.arrived();
  expect(g.flooded()).toBe(true);
});

it('is not flooded by 50 a second evenly (Feishu’s own send rate), nor after a quiet span', () => {
  const { clock, g } = gauge();
  for (let i = 0; i < 500; i++) {
    g.arrived();
    expect(g.flooded()).toBe(false);
    clock.now += 20;
  }
  for (let i = 0; i < 20; i++) g.arrived();
  expect(g.flooded()).toBe(true);
  clock.now += 200;
  expect(g.flooded()).toBe(false);
});
