// A real process killed with SIGKILL mid-broadcast, then started again on the same db.json: every message delivered once, none twice.
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { type Harness, sendCalls, sentPer, startHarness } from './outboxHarness.js';

const COUNT = 300;
let h: Harness;
let child: ChildProcess | undefined;

beforeEach(async () => {
  h = await startHarness({ users: COUNT });
  // Feishu's real limits, so the broadcast takes seconds and the kill lands in the middle of it.
  h.emulator.rateLimit({ perApp: 50, perReceiver: 5 });
});
afterEach(async () => {
  child?.kill('SIGKILL');
  await h.close();
});

function run(): { proc: ChildProcess; exited: Promise<{ code: number | null; out: string }> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/outbox/drainChild.ts'], {
    env: { ...process.env, OUTBOX_DB_FILE: h.file, OUTBOX_DOMAIN: h.url, OUTBOX_COUNT: String(COUNT) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let out = '';
  proc.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  proc.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; out: string }>((resolve) => proc.once('exit', (code) => resolve({ code, out })));
  return { proc, exited };
}

it('a broadcast to 300 killed after ~100 sends and restarted delivers each remaining message once and re-sends nothing sent', async () => {
  const first = run();
  await waitFor(() => h.emulator.sent.length >= 100, 20_000);
  first.proc.kill('SIGKILL');
  await first.exited;
  const deliveredAtKill = h.emulator.sent.length;
  expect(deliveredAtKill).toBeLessThan(COUNT);

  const store = await openStore(h.file);
  const recorded = store.read((db) => db.outbox.map((i) => ({ uuid: i.uuid, status: i.status })));
  expect(recorded).toHaveLength(COUNT);
  const recordedSent = new Set(recorded.filter((i) => i.status === 'sent').map((i) => i.uuid));
  expect(recordedSent.size).toBeGreaterThan(0);
  // Killed mid-attempt: these are resent with their uuid; the ones Feishu already had (typically a few) it de-duplicates.
  expect(recorded.some((i) => i.status === 'sending')).toBe(true);

  const restartedAt = Date.now();
  const second = run();
  const { code, out } = await second.exited;
  expect(code, out).toBe(0);
  expect(out).toMatch(/enqueued 0 skipped 300/);

  // Exactly once per person, at Feishu.
  expect(h.emulator.sent).toHaveLength(COUNT);
  expect(sentPer(h.emulator).size).toBe(COUNT);
  expect([...sentPer(h.emulator).values()].every((n) => n === 1)).toBe(true);
  // What the first process had recorded as sent was never sent again.
  const resent = sendCalls(h.emulator.calls).filter((c) => c.at.getTime() >= restartedAt && recordedSent.has((c.body as { uuid: string }).uuid));
  expect(resent).toEqual([]);
  expect(sendCalls(h.emulator.calls).filter((c) => c.status !== 200)).toEqual([]);
  const after = await openStore(h.file);
  expect(after.read((db) => db.outbox.filter((i) => i.status === 'sent').length)).toBe(COUNT);
}, 30_000);

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
