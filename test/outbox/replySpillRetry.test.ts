// A spilled reply (a p2p reply sent by 发送消息 because 回复消息 was full) keeps 发送消息 for every retry: Feishu
// de-duplicates a uuid per API, so a retry by 回复消息 after a send Feishu made late would reach the member twice.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLimitedSender } from '../../src/outbox/createLimitedSender.js';
import { FEISHU_LIMITS, createSendLimiter } from '../../src/outbox/createSendLimiter.js';
import { type Harness, memberAsked, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  // A client timeout shorter than the emulator's hold: the first try gives up while Feishu still makes the message.
  h = await startHarness({ users: 5, timeoutMs: 300 });
});
afterEach(() => h.close());

const asked = () => memberAsked(h.emulator);

it('a spilled reply that timed out is tried again by 发送消息 with its uuid: one message, no 回复消息 call', async () => {
  const limiter = createSendLimiter(FEISHU_LIMITS);
  // 回复消息 held for 200 ms (a 429 a moment ago): the p2p reply spills; by the retry (after the 300 ms timeout) 回复消息
  // is free again, and only keeping the first attempt's API keeps the retry off it.
  limiter.pauseApp(200, 'reply');
  const sender = createLimitedSender({ spill: true, feishu: h.feishu, limiter, log: (l) => h.lines.push(l), baseDelayMs: 50 });
  h.emulator.fail({ times: 1, kind: 'timeout', path: /\/im\/v1\/messages$/, holdMs: 600 });
  const m = asked();
  const uuid = `r-${m.message_id}-0`;
  await sender.reply(m.message_id, { kind: 'text', text: '收到' }, { uuid, receiver: m.chat_id, spillTo: m.chat_id });
  await expect.poll(() => h.emulator.calls.filter((c) => c.path.startsWith('/open-apis/im/v1/messages')).length, { timeout: 5000 }).toBe(2);
  await new Promise((r) => setTimeout(r, 700));
  const calls = h.emulator.calls.filter((c) => c.path.startsWith('/open-apis/im/v1/messages'));
  expect(calls.map((c) => [c.path.endsWith('/reply') ? 'reply' : 'send', (c.body as { uuid?: string }).uuid])).toEqual([
    ['send', uuid],
    ['send', uuid],
  ]);
  expect(h.emulator.sent).toHaveLength(1);
  expect(h.emulator.sent[0]).toMatchObject({ kind: 'send', chatId: m.chat_id, uuid });
});

it('a reply with no spillTo (a group’s) never goes by 发送消息, even with 回复消息 paused and 发送消息 free', async () => {
  const limiter = createSendLimiter(FEISHU_LIMITS);
  limiter.pauseApp(300, 'reply');
  const sender = createLimitedSender({ spill: true, feishu: h.feishu, limiter, log: (l) => h.lines.push(l) });
  const m = asked();
  await sender.reply(m.message_id, { kind: 'text', text: '收到' }, { uuid: `r-${m.message_id}-0`, receiver: m.chat_id });
  expect(h.emulator.sent.map((s) => s.kind)).toEqual(['reply']);
});

it('with spilling off (REPLY_SPILL=0; `spill` absent in the sender) a p2p reply waits for 回复消息 even with 发送消息 free', async () => {
  const limiter = createSendLimiter(FEISHU_LIMITS);
  limiter.pauseApp(300, 'reply');
  const sender = createLimitedSender({ feishu: h.feishu, limiter, log: (l) => h.lines.push(l) });
  const m = asked();
  await sender.reply(m.message_id, { kind: 'text', text: '收到' }, { uuid: `r-${m.message_id}-0`, receiver: m.chat_id, spillTo: m.chat_id });
  expect(h.emulator.sent.map((s) => s.kind)).toEqual(['reply']);
});
