// Replies and the outbox on one limiter, with Feishu's limits on in the emulator: members' answers go before waiting notices, nothing is refused, nothing lost or doubled.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/emulator/emulatorTypes.js';
import { createLimitedSender } from '../../src/outbox/createLimitedSender.js';
import { FEISHU_LIMITS, createSendLimiter } from '../../src/outbox/createSendLimiter.js';
import { type Harness, broadcast, maxInWindow, openIdOf, sentPer, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ users: 140 });
  // Feishu's limits on the emulator's clock (real time here): 50/s and 1000/min per app and API, 5/s per receiver.
  h.emulator.rateLimit();
});
afterEach(() => h.close());

/** Forty members (people 101–140) each sent the bot a message; the bot will answer each in their own chat. */
function fortyAsked(): { message_id: string; chat_id: string }[] {
  return Array.from({ length: 40 }, (_, i) => {
    const envelope = h.emulator.messageEvent({ senderOpenId: openIdOf(101 + i), chatType: 'p2p', text: '本季度完成情况' }) as {
      event: { message: { message_id: string; chat_id: string } };
    };
    return envelope.event.message;
  });
}

/**
 * One limiter for the outbox and the members' answers, forty members asking, and a broadcast of 100 notices that has
 * spent the outbox's share of this second (`share`: 40 of 50); the other 60 wait for the window.
 */
async function broadcastUnderWay() {
  const limiter = createSendLimiter(FEISHU_LIMITS);
  const outbox = h.outbox({ limiter });
  const sender = createLimitedSender({ feishu: h.feishu, limiter, log: (l) => h.lines.push(l) });
  const asked = fortyAsked();
  outbox.start();
  await outbox.enqueue(broadcast(100));
  const share = FEISHU_LIMITS.perAppPerSecond - FEISHU_LIMITS.replyReservePerSecond;
  await expect.poll(() => h.emulator.sent.length, { timeout: 10_000, interval: 2 }).toBeGreaterThanOrEqual(share);
  return { outbox, sender, asked, share };
}

const messageCalls = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST' && c.path.startsWith('/open-apis/im/v1/messages'));

// The members' answers here go by 发送消息 (sender.send), as the notices do: one API, one budget (replies by 回复消息 have
// their own: the next test).
it('a burst of answers while 60 notices wait for the per-second budget: every answer leaves before the waiting notices, each notice once, no 429 or 230020', async () => {
  const { outbox, sender, asked, share } = await broadcastUnderWay();
  expect(h.emulator.sent.length).toBe(share);
  await Promise.all(asked.map((m, i) => sender.send({ chatId: m.chat_id }, { kind: 'text', text: `第${i + 1}位的回复` })));
  await outbox.idle();

  const sent = h.emulator.sent;
  const isAnswer = (m: (typeof sent)[number]) => String(m.content.text).endsWith('位的回复');
  const replies = sent.flatMap((m, at) => (isAnswer(m) ? [at] : []));
  const noticesAfterFirstReply = sent.filter((m, at) => !isAnswer(m) && at > replies[0]!);
  expect(replies).toHaveLength(40);
  // The 40 replies are the next 40 messages Feishu saw after the first 40 notices (10 at once, in the room left to
  // replies, 30 as the window opens); the other 60 notices come after.
  expect(replies).toEqual(Array.from({ length: 40 }, (_, i) => share + i));
  expect(noticesAfterFirstReply).toHaveLength(100 - share);
  // Every notice delivered exactly once.
  const per = sentPer(h.emulator);
  expect(Array.from({ length: 100 }, (_, i) => per.get(openIdOf(i + 1)))).toEqual(Array<number>(100).fill(1));
  expect(sent).toHaveLength(140);
  expect(h.store.read((db) => db.outbox.filter((i) => i.status === 'sent'))).toHaveLength(100);
  // Never over Feishu's limits: no refusal at all, and at most 50 in any second as the emulator saw them.
  const calls = messageCalls(h.emulator.calls);
  expect(calls.filter((c) => c.status !== 200 || c.code !== 0)).toEqual([]);
  expect(maxInWindow(calls.map((c) => c.at.getTime()), 1000)).toBeLessThanOrEqual(50);
}, 30_000);

it('replies by 回复消息 while the outbox spends its share of 发送消息: nothing refused, each once, each API within its own 50/s', async () => {
  const { outbox, sender, asked, share } = await broadcastUnderWay();
  await Promise.all(asked.map((m, i) => sender.reply(m.message_id, { kind: 'text', text: `第${i + 1}位的回复` }, { receiver: m.chat_id })));
  await outbox.idle();
  const sent = h.emulator.sent;
  expect(sent.filter((m) => m.kind === 'reply')).toHaveLength(40);
  expect(sentPer(h.emulator).size).toBeGreaterThanOrEqual(100);
  expect(Array.from({ length: 100 }, (_, i) => sentPer(h.emulator).get(openIdOf(i + 1)))).toEqual(Array<number>(100).fill(1));
  const calls = messageCalls(h.emulator.calls);
  expect(calls.filter((c) => c.status !== 200 || c.code !== 0)).toEqual([]);
  const at = (kind: string) => calls.filter((c) => (kind === 'reply' ? c.path.endsWith('/reply') : !c.path.endsWith('/reply'))).map((c) => c.at.getTime());
  expect(maxInWindow(at('reply'), 1000)).toBeLessThanOrEqual(50);
  expect(maxInWindow(at('send'), 1000)).toBeLessThanOrEqual(50);
  // That the replies do not wait for the notices' window is test/outbox/perApiLimits.test.ts's (on a simulated
  // clock); here, on real time, only that both APIs together stay within Feishu's limits and lose or double nothing.
}, 30_000);
