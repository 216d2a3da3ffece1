// The outbox end to end against the emulator: a broadcast delivered once each, known keys skipped, restarts that resend nothing twice.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createOutbox } from '../../src/outbox/createOutbox.js';
import { outboxUuid } from '../../src/outbox/outboxUuid.js';
import { openStore } from '../../src/store/openStore.js';
import { type Harness, broadcast, openIdOf, sendCalls, sentPer, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ users: 60 });
});
afterEach(() => h.close());

it('delivers a broadcast to 60 people once each, with a uuid derived from the key, and forgets the bodies', async () => {
  const outbox = h.outbox();
  const started = performance.now();
  outbox.start();
  expect(await outbox.enqueue(broadcast(60))).toEqual({ queued: 60, skipped: 0 });
  await outbox.idle();
  // State changes are batched (at most one write per 100 ms, plus the enqueue), not one db.json rewrite per message.
  expect(outbox.stats().storeWrites).toBeLessThanOrEqual(2 + Math.ceil((performance.now() - started) / 100));

  expect(h.emulator.sent).toHaveLength(60);
  expect([...sentPer(h.emulator).values()].every((n) => n === 1)).toBe(true);
  const items = h.store.read((db) => db.outbox);
  expect(items.map((i) => i.status)).toEqual(Array(60).fill('sent'));
  for (const item of items) {
    expect(item.uuid).toBe(outboxUuid(item.key));
    expect(item.uuid.length).toBeLessThanOrEqual(50);
    expect(item.message).toBeUndefined();
    expect(h.emulator.sent.find((m) => m.uuid === item.uuid)?.messageId).toBe(item.messageId);
  }
  // What is on disk, not only in memory.
  const reopened = await openStore(h.file);
  expect(reopened.read((db) => db.outbox.filter((i) => i.status === 'sent').length)).toBe(60);
});

it('skips keys it already knows, within a batch, after sending, and after a restart', async () => {
  const outbox = h.outbox();
  outbox.start();
  const requests = broadcast(5);
  expect(await outbox.enqueue([...requests, requests[0]!])).toEqual({ queued: 5, skipped: 1 });
  await outbox.idle();
  expect(await outbox.enqueue(requests)).toEqual({ queued: 0, skipped: 5 });
  await outbox.stop();

  const again = createOutbox({ store: await openStore(h.file), feishu: h.feishu, now: () => new Date(), log: () => {} });
  again.start();
  expect(await again.enqueue(broadcast(6))).toEqual({ queued: 1, skipped: 5 });
  await again.idle();
  await again.stop();
  expect(h.emulator.sent).toHaveLength(6);
  expect(sendCalls(h.emulator.calls)).toHaveLength(6);
});

it('on start resends an item left `sending` by a crash with the same uuid, and Feishu de-duplicates it', async () => {
  const [request] = broadcast(1);
  const first = h.outbox();
  await first.enqueue([request!]);
  const uuid = outboxUuid(request!.key);
  // The crashed process got this far: Feishu has the message, our record still says `sending`.
  const delivered = await h.feishu.send(request!.to, request!.message, { uuid });
  await h.store.update((db) => Object.assign(db.outbox[0]!, { status: 'sending', attempts: 1, attemptAt: new Date(Date.now() - 10 * 60_000).toISOString() }));

  const second = h.outbox();
  second.start();
  await second.idle();
  expect(sendCalls(h.emulator.calls).map((c) => (c.body as { uuid?: string }).uuid)).toEqual([uuid, uuid]);
  expect(h.emulator.sent).toHaveLength(1);
  expect(h.store.read((db) => db.outbox[0])).toMatchObject({ status: 'sent', messageId: delivered.messageId, attempts: 2 });
});

it('does not resend an item left `sending` for over an hour: Feishu no longer de-duplicates, so it is reported instead', async () => {
  const failures: string[] = [];
  await h.outbox().enqueue(broadcast(2));
  await h.store.update((db) => Object.assign(db.outbox[0]!, { status: 'sending', attempts: 1, attemptAt: new Date(Date.now() - 2 * 3600_000).toISOString() }));
  const outbox = h.outbox({ onPermanentFailure: (f) => failures.push(`${f.key} ${f.error.code}`) });
  outbox.start();
  await outbox.idle();
  expect(h.emulator.sent.map((m) => m.receiveId)).toEqual([openIdOf(2)]);
  expect(failures).toEqual([`${broadcast(1)[0]!.key} OUTBOX_IN_DOUBT`]);
  expect(h.store.read((db) => db.outbox[0]!.status)).toBe('failed');
});

it('stops gracefully mid-broadcast: nothing left `sending`, and the next start finishes the rest once', async () => {
  const slow = h.outbox({ limits: { perAppPerSecond: 10 } });
  slow.start();
  await slow.enqueue(broadcast(30));
  while (h.emulator.sent.length < 5) await new Promise((r) => setTimeout(r, 10));
  await slow.stop();
  const statuses = h.store.read((db) => db.outbox.map((i) => i.status));
  expect(statuses).not.toContain('sending');
  expect(statuses.filter((s) => s === 'sent')).toHaveLength(h.emulator.sent.length);

  const next = h.outbox();
  next.start();
  await next.idle();
  expect(h.emulator.sent).toHaveLength(30);
  expect([...sentPer(h.emulator).values()].every((n) => n === 1)).toBe(true);
  expect(sendCalls(h.emulator.calls)).toHaveLength(30);
});

it('holds an item until its notBefore on the business clock', async () => {
  const clock = { now: new Date('2026-02-10T08:00:00+08:00') };
  const outbox = h.outbox({ now: () => clock.now });
  outbox.start();
  const [request] = broadcast(1);
  await outbox.enqueue([{ ...request!, notBefore: new Date('2026-02-10T09:00:00+08:00') }]);
  await outbox.idle();
  expect(h.emulator.sent).toHaveLength(0);
  clock.now = new Date('2026-02-10T09:00:00+08:00');
  await outbox.idle();
  expect(h.emulator.sent).toHaveLength(1);
});

it('refuses a malformed request before storing anything', async () => {
  const outbox = h.outbox();
  await expect(outbox.enqueue([...broadcast(1), { key: '', to: { openId: openIdOf(2) }, message: { kind: 'text', text: 'x' } }])).rejects.toThrow(/cannot enqueue ""/);
  expect(h.store.read((db) => db.outbox)).toEqual([]);
});
