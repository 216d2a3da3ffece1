// A replayed message's reply (SendOptions.replay: processed again after a kill -9 or a failed write) never newly spills:
// it may have gone by 回复消息 the first time, and Feishu de-duplicates a uuid within one API only, so a 发送消息 with the
// same uuid would reach the member a second time. Only the spill journal may send it by 发送消息 (it spilled before).
// A second sender on a fresh limiter is the new process; the emulator keeps uuids per API, as Feishu does.
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLimitedSender } from '../../src/outbox/createLimitedSender.js';
import { FEISHU_LIMITS, createSendLimiter } from '../../src/outbox/createSendLimiter.js';
import { createSpillJournal } from '../../src/outbox/createSpillJournal.js';
import { answeredMessageId } from '../support/answeredMessageId.js';
import { type Harness, memberAsked, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ users: 5 });
});
// The journal lives in the harness's temp dir, removed with it.
afterEach(() => h.close());

const asked = () => memberAsked(h.emulator);

const apis = () => h.emulator.calls.filter((c) => c.path.startsWith('/open-apis/im/v1/messages')).map((c) => (c.path.endsWith('/reply') ? 'reply' : 'send'));
const answersTo = (messageId: string) => h.emulator.sent.filter((s) => answeredMessageId(s) === messageId).length;

it('a replay whose reply went by 回复消息 waits for 回复消息 however full, and the member has it once; a new spill would have made two', async () => {
  const file = join(h.dir, 'replies-spilled.jsonl');
  const m = asked();
  const uuid = `r-${m.message_id}-0`;
  const route = { uuid, receiver: m.chat_id, spillTo: m.chat_id };
  // The first process: 回复消息 free, the reply goes by it; killed before the event's done mark.
  const before = createLimitedSender({ spill: true, feishu: h.feishu, limiter: createSendLimiter(FEISHU_LIMITS), log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
  await before.reply(m.message_id, { kind: 'text', text: '收到' }, route);

  // The new process replays it while 回复消息 is paused (a 429) and 发送消息 is free: it waits for 回复消息.
  const limiter = createSendLimiter(FEISHU_LIMITS);
  limiter.pauseApp(300, 'reply');
  const after = createLimitedSender({ spill: true, feishu: h.feishu, limiter, log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
  await after.reply(m.message_id, { kind: 'text', text: '收到' }, { ...route, replay: true });
  expect(apis()).toEqual(['reply', 'reply']);
  expect(answersTo(m.message_id)).toBe(1);

  // What the flag prevents: the same replay taken as new spills, and Feishu (per API) delivers it again.
  const unaware = createSendLimiter(FEISHU_LIMITS);
  unaware.pauseApp(300, 'reply');
  const third = createLimitedSender({ spill: true, feishu: h.feishu, limiter: unaware, log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
  await third.reply(m.message_id, { kind: 'text', text: '收到' }, route);
  expect(apis()).toEqual(['reply', 'reply', 'send']);
  expect(answersTo(m.message_id)).toBe(2);
});

it('a replay whose reply spilled goes by 发送消息 again, with 回复消息 free and even with the spill now off (REPLY_SPILL=0)', async () => {
  const file = join(h.dir, 'replies-spilled.jsonl');
  const m = asked();
  const uuid = `r-${m.message_id}-0`;
  const route = { uuid, receiver: m.chat_id, spillTo: m.chat_id };
  const first = createSendLimiter(FEISHU_LIMITS);
  first.pauseApp(300, 'reply');
  const before = createLimitedSender({ spill: true, feishu: h.feishu, limiter: first, log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
  await before.reply(m.message_id, { kind: 'text', text: '收到' }, route);

  for (const spill of [true, false]) {
    const after = createLimitedSender({ spill, feishu: h.feishu, limiter: createSendLimiter(FEISHU_LIMITS), log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
    await after.reply(m.message_id, { kind: 'text', text: '收到' }, { ...route, replay: true });
  }
  expect(apis()).toEqual(['send', 'send', 'send']);
  expect(answersTo(m.message_id)).toBe(1);
});

it('a replay in a group (no spillTo) stays on 回复消息 as before, while a new p2p reply spills beside it', async () => {
  const file = join(h.dir, 'replies-spilled.jsonl');
  const limiter = createSendLimiter(FEISHU_LIMITS);
  limiter.pauseApp(300, 'reply');
  const sender = createLimitedSender({ spill: true, feishu: h.feishu, limiter, log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
  const [a, b] = [asked(), asked()];
  await Promise.all([
    sender.reply(a.message_id, { kind: 'text', text: '收到' }, { uuid: `r-${a.message_id}-0`, receiver: a.chat_id, replay: true }),
    sender.reply(b.message_id, { kind: 'text', text: '收到' }, { uuid: `r-${b.message_id}-0`, receiver: b.chat_id, spillTo: b.chat_id }),
  ]);
  expect(h.emulator.sent.map((s) => [s.kind, answeredMessageId(s)])).toEqual([
    ['send', b.message_id],
    ['reply', a.message_id],
  ]);
});
