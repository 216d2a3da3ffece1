// Event journal appends on the real disk: what fdatasync costs, and how group commit spreads it over concurrent events, for
// both durabilities (an append resolved once written, fdatasync behind it; or once synced).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openJournal } from '../src/store/openJournal.js';

/** About the size of a decrypted message envelope. */
const PAYLOAD = { schema: '2.0', header: { event_type: 'im.message.receive_v1' }, event: { message: { content: 'x'.repeat(600) } } };

async function run(dir: string, seconds: number, concurrency: number, durability: 'written' | 'synced'): Promise<Record<string, unknown>> {
  const journal = await openJournal(join(dir, `events-${durability}-${concurrency}.jsonl`), { durability });
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  const writer = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      await journal.append({ t: 'accepted', id: `e${next++}`, type: 'im.message.receive_v1', at: new Date().toISOString(), payload: PAYLOAD });
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, writer));
  await journal.flush();
  const s = journal.stats();
  await journal.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => +latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(2);
  return {
    durability,
    concurrency,
    appendsPerSec: Math.round(s.records / seconds),
    appendP50Ms: pct(0.5),
    appendP99Ms: pct(0.99),
    groups: s.groups,
    recordsPerGroup: +(s.records / s.groups).toFixed(1),
    syncs: s.syncs,
    datasyncMsPerSync: +(s.syncMs / Math.max(1, s.syncs)).toFixed(2),
    datasyncMaxMs: +s.maxSyncMs.toFixed(2),
    datasyncShareOfTime: +(s.syncMs / (seconds * 1000)).toFixed(2),
  };
}

export async function journalBench(opts: { seconds: number; connections: number }): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'qingfeng-journal-bench-'));
  try {
    const out: Record<string, unknown> = {};
    for (const durability of ['written', 'synced'] as const) {
      out[durability] = { serial: await run(dir, opts.seconds, 1, durability), concurrent: await run(dir, opts.seconds, opts.connections, durability) };
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
