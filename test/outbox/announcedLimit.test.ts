// An app whose Feishu plan allows fewer sends than the documented 50/s: the first 429 says so (x-ogw-ratelimit-limit), the bot keeps that limit from then on, every reply arrives once.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/emulator/emulatorTypes.js';
import { createLimitedSender } from '../../src/outbox/createLimitedSender.js';
import { FEISHU_LIMITS, createSendLimiter } from '../../src/outbox/createSendLimiter.js';
import { type Harness, maxInWindow, openIdOf, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ users: 100 });
  // Feishu's per-app limit at 20/s, as a plan with a lower 频控等级 would have it (频控策略: 自建应用根据所属企业的套餐不同，
  // 对应的频控等级有所不同); the emulator answers 429 / 99991400 with x-ogw-ratelimit-limit: 20.
  h.emulator.rateLimit({ perApp: 20, perReceiver: 100 });
});
afterEach(() => h.close());

const messageCalls = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST' && c.path.startsWith('/open-apis/im/v1/messages'));

it('100 replies against a 20/s limit: refused once or twice at first, then kept to 20/s; each reply delivered exactly once', async () => {
  const limiter = createSendLimiter(FEISHU_LIMITS);
  const sender = createLimitedSender({ feishu: h.feishu, limiter, log: (l) => h.lines.push(l) });
  const asked = Array.from({ length: 100 }, (_, i) => {
    const envelope = h.emulator.messageEvent({ senderOpenId: openIdOf(1 + i), chatType: 'p2p', text: '帮助' }) as {
      event: { message: { message_id: string; chat_id: string } };
    };
    return envelope.event.message;
  });

  await Promise.all(asked.map((m, i) => sender.reply(m.message_id, { kind: 'text', text: `第${i + 1}条回复` }, { receiver: m.chat_id })));

  // Every reply once: the refused ones were retried (with the same uuid), none doubled.
  const texts = h.emulator.sent.map((m) => m.content.text);
  expect(texts).toHaveLength(100);
  expect(new Set(texts).size).toBe(100);
  const calls = messageCalls(h.emulator.calls);
  const first429 = calls.findIndex((c) => c.status === 429);
  // The limit was hit (else this proves nothing); what left before that answer came back was refused too. Once sends
  // resumed after Feishu's reset, none was refused: kept at the documented 50/s, the app would be refused again after
  // every 20.
  expect(first429).toBeGreaterThanOrEqual(20);
  const resumed = calls.findIndex((c, i) => i > first429 && c.status === 200);
  expect(calls.slice(first429, resumed).every((c) => c.status === 429)).toBe(true);
  expect(calls.slice(resumed).filter((c) => c.status !== 200)).toEqual([]);
  expect(calls.filter((c) => c.status !== 200 && c.status !== 429)).toEqual([]);
  expect(maxInWindow(calls.filter((c) => c.status === 200).map((c) => c.at.getTime()), 1000)).toBeLessThanOrEqual(20);
  expect(h.lines.filter((l) => l.startsWith('send limit: Feishu announced 20/s'))).toHaveLength(1);
}, 30_000);
