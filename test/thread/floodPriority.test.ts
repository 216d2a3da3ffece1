// The bot thread's flood priority: nice 19 while a tick holds 200/s of accepted events, its own value again after 1 s calm.
import { describe, expect, it } from 'vitest';
import { createFloodPriority, FLOOD_CALM_TICKS, FLOOD_ENTER_PER_TICK, FLOOD_LEAVE_PER_TICK, FLOOD_NICE } from '../../src/thread/floodPriority.js';

/** A ticker driven by the test: `tick()` runs what the monitor scheduled, `running` says whether it has one. */
function manualTicker() {
  let current: (() => void) | undefined;
  return {
    every: (tick: () => void) => {
      current = tick;
      return { stop: () => void (current = undefined) };
    },
    tick: () => current?.(),
    get running() {
      return current !== undefined;
    },
  };
}

function setUp(setNice: (nice: number) => void = () => {}) {
  const ticker = manualTicker();
  const nices: number[] = [];
  const logs: string[] = [];
  const flood = createFloodPriority({
    setNice: (nice) => {
      setNice(nice);
      nices.push(nice);
    },
    normalNice: 10,
    log: (line) => logs.push(line),
    every: ticker.every,
  });
  const arrive = (n: number) => {
    for (let i = 0; i < n; i++) flood.accepted();
  };
  return { ticker, nices, logs, flood, arrive };
}

describe('createFloodPriority', () => {
  it('leaves the thread alone at a paced rate, and has no ticker once nothing arrives', () => {
    const { ticker, nices, flood, arrive } = setUp();
    expect(ticker.running).toBe(false);
    for (let i = 0; i < 20; i++) {
      // 50 a second, as the scale bench paces: 12–13 a tick.
      arrive(12 + (i % 2));
      ticker.tick();
    }
    expect(nices).toEqual([]);
    expect(flood.flooded).toBe(false);
    ticker.tick();
    expect(ticker.running).toBe(false);
  });

  it('goes to nice 19 in the tick a flood is counted and back after FLOOD_CALM_TICKS calm ticks, not before', () => {
    const { ticker, nices, flood, arrive } = setUp();
    arrive(FLOOD_ENTER_PER_TICK);
    ticker.tick();
    expect(nices).toEqual([FLOOD_NICE]);
    expect(flood.flooded).toBe(true);
    // Still flooded: a busy tick resets the calm count.
    for (let i = 0; i < FLOOD_CALM_TICKS - 1; i++) ticker.tick();
    arrive(FLOOD_LEAVE_PER_TICK);
    ticker.tick();
    expect(flood.flooded).toBe(true);
    // Calm: fewer than FLOOD_LEAVE_PER_TICK in each of FLOOD_CALM_TICKS ticks.
    for (let i = 0; i < FLOOD_CALM_TICKS - 1; i++) {
      arrive(FLOOD_LEAVE_PER_TICK - 1);
      ticker.tick();
    }
    expect(nices).toEqual([FLOOD_NICE]);
    ticker.tick();
    expect(nices).toEqual([FLOOD_NICE, 10]);
    expect(flood.flooded).toBe(false);
    expect(ticker.running).toBe(false);
    // A second flood switches again.
    arrive(FLOOD_ENTER_PER_TICK);
    ticker.tick();
    expect(nices).toEqual([FLOOD_NICE, 10, FLOOD_NICE]);
  });

  it('stops changing the value once setting it failed, and says so', () => {
    let fail = false;
    const { ticker, nices, logs, flood, arrive } = setUp((nice) => {
      if (fail) throw new Error(`EPERM setting ${nice}`);
    });
    arrive(FLOOD_ENTER_PER_TICK);
    ticker.tick();
    fail = true;
    for (let i = 0; i < FLOOD_CALM_TICKS; i++) ticker.tick();
    expect(nices).toEqual([FLOOD_NICE]);
    expect(logs).toEqual([expect.stringContaining('could not set nice 10')]);
    expect(ticker.running).toBe(false);
    arrive(FLOOD_ENTER_PER_TICK);
    expect(ticker.running).toBe(false);
    expect(flood.flooded).toBe(true);
  });
});
