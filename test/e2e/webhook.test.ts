// End to end over real HTTP: signed, encrypted deliveries into the real server, the real SDK client against the emulator.
import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encryptEvent } from '../../src/transport/eventCrypto.js';
import { SECRETS, startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot();
});
afterEach(() => t.close());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.running.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('url_verification', () => {
  it('answers the plain challenge when the token matches', async () => {
    const res = await post('/feishu/events', JSON.stringify(t.emulator.urlVerification(SECRETS.verificationToken, 'ch-1')));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'ch-1' });
  });

  it('answers the encrypted challenge, on the card callback URL too', async () => {
    const body = JSON.stringify({
      encrypt: encryptEvent(JSON.stringify(t.emulator.urlVerification(SECRETS.verificationToken, 'ch-2')), SECRETS.encryptKey),
    });
    for (const path of ['/feishu/events', '/feishu/card']) {
      const res = await post(path, body);
      expect(await res.json()).toEqual({ challenge: 'ch-2' });
    }
  });

  it('refuses a challenge with the wrong token', async () => {
    const res = await post('/feishu/events', JSON.stringify(t.emulator.urlVerification('wrong', 'ch-3')));
    expect(res.status).toBe(401);
  });
});

describe('a member reports in one sentence', () => {
  it('records exactly one correct activity and replies once, in a p2p chat', async () => {
    const { status } = await t.say('王建国', '今天和李明主任进行了廉政谈话');
    expect(status).toBe(200);
    await t.running.drain();
    const activities = t.running.store.read((db) => db.activities);
    expect(activities).toMatchObject([
      { type: 'talk_integrity', date: '2026-11-22', actorId: 'wangjianguo', counterpartIds: ['liming'], reporter: t.openId('王建国'), late: false },
    ]);
    expect(t.emulator.sent).toHaveLength(1);
    expect(t.emulator.sent[0]!.kind).toBe('reply');
    expect(t.texts()[0]).toMatch(/已记录 1 项[\s\S]*廉政谈话｜2026-11-22（今天）｜对象：李明/);
  });

  it('records a training with its day and title', async () => {
    await t.say('黄志刚', '11月20日组织观看警示教育片《贪毁人生》');
    await t.running.drain();
    expect(t.running.store.read((db) => db.activities)).toMatchObject([{ type: 'edu_warning', date: '2026-11-20', title: '贪毁人生' }]);
  });

  it('in a group, acts only when the bot is @mentioned', async () => {
    await t.say('王建国', '今天和李明进行了廉政谈话', { chatType: 'group', chatId: 'oc_testgroup' });
    await t.running.drain();
    expect(t.emulator.sent).toHaveLength(0);

    const mention = { key: '@_user_1', openId: t.emulator.bot.openId, name: '清风' };
    await t.say('王建国', '@_user_1 今天和李明进行了廉政谈话', { chatType: 'group', chatId: 'oc_testgroup', mentions: [mention] });
    await t.running.drain();
    expect(t.running.store.read((db) => db.activities)).toHaveLength(1);
    expect(t.emulator.sent.map((m) => m.chatId)).toEqual(['oc_testgroup']);
  });

  it('keeps the processed message text out of the data files once the journal is compacted', async () => {
    const { envelope } = await t.say('王建国', '今天和李明主任进行了廉政谈话，谈了某项目的问题');
    await t.running.drain();
    expect(t.running.inbox.stats()).toEqual({ known: 1, pending: 0, done: 1, failed: 0 });
    const journalFile = join(t.dataDir, 'events.jsonl');
    // Accepted durably, then compacted once the journal has been quiet a second (JournalOptions.idleCompactMs), no
    // restart needed (test/e2e/textLeavesDataDir.test.ts searches every file after whole sessions).
    await vi.waitFor(async () => expect(await readFile(journalFile, 'utf8')).not.toContain('今天和李明主任进行了廉政谈话'), { timeout: 20_000, interval: 100 });
    await t.restart(); // opening the journal compacts it too
    await t.running.store.flush();
    // Every data file (db.json, activities.json, audit.jsonl…), not only the one the store is named after.
    for (const name of await readdir(t.dataDir)) {
      if (name !== 'events.jsonl') expect([name, await readFile(join(t.dataDir, name), 'utf8')]).not.toEqual([name, expect.stringContaining('谈了某项目')]);
    }
    const journal = await readFile(journalFile, 'utf8');
    expect(journal).not.toContain('今天和李明主任进行了廉政谈话');
    // Journaled under the message id (issue 11: the same message under a new event id is a duplicate).
    const messageId = (envelope.event as { message: { message_id: string } }).message.message_id;
    expect(journal.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([{ t: 'done', id: `message:${messageId}`, at: expect.any(String) }]);
  });
});

describe('本季度完成情况', () => {
  it('answers from the records for the current quarter in Asia/Shanghai', async () => {
    await t.say('张伟', '今天和王建国进行了廉政谈话');
    await t.running.drain();
    await t.say('张伟', '本季度完成情况');
    await t.running.drain();
    const card = t.texts()[1]!;
    expect(card).toContain('2026年第四季度');
    // The half-year talk duty: 1 of 4 leaders talked to, 1 of them this quarter (names: test/e2e/query.test.ts).
    expect(card).toMatch(/廉政谈话：书记与每位班子成员（2026年下半年） \| 张伟 \| 4 \| 1 \| 1 \|/);
  });
});

describe('delivery guarantees', () => {
  it('processes a redelivered event once, however many times and however concurrently it arrives', async () => {
    const { envelope } = await t.say('王建国', '今天和李明主任进行了廉政谈话');
    const again = await Promise.all([t.redeliver(envelope), t.redeliver(envelope), t.redeliver(envelope)]);
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    await t.running.drain();
    await t.redeliver(envelope);
    await t.running.drain();
    expect(t.running.store.read((db) => db.activities)).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
  });

  it('still processes a redelivery once after a restart', async () => {
    const { envelope } = await t.say('王建国', '今天和李明主任进行了廉政谈话');
    await t.running.drain();
    await t.restart();
    await t.redeliver(envelope);
    await t.running.drain();
    expect(t.running.store.read((db) => db.activities)).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
  });

  it('rejects a forged signature with 401 and stores nothing', async () => {
    const envelope = t.emulator.messageEvent({ senderOpenId: t.openId('王建国'), chatType: 'p2p', text: '今天和李明进行了廉政谈话' });
    const body = JSON.stringify({ encrypt: encryptEvent(JSON.stringify(envelope), SECRETS.encryptKey) });
    const res = await post('/feishu/events', body, {
      'x-lark-request-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-lark-request-nonce': 'n',
      'x-lark-signature': 'f'.repeat(64),
    });
    expect(res.status).toBe(401);
    expect([t.running.inbox.stats().known, t.running.store.read((db) => db.activities.length)]).toEqual([0, 0]);
    expect(await readFile(join(t.dataDir, 'events.jsonl'), 'utf8')).toBe('');
  });

  it('rejects a malformed body with 400 and a short reason', async () => {
    const res = await post('/feishu/events', '{"schema":');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'body is not JSON' });

    const envelope = t.emulator.messageEvent({ senderOpenId: t.openId('李明'), chatType: 'p2p', text: 'x' });
    delete (envelope.event as { message?: unknown }).message;
    const bad = await t.emulator.deliver(`${t.running.url}/feishu/events`, envelope, SECRETS);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('malformed message event');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await post('/feishu/events', JSON.stringify({ encrypt: 'A'.repeat(600 * 1024) }));
    expect(res.status).toBe(413);
  });

  // A declared length is checked from its header; a chunked body (no content-length) is counted as it arrives.
  it('counts a chunked body as it arrives: refused with 413 past the limit, read whole below it', async () => {
    const chunked = (chunks: string[]) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${t.running.url}/feishu/events`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        for (const c of chunks) req.write(c);
        req.end();
      });
    const big = await chunked(['{"encrypt":"', ...Array<string>(6).fill('A'.repeat(100 * 1024)), '"}']);
    expect(big.status).toBe(413);
    const challenge = JSON.stringify(t.emulator.urlVerification(SECRETS.verificationToken, 'ch-chunked'));
    const small = await chunked([challenge.slice(0, 10), challenge.slice(10)]);
    expect([small.status, JSON.parse(small.body)]).toEqual([200, { challenge: 'ch-chunked' }]);
  });

  it('shrugs off a delivery whose sender hangs up mid-body, and answers the next', async () => {
    await new Promise<void>((resolve) => {
      const req = request(`${t.running.url}/feishu/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"encrypt":"AAAA', () => setTimeout(() => req.destroy(), 50));
    });
    const res = await post('/feishu/events', JSON.stringify(t.emulator.urlVerification(SECRETS.verificationToken, 'ch-after-hangup')));
    expect([res.status, await res.json()]).toEqual([200, { challenge: 'ch-after-hangup' }]);
    expect(t.running.inbox.stats()).toMatchObject({ known: 0 });
  });

  it('acknowledges and ignores an event type it does not use', async () => {
    const envelope = {
      schema: '2.0',
      header: { event_id: 'unknown-1', event_type: 'contact.user.updated_v3', token: SECRETS.verificationToken, create_time: '1' },
      event: {},
    };
    const res = await t.emulator.deliver(`${t.running.url}/feishu/events`, envelope, SECRETS);
    expect(res.status).toBe(200);
    expect(t.running.inbox.stats().known).toBe(0);
  });
});

describe('people the bot does not know', () => {
  it('answers an unregistered sender politely, naming whom to ask, and records nothing', async () => {
    t.emulator.addUser({ openId: 'ou_stranger', name: '路人' });
    await t.say('ou_stranger', '今天和王建国进行了廉政谈话');
    await t.running.drain();
    expect(t.running.store.read((db) => db.activities)).toHaveLength(0);
    expect(t.texts()).toEqual([expect.stringMatching(/不在.*名单[\s\S]*黄志刚/)]);
  });
});

describe('help and the unknown', () => {
  it('帮助 answers with what the bot can do, with examples', async () => {
    await t.say('王芳', '帮助');
    await t.running.drain();
    expect(t.texts()[0]).toMatch(/使用帮助[\s\S]*本季度完成情况/);
  });

  it('anything else gets a short reply saying how to ask', async () => {
    await t.say('王芳', '天气怎么样');
    await t.running.drain();
    expect(t.texts()[0]).toMatch(/没看懂[\s\S]*帮助/);
  });
});

describe('health', () => {
  it('GET /healthz answers ok', async () => {
    const res = await fetch(`${t.running.url}/healthz`);
    expect(await res.json()).toMatchObject({ ok: true });
  });
});
