// useChatBot gives every test a bot started from a snapshot of where a fresh bot stood after its catch-up reminder run
// (test/support/settledChatBot.ts). These tests prove that start complete: test A leaves something in every store
// (ledger, dialogs, settings, outbox queue, send limiter, inbox, emulator, clock), test B fails if any of it reached it,
// and the last test compares a settled bot with a fresh one. A and B run in this order (vitest runs a file's tests in turn).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_SNAPSHOT } from '../support/chatSnapshot.js';
import { useChatBot } from '../support/chatBot.js';
import { settle } from '../support/settledChatBot.js';
import { sentText, startTestBot, type TestBot } from '../support/testBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: inside the reminders' hours, so the catch-up run sends reminders. */
const NOW = new Date('2026-11-30T10:00:00+08:00');
const LEFT_TEXT = '测试一留下的消息：测试二不应见到';
const SEEN_EVENT = 'a'.repeat(32);
const REPORT = '11月3日组织办公室学习《中国共产党廉洁自律准则》';
const WAITING = '1. 11月3日组织党员干部学习《中国共产党纪律处分条例》\n2. 11月10日开展节前廉洁提醒谈话，对象王芳、胡军';

const chat = useChatBot(NOW);

const waitFor = async (ok: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 400 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!ok()) throw new Error(`timed out waiting until ${what}`);
};

/** What test A saw and left, for test B to look for. */
let left:
  | { t: Omit<TestBot, 'running'> & { running: TestBot['running'] }; catchUp: string[]; answeredMessageId: string; userOpenId: string; logLines: number }
  | undefined;

