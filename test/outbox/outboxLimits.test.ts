// With Feishu's limits switched on in the emulator, a burst across many people and a few busy chats draws no rate-limit answer.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { OutboxRequest } from '../../src/outbox/outboxTypes.js';
import { type Harness, broadcast, maxInWindow, openIdOf, sendCalls, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ users: 120 });
  h.emulator.rateLimit({ perApp: 50, perReceiver: 5 });
});
afterEach(() => h.close());

it('never exceeds 50/s for the app or 5/s for one receiver: zero 429 and zero 230020', async () => {
  const group = `oc_${'c'.repeat(32)}`;
  const busy: OutboxRequest[] = [];
  for (let n = 0; n < 15; n += 1) {
    busy.push({ key: `digest|group|2026Q1|${group}|${n}`, to: { chatId: group }, message: { kind: 'text', text: `第${n + 1}条` } });
    busy.push({ key: `overdue|talk|2026Q1|${openIdOf(1)}|${n}`, to: { openId: openIdOf(1) }, message: { kind: 'text', text: `第${n + 1}条` } });
  }
  const outbox = h.outbox();
  outbox.start();
  await outbox.enqueue([...busy, ...broadcast(120)]);
  await outbox.idle();

  const calls = sendCalls(h.emulator.calls);
  expect(calls.filter((c) => c.status !== 200)).toEqual([]);
  expect(h.emulator.sent).toHaveLength(150);
  expect(maxInWindow(calls.map((c) => c.at.getTime()), 1000)).toBeLessThanOrEqual(50);
  // Person 1 also gets the broadcast: 16.
  for (const [receiver, count] of [[group, 15], [openIdOf(1), 16]] as const) {
    const times = calls.filter((c) => (c.body as { receive_id: string }).receive_id === receiver).map((c) => c.at.getTime());
    expect(times).toHaveLength(count);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(5);
  }
  // One chat's messages arrive in the order they were decided.
  const texts = h.emulator.sent.filter((m) => m.chatId === group).map((m) => (m.content as { text: string }).text);
  expect(texts).toEqual(Array.from({ length: 15 }, (_, n) => `第${n + 1}条`));
});
