// The flood priority on a real thread (Linux): the acknowledging thread sets another thread's nice value by its kernel id,
// and /proc shows 19 during a flood and the thread's own value again after it.
import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { canRestoreNice } from '../../src/thread/canRestoreNice.js';
import { createFloodPriority, FLOOD_CALM_TICKS, FLOOD_ENTER_PER_TICK, FLOOD_NICE } from '../../src/thread/floodPriority.js';

/** Field 19 of /proc/<pid>/task/<tid>/stat. */
async function niceOf(tid: number): Promise<number> {
  const stat = await readFile(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

// As botThread.ts does: the thread sets its own nice value, then says its kernel id.
const THREAD = `
const { parentPort } = require('node:worker_threads');
require('node:os').setPriority(0, 10);
parentPort.postMessage(Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').at(-1)));
setInterval(() => {}, 1000);
`;

it.runIf(process.platform === 'linux' && canRestoreNice(10))('a worker thread goes to nice 19 in a flood and back to 10 after it, while this thread keeps its own', async () => {
  const worker = new Worker(THREAD, { eval: true });
  try {
    const tid = await new Promise<number>((resolve) => worker.once('message', resolve));
    expect(tid).not.toBe(process.pid);
    expect(await niceOf(tid)).toBe(10);
    let tick = () => {};
    const flood = createFloodPriority({
      setNice: (nice) => setPriority(tid, nice),
      normalNice: 10,
      log: (line) => expect.unreachable(line),
      every: (t) => {
        tick = t;
        return { stop: () => {} };
      },
    });
    const mine = await niceOf(process.pid);
    for (let i = 0; i < FLOOD_ENTER_PER_TICK; i++) flood.accepted();
    tick();
    expect(await niceOf(tid)).toBe(FLOOD_NICE);
    expect(await niceOf(process.pid)).toBe(mine);
    for (let i = 0; i < FLOOD_CALM_TICKS; i++) tick();
    expect(await niceOf(tid)).toBe(10);
    flood.close();
  } finally {
    await worker.terminate();
  }
});

it.runIf(process.platform === 'linux')('canRestoreNice follows CAP_SYS_NICE and RLIMIT_NICE as /proc shows them', async () => {
  const status = await readFile('/proc/self/status', 'utf8');
  const capable = (BigInt(`0x${/^CapEff:\s*([0-9a-f]+)/m.exec(status)![1]}`) >> 23n) & 1n;
  const soft = /^Max nice priority\s+(\S+)/m.exec(await readFile('/proc/self/limits', 'utf8'))![1]!;
  const limit = soft === 'unlimited' ? 40 : Number(soft);
  for (const nice of [0, 10, 19]) expect(canRestoreNice(nice)).toBe(capable === 1n || limit >= 20 - nice);
});
