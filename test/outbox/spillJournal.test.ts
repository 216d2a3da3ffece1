// A reply that spilled (went by 发送消息 because 回复消息 was full) is sent again after a crash by 发送消息 too: Feishu
// de-duplicates a uuid per API, so the replay of an event whose reply spilled would otherwise reach the member twice.
// The journal (DATA_DIR/replies-spilled.jsonl) is what a new process reads; here a second sender on the same file is
// that new process, with 回复消息 free.
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLimitedSender } from '../../src/outbox/createLimitedSender.js';
import { FEISHU_LIMITS, createSendLimiter } from '../../src/outbox/createSendLimiter.js';
import { UUID_WINDOW_MS, createSpillJournal } from '../../src/outbox/createSpillJournal.js';
import { type Harness, memberAsked, startHarness } from './outboxHarness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ users: 5 });
});
// The journal lives in the harness's temp dir, removed with it.
afterEach(() => h.close());

const asked = () => memberAsked(h.emulator);

it('a spilled reply is noted before it leaves, and a new process sends it again by 发送消息 with its uuid: one message', async () => {
  const file = join(h.dir, 'replies-spilled.jsonl');
  const m = asked();
  const uuid = `r-${m.message_id}-0`;
  const first = createSendLimiter(FEISHU_LIMITS);
  first.pauseApp(300, 'reply');
  const before = createLimitedSender({ spill: true, feishu: h.feishu, limiter: first, log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
  await before.reply(m.message_id, { kind: 'text', text: '收到' }, { uuid, receiver: m.chat_id, spillTo: m.chat_id });
  expect(readFileSync(file, 'utf8')).toContain(uuid);

  // The process was killed before the event's done mark: the new one, with 回复消息 free, replays the reply.
  const after = createLimitedSender({ spill: true, feishu: h.feishu, limiter: createSendLimiter(FEISHU_LIMITS), log: (l) => h.lines.push(l), spilled: createSpillJournal(file, Date.now) });
  await after.reply(m.message_id, { kind: 'text', text: '收到' }, { uuid, receiver: m.chat_id, spillTo: m.chat_id });
  expect(h.emulator.calls.filter((c) => c.path.startsWith('/open-apis/im/v1/messages')).map((c) => (c.path.endsWith('/reply') ? 'reply' : 'send'))).toEqual(['send', 'send']);
  expect(h.emulator.sent).toHaveLength(1);

  // A reply that never spilled is not in the journal and stays on 回复消息.
  const other = asked();
  await after.reply(other.message_id, { kind: 'text', text: '收到' }, { uuid: `r-${other.message_id}-0`, receiver: other.chat_id, spillTo: other.chat_id });
  expect(h.emulator.sent.map((s) => s.kind)).toEqual(['send', 'reply']);
});

it('keeps an hour of uuids, skips a torn last line and drops older lines when it opens', () => {
  const file = join(h.dir, 'replies-spilled.jsonl');
  const now = 1_800_000_000_000;
  writeFileSync(file, `${JSON.stringify({ uuid: 'old', at: now - UUID_WINDOW_MS - 1 })}\n${JSON.stringify({ uuid: 'recent', at: now - 1000 })}\n`);
  appendFileSync(file, '{"uuid":"torn","at');
  const journal = createSpillJournal(file, () => now);
  expect([journal.has('old'), journal.has('recent'), journal.has('torn')]).toEqual([false, true, false]);
  expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify({ uuid: 'recent', at: now - 1000 })}\n`);
  journal.record('new');
  expect(createSpillJournal(file, () => now + 1).has('new')).toBe(true);
  expect(createSpillJournal(file, () => now + UUID_WINDOW_MS + 1).has('new')).toBe(false);
});
