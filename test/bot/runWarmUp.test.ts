// The start's warm-up steps: the first runs at once, the later ones wait while the bot is busy with members' events (issue 14, r58 fdg).
import { describe, expect, it } from 'vitest';
import { BUSY_RECHECK_MS, runWarmUp } from '../../src/bot/warmUp.js';

const turns = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runWarmUp', () => {
  it('runs every step in order, one per turn, when nobody is busy', async () => {
    const ran: string[] = [];
    runWarmUp([() => ran.push('index'), () => ran.push('a'), () => ran.push('b')], { atOnce: 1, busy: () => false, log: () => {} });
    expect(ran).toEqual([]);
    await turns(20);
    expect(ran).toEqual(['index', 'a', 'b']);
  });

  it('runs the first step while busy, holds the later ones until busy says false, then runs them in order', async () => {
    const ran: string[] = [];
    let busy = true;
    runWarmUp([() => ran.push('index'), () => ran.push('a'), () => ran.push('gc')], { atOnce: 1, busy: () => busy, log: () => {} });
    await turns(BUSY_RECHECK_MS * 3);
    expect(ran).toEqual(['index']);
    busy = false;
    await turns(BUSY_RECHECK_MS * 2);
    expect(ran).toEqual(['index', 'a', 'gc']);
  });

  it('a step that throws is logged and the next one runs', async () => {
    const ran: string[] = [];
    const lines: string[] = [];
    runWarmUp([() => { throw new Error('stopped'); }, () => ran.push('a')], { atOnce: 1, log: (l) => lines.push(l) });
    await turns(20);
    expect(lines).toEqual(['warm-up step not done: stopped']);
    expect(ran).toEqual(['a']);
  });
});
