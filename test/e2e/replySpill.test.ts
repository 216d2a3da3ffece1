// Over HTTP, the whole bot against the emulator enforcing the send limits: a burst of member messages in one second is
// answered once each, p2p replies that find 回复消息 full go by 发送消息 into the member's own chat, a group's never do,
// and neither API goes over its window as the emulator counts it.
import { afterEach, expect, it } from 'vitest';
import type { RecordedCall, SentMessage } from '../../src/emulator/emulatorTypes.js';
import { p2pChatIdFor } from '../../src/emulator/feishuIds.js';
import { maxInWindow } from '../outbox/outboxHarness.js';
import { type TestBot, startTestBot } from '../support/testBot.js';

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The emulator measures its windows with the bot's clock: real time here. */
function realTime(bot: TestBot): void {
  const base = bot.clock.now.getTime() - Date.now();
  Object.defineProperty(bot.clock, 'now', { get: () => new Date(base + Date.now()), configurable: true });
}

const messageCalls = (calls: RecordedCall[]) => calls.filter((c) => c.method === 'POST' && c.path.startsWith('/open-apis/im/v1/messages'));
const byApi = (calls: RecordedCall[], api: 'send' | 'reply') => calls.filter((c) => c.path.endsWith('/reply') === (api === 'reply')).map((c) => c.at.getTime());
const idOf = (envelope: Record<string, unknown>) => (envelope as { event: { message: { message_id: string } } }).event.message.message_id;
/** The member's message a sent message answers: a reply's parent, or a spilled reply's uuid (replyUuid: r-<message id>-n). */
const answers = (m: SentMessage): string | undefined => m.replyTo ?? /^r-(om_\w+)-\d+$/.exec(m.uuid ?? '')?.[1];

/**
 * Sixty messages within one second from the organisation's people, round robin (each chat stays within 5/s), and their
 * answers; returns each message's id and its sender's open_id, in order.
 */
async function burst(bot: TestBot, say: (openId: string, i: number) => Promise<{ envelope: Record<string, unknown> }>): Promise<[string, string][]> {
  const people = bot.config.directory.org.people.filter((p) => p.openId).map((p) => p.openId!);
  const sent: Promise<[string, string]>[] = [];
  for (let i = 0; i < 60; i += 1) {
    const from = people[i % people.length]!;
    sent.push(say(from, i).then((s) => [idOf(s.envelope), from]));
    if (i % 6 === 5) await new Promise((r) => setTimeout(r, 100));
  }
  const asked = await Promise.all(sent);
  await bot.running.drain();
  const ids = new Set(asked.map(([id]) => id));
  await expect.poll(() => bot.emulator.sent.filter((m) => ids.has(answers(m) ?? '')).length, { timeout: 90_000, interval: 50 }).toBeGreaterThanOrEqual(60);
  return asked;
}

/** Each message answered exactly once; a spilled answer (a 发送消息) went to its sender's own p2p chat. Returns the spilled. */
function answeredOnce(bot: TestBot, asked: [string, string][]): SentMessage[] {
  const sent = bot.emulator.sent;
  expect(asked.map(([id]) => sent.filter((m) => answers(m) === id).length)).toEqual(Array<number>(asked.length).fill(1));
  const sender = new Map(asked);
  const spilled = sent.filter((m) => m.kind === 'send' && sender.has(answers(m) ?? ''));
  for (const m of spilled) expect({ chat: m.chatId, by: m.receiveIdType }).toEqual({ chat: p2pChatIdFor(sender.get(answers(m)!)!), by: 'chat_id' });
  return spilled;
}

it('60 p2p messages in one second at Feishu’s limits: each answered once in its own chat, no refusal, each API within 50/s', async () => {
  t = await startTestBot({ replySpill: true });
  realTime(t);
  t.emulator.rateLimit();
  const bot = t;
  const asked = await burst(bot, (openId) => bot.say(openId, '帮助'));
  // Whether any spilled depends on how fast the bot answered (50 within a second fill 回复消息): each one counted, either way.
  answeredOnce(bot, asked);
  expect(bot.emulator.sent).toHaveLength(60);
  const calls = messageCalls(bot.emulator.calls);
  expect(calls.filter((c) => c.status !== 200 || c.code !== 0)).toEqual([]);
  expect(maxInWindow(byApi(calls, 'reply'), 1000)).toBeLessThanOrEqual(50);
  expect(maxInWindow(byApi(calls, 'send'), 1000)).toBeLessThanOrEqual(50);
}, 180_000);

it('with an app limit of 10/s per API (a lower plan): p2p replies spill into 发送消息, a group’s never do, nothing refused or doubled', async () => {
  const groups = Array.from({ length: 12 }, (_, i) => ({ chatId: `oc_${String(i).padStart(32, 'a')}`, name: `第${i + 1}支部` }));
  const limits = { perAppPerSecond: 10, replyReservePerSecond: 4 };
  t = await startTestBot({ chats: groups, sendLimits: limits, replySpill: true });
  realTime(t);
  t.emulator.rateLimit({ perApp: 10, perAppPerMinute: 1000, perReceiver: 5 });
  const bot = t;
  const mention = [{ key: '@_user_1', openId: bot.emulator.bot.openId, name: bot.emulator.bot.name }];
  const inGroups = await burst(bot, (openId, i) => bot.say(openId, '@_user_1 帮助', { chatType: 'group', chatId: groups[i % groups.length]!.chatId, mentions: mention }));
  expect(answeredOnce(bot, inGroups)).toEqual([]);
  expect(bot.emulator.sent.every((m) => m.kind === 'reply')).toBe(true);

  bot.emulator.reset();
  bot.emulator.rateLimit({ perApp: 10, perAppPerMinute: 1000, perReceiver: 5 });
  const inP2p = await burst(bot, (openId) => bot.say(openId, '帮助'));
  expect(answeredOnce(bot, inP2p).length).toBeGreaterThan(0);
  const calls = messageCalls(bot.emulator.calls);
  expect(calls.filter((c) => c.status !== 200 || c.code !== 0)).toEqual([]);
  expect(maxInWindow(byApi(calls, 'reply'), 1000)).toBeLessThanOrEqual(10);
  // Spills take only replies' share of 发送消息 (4 of its 10 here): the outbox's 6 stay free.
  expect(maxInWindow(byApi(calls, 'send'), 1000)).toBeLessThanOrEqual(limits.replyReservePerSecond);
}, 180_000);
