// Failures Feishu really answers with, against the emulator: rate limits, 5xx and timeouts retried to success; permanent ones recorded once.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FailureKind } from '../../src/emulator/emulatorTypes.js';
import { failedSince } from '../../src/outbox/failedSince.js';
import type { OutboxFailure } from '../../src/outbox/failedSince.js';
import { type Harness, broadcast, sendCalls, sentPer, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ users: 10, timeoutMs: 500 });
});
afterEach(() => h.close());

const MESSAGES = /^\/open-apis\/im\/v1\/messages$/;

it.each<[FailureKind, number, number]>([
  ['rate_limit_429', 1, 429],
  ['rate_limit_230020', 2, 400],
  ['server_error', 3, 500],
])('retries %s (%i times) to success, once per recipient', async (kind, times, status) => {
  h.emulator.fail({ times, kind, path: MESSAGES, resetSeconds: 1 });
  const outbox = h.outbox();
  outbox.start();
  await outbox.enqueue(broadcast(5));
  await outbox.idle();

  const calls = sendCalls(h.emulator.calls);
  expect(calls.filter((c) => c.status === status)).toHaveLength(times);
  expect(h.emulator.sent).toHaveLength(5);
  expect([...sentPer(h.emulator).values()]).toEqual([1, 1, 1, 1, 1]);
  expect(h.store.read((db) => db.outbox.map((i) => i.status))).toEqual(Array(5).fill('sent'));
});

it('honours x-ogw-ratelimit-reset: the refused send is retried only after the announced reset', async () => {
  h.emulator.fail({ times: 1, kind: 'rate_limit_429', path: MESSAGES, resetSeconds: 1 });
  const outbox = h.outbox();
  outbox.start();
  await outbox.enqueue(broadcast(3));
  await outbox.idle();
  const calls = sendCalls(h.emulator.calls);
  const refused = calls.find((c) => c.status === 429)!;
  const after = calls.filter((c) => c.at.getTime() > refused.at.getTime());
  expect(after.length).toBeGreaterThan(0);
  const retry = after.find((c) => (c.body as { uuid: string }).uuid === (refused.body as { uuid: string }).uuid)!;
  expect(retry.at.getTime() - refused.at.getTime()).toBeGreaterThanOrEqual(950);
});

it('retries a send that timed out with the same uuid, so the late original and the retry make one message', async () => {
  // Feishu holds the first request past our 500 ms timeout, then processes it anyway.
  h.emulator.fail({ times: 1, kind: 'timeout', path: MESSAGES, holdMs: 1200 });
  const outbox = h.outbox();
  outbox.start();
  await outbox.enqueue(broadcast(1));
  await outbox.idle();
  await waitFor(() => sendCalls(h.emulator.calls).length === 2);
  const uuids = sendCalls(h.emulator.calls).map((c) => (c.body as { uuid: string }).uuid);
  expect(new Set(uuids).size).toBe(1);
  expect(h.emulator.sent).toHaveLength(1);
  const item = h.store.read((db) => db.outbox[0]!);
  expect(item).toMatchObject({ status: 'sent', attempts: 2, messageId: h.emulator.sent[0]!.messageId });
  expect(item.inDoubtSince).toBeUndefined();
});

it('records a permanent failure (unknown open_id) once, never retries it, and reports it for the digest', async () => {
  const reported: OutboxFailure[] = [];
  const since = new Date();
  const outbox = h.outbox({ onPermanentFailure: (f) => reported.push(f) });
  outbox.start();
  const stranger = { key: 'festival|2026-春节|2026|ou_stranger|', to: { openId: `ou_${'f'.repeat(32)}` }, message: { kind: 'text' as const, text: '春节廉政提醒' } };
  await outbox.enqueue([stranger, ...broadcast(2)]);
  await outbox.idle();

  expect(sendCalls(h.emulator.calls).filter((c) => (c.body as { receive_id: string }).receive_id === stranger.to.openId)).toHaveLength(1);
  expect(h.emulator.sent).toHaveLength(2);
  expect(reported).toHaveLength(1);
  expect(reported[0]).toMatchObject({ key: stranger.key, attempts: 1, error: { code: 'FEISHU_BAD_RECEIVER', feishuCode: 230013 } });
  expect(reported[0]!.error.hint).toMatch(/可用范围/);
  expect(failedSince(h.store, since)).toEqual(reported);
  expect(failedSince(h.store, new Date(Date.now() + 1000))).toEqual([]);
  expect(await outbox.enqueue([stranger])).toEqual({ queued: 0, skipped: 1 });

  await outbox.stop();
  const restarted = h.outbox();
  restarted.start();
  await restarted.idle();
  expect(sendCalls(h.emulator.calls)).toHaveLength(3);
});

it('gives up after maxAttempts on a retryable failure and records the last error', async () => {
  h.emulator.fail({ times: 10, kind: 'server_error', path: MESSAGES });
  const outbox = h.outbox({ maxAttempts: 3 });
  outbox.start();
  await outbox.enqueue(broadcast(1));
  await outbox.idle();
  expect(sendCalls(h.emulator.calls)).toHaveLength(3);
  expect(h.store.read((db) => db.outbox[0])).toMatchObject({ status: 'failed', attempts: 3, error: { code: 'FEISHU_SERVER' } });
  expect(h.store.read((db) => db.outbox[0]!.error!.message)).toMatch(/gave up after 3 attempts/);
});

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