describe('a settled chat bot is reset completely between tests', () => {
  it('A: leaves something behind in every store', async () => {
    const t = chat.t;
    const catchUp = t.texts();
    // The snapshot is not trivial: the catch-up run sent reminders.
    expect(catchUp.length).toBeGreaterThan(0);
    // The ledger: a record (confirmed on its card).
    await chat.recorded('李明', REPORT);
    // The inbox: an event id it has seen.
    const [help] = await chat.answers('王建国', '帮助', { eventId: SEEN_EVENT });
    expect(help).toBeDefined();
    // Dialogs: a report card left waiting for 确认.
    await chat.say('李明', WAITING);
    expect(chat.lastText()).toContain('请确认');
    expect(t.running.store.read((db) => db.dialogs).length).toBeGreaterThan(0);
    // Settings: reminders paused by an inspector.
    await chat.say('黄志刚', '暂停提醒');
    expect(t.running.store.read((db) => db.settings.remindersPaused)).toBe(true);
    // The outbox's queue and the send limiter: Feishu answers the outbox's send with a 429 whose window resets in 30 s,
    // so the message stays queued and the limiter holds every send for 30 s.
    t.emulator.fail({ times: 1, kind: 'rate_limit_429', resetSeconds: 30, path: /\/im\/v1\/messages$/ });
    await t.running.outbox.enqueue([{ key: 'reset-test|A', to: { openId: t.openId('张伟') }, message: { kind: 'text', text: LEFT_TEXT } }]);
    await waitFor(() => t.emulator.calls.some((c) => c.status === 429), 'the outbox was refused');
    expect(t.running.store.read((db) => db.outbox.filter((o) => o.key === 'reset-test|A' && !o.sentAt))).toHaveLength(1);
    // The emulator: a person it knows, failures it will answer with, messages it holds; the clock moved.
    const userOpenId = `ou_${'b'.repeat(32)}`;
    t.emulator.addUser({ openId: userOpenId, name: '测试一的人' });
    t.emulator.fail({ times: 3, kind: 'server_error', path: /\/reply$/ });
    t.clock.now = new Date(NOW.getTime() + 3 * 86_400_000);
    t.logs.push('测试一的日志');
    left = { t, catchUp, answeredMessageId: help!.messageId, userOpenId, logLines: t.logs.length };
  });

  // Soft expectations: a leftover does not hide the others (each line names what survived).
  it('B: finds none of it (run after A)', async () => {
    const t = chat.t;
    expect(left, 'test A ran first').toBeDefined();
    const a = left!;
    expect.soft(t.clock.now).toEqual(NOW);
    expect.soft(t.logs).not.toContain('测试一的日志');
    // The emulator holds the catch-up's reminders and nothing of A's.
    expect.soft(t.texts()).toEqual(a.catchUp);
    expect.soft(() => t.emulator.cardActionEvent({ operatorOpenId: t.openId('王建国'), messageId: a.answeredMessageId, value: {} })).toThrow(/unknown message/);
    expect.soft(t.emulator.snapshot().users.has(a.userOpenId)).toBe(false);
    // The store: no record, no dialog, reminders running, nothing of A's queued.
    expect.soft(chat.activities()).toEqual([]);
    expect.soft(t.running.store.read((db) => db.dialogs)).toEqual([]);
    expect.soft(t.running.store.read((db) => db.settings.remindersPaused)).toBe(false);
    expect.soft(t.running.store.read((db) => db.outbox.map((o) => o.key))).not.toContain('reset-test|A');
    // The dialog is gone from the bot too: 确认 finds nothing waiting and records nothing.
    await chat.say('李明', '确认');
    expect.soft(chat.activities()).toEqual([]);
    // The inbox has not seen A's event id: the same id with a new message is processed (and its reply is not failed).
    const [answer] = await chat.answers('王建国', '帮助', { eventId: SEEN_EVENT });
    expect.soft(answer, 'the event id A used is new to this bot').toBeDefined();
    expect.soft(t.emulator.calls.filter((c) => c.status >= 500)).toEqual([]);
    // The limiter holds nothing back and the outbox sends what is queued now at once (A's 30 s pause would time this out).
    await t.running.outbox.enqueue([{ key: 'reset-test|B', to: { openId: t.openId('张伟') }, message: { kind: 'text', text: '测试二的消息' } }]);
    const started = Date.now();
    await t.running.outbox.idle();
    expect.soft(Date.now() - started).toBeLessThan(10_000);
    expect.soft(t.texts()).toContain('测试二的消息');
    expect.soft(t.texts()).not.toContain(LEFT_TEXT);
    // Nothing of A's arrives later either.
    await new Promise((r) => setTimeout(r, 200));
    expect.soft(t.texts()).not.toContain(LEFT_TEXT);
    // And so, by construction: built afresh, bot, front, store, outbox (and its limiter), scheduler, config, emulator, DATA_DIR, clock, logs.
    for (const [now, then] of [
      [t.running, a.t.running],
      [t.running.store, a.t.running.store],
      [t.running.bot, a.t.running.bot],
      [t.running.outbox, a.t.running.outbox],
      [t.running.inbox, a.t.running.inbox],
      [t.running.scheduler, a.t.running.scheduler],
      [t.running.config, a.t.running.config],
      [t.emulator, a.t.emulator],
      [t.clock, a.t.clock],
    ] as const)
      expect.soft(now).not.toBe(then);
    expect.soft(t.dataDir).not.toBe(a.t.dataDir);
  });

  it('C: a settled bot is where a fresh bot is after its catch-up run', async () => {
    const t = chat.t;
    const fresh = await startTestBot({ now: NOW });
    try {
      await settle(fresh);
      // Message ids, open ids and tokens are random per emulator: compare what was said, to whom by name, and the rest.
      // The outbox sends the run's reminders concurrently, so two fresh bots' records differ in order too: sorted.
      const byName = new Map(t.config.directory.org.people.map((p) => [p.openId, p.name]));
      const said = (x: TestBot) => x.emulator.sent.map((m) => `${byName.get(m.receiveId ?? '') ?? m.receiveId}\n${sentText(m)}`).sort();
      expect(said(t)).toEqual(said(fresh));
      const called = (x: TestBot) => x.emulator.calls.map((c) => `${c.method} ${c.path} ${c.status}`).sort();
      expect(called(t)).toEqual(called(fresh));
      const normal = (text: string, x: TestBot) =>
        text
          .replaceAll(x.dataDir, 'DATA_DIR')
          .replace(/http:\/\/127\.0\.0\.1:\d+/g, 'URL')
          .replaceAll(x.emulator.bot.openId, 'BOT')
          .replace(/\b(om|ou|oc)_[0-9a-f]{32}\b/g, '$1_ID')
          .replace(/"(at|sentAt|createdAt|updatedAt|savedAt|startedAt)":"[^"]*"/g, '"$1":"T"')
          .replace(/\d+(\.\d+)? ?ms\b/g, 'N ms');
      expect(t.logs.map((l) => normal(l, t))).toEqual(fresh.logs.map((l) => normal(l, fresh)));
      const db = (x: TestBot) => normal(JSON.stringify(x.running.store.read((d) => ({ dialogs: d.dialogs, outbox: d.outbox, settings: d.settings, activities: d.activities, audit: d.audit }))), x);
      expect(db(t)).toEqual(db(fresh));
      // The same files in DATA_DIR (the cached bot identity too: the settled start asked Feishu for it again).
      const names = async (x: TestBot) => (await readdir(x.dataDir)).filter((n) => n !== 'qingfeng.pid').sort();
      expect(await names(t)).toEqual(await names(fresh));
      for (const name of NOT_SNAPSHOT) expect(normal(await readFile(join(t.dataDir, name), 'utf8'), t)).toEqual(normal(await readFile(join(fresh.dataDir, name), 'utf8'), fresh));
    } finally {
      await fresh.close();
    }
  });
});
