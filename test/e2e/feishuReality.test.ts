// Issue 11: Feishu as it really behaves — who the bot is, repeated pushes, refused replies, posts with images,
// other bots, deep bodies, recalls, topic threads and old-style card callbacks — end to end over HTTP and the emulator.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MENTION_ALL, postContent } from '../../src/emulator/createEmulator.js';
import { startBot } from '../../src/main.js';
import { FEISHU_LIMITS } from '../../src/outbox/sendLimits.js';
import { encryptEvent, signEvent } from '../../src/transport/eventCrypto.js';
import { answeredMessageId } from '../support/answeredMessageId.js';
import { SECRETS, buttonValues, sentText, startTestBot, type TestBot } from '../support/testBot.js';

const TOPIC_GROUP = { chatId: 'oc_topicgroup', name: '机关党支部话题群', mode: 'topic' as const };

// Feishu as it is: Feishu's send limits, 5/s per chat included (other test bots lift that one: TEST_SEND_LIMITS).
let t: TestBot;
beforeEach(async () => {
  t = await startTestBot({ chats: [TOPIC_GROUP], sendLimits: FEISHU_LIMITS });
});
afterEach(() => t.close());

const activities = () => t.running.store.read((db) => db.activities);
const messageIdOf = (envelope: Record<string, unknown>) => (envelope.event as { message: { message_id: string } }).message.message_id;
async function say(from: string, text: string, opts: Parameters<TestBot['say']>[2] = {}) {
  const r = await t.say(from, text, opts);
  await t.running.drain();
  return r;
}
const botMention = () => ({ key: '@_user_1', openId: t.emulator.bot.openId, name: t.emulator.bot.name });

describe('1. the bot knows who it is (bot/v3/info)', () => {
  it('a group mention of someone outside the directory is not for the bot: nothing recorded, nothing said', async () => {
    await say('李明', '@_user_1 今天组织观看警示教育片《X》，参加12人', {
      chatType: 'group',
      chatId: 'oc_testgroup',
      mentions: [{ key: '@_user_1', openId: `ou_${'9'.repeat(32)}`, name: '外单位老王' }],
    });
    expect(activities()).toHaveLength(0);
    expect(t.emulator.sent).toHaveLength(0);
  });

  it('「@所有人」 alone is not for the bot, in a report or a question', async () => {
    await say('李明', '@_all 今天组织观看警示教育片《X》，参加12人', { chatType: 'group', chatId: 'oc_testgroup', mentions: [MENTION_ALL] });
    await say('张伟', '@_all 本季度完成情况', { chatType: 'group', chatId: 'oc_testgroup', mentions: [MENTION_ALL] });
    expect(activities()).toHaveLength(0);
    expect(t.emulator.sent).toHaveLength(0);
  });

  it('a mention carrying the open_id Feishu gave at start is answered, also beside 「@所有人」', async () => {
    await say('李明', '@_all @_user_1 今天组织观看警示教育片《X》，参加12人', {
      chatType: 'group',
      chatId: 'oc_testgroup',
      mentions: [MENTION_ALL, botMention()],
    });
    expect(activities()).toMatchObject([{ type: 'edu_warning', title: 'X', attendees: 12 }]);
    expect(t.emulator.sent).toHaveLength(1);
    expect(t.emulator.calls.filter((c) => c.path === '/open-apis/bot/v3/info')).toHaveLength(1);
    expect(t.logs).toContain(`bot identity: ${t.emulator.bot.name} ${t.emulator.bot.openId} (from bot/v3/info)`);
  });

  it('「@清风」 alone is answered as a call (我在…), not as a message the bot cannot read', async () => {
    await say('李明', '@_user_1', { chatType: 'group', chatId: 'oc_testgroup', mentions: [botMention()] });
    expect(sentText(t.emulator.sent.at(-1)!)).toMatch(/^我在。/);
    expect(activities()).toHaveLength(0);
  });

  it('the identity is cached (0600) and used when Feishu cannot be asked at the next start', async () => {
    const cache = join(t.dataDir, 'feishu-bot.json');
    expect(JSON.parse(await readFile(cache, 'utf8'))).toEqual({ openId: t.emulator.bot.openId, name: t.emulator.bot.name });
    expect((await stat(cache)).mode & 0o777).toBe(0o600);
    t.emulator.fail({ times: 10, kind: 'server_error', path: /bot\/v3\/info$/ });
    await t.restart();
    expect(t.logs.some((l) => l.startsWith('could not ask Feishu who the bot is') && l.includes(t.emulator.bot.openId))).toBe(true);
    await say('李明', '@_user_1 今天组织观看警示教育片《X》，参加12人', { chatType: 'group', chatId: 'oc_testgroup', mentions: [botMention()] });
    expect(activities()).toHaveLength(1);
  });
});

describe('2. the same message pushed twice under two event ids', () => {
  it('is recorded once and answered once; the reply uuid derives from the message id', async () => {
    const { envelope } = await say('王建国', '今天和李明主任进行了廉政谈话');
    const again = await t.redeliver(t.emulator.repushed(envelope));
    await t.running.drain();
    expect(again.status).toBe(200);
    expect(activities()).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
    expect(t.emulator.sent[0]!.uuid).toBe(`r-${messageIdOf(envelope)}-0`);
  });

  it('concurrent pushes, and a push after a restart, still give one record and one receipt', async () => {
    const envelope = t.emulator.messageEvent({ senderOpenId: t.openId('王建国'), chatType: 'p2p', text: '昨天组织观看警示教育片《贪毁人生》，参加23人' });
    const answers = await Promise.all([envelope, t.emulator.repushed(envelope), t.emulator.repushed(envelope)].map((e) => t.redeliver(e)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await t.running.drain();
    await t.restart();
    await t.redeliver(t.emulator.repushed(envelope));
    await t.running.drain();
    expect(activities()).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
  });
});

describe('3. replies go through the limiter and the retry policy', () => {
  it('one 429 on the receipt: one record, one receipt, never 「出错了」', async () => {
    t.emulator.fail({ times: 1, kind: 'rate_limit_429', path: /\/reply$/, resetSeconds: 1 });
    await say('王建国', '今天和李明主任进行了廉政谈话');
    expect(activities()).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
    expect(sentText(t.emulator.sent[0]!)).toMatch(/已记录 1 项/);
    expect(t.texts().join('\n')).not.toContain('出错');
  });

  it('two refusals in a row (230020, then a 5xx): the receipt still arrives, once', async () => {
    t.emulator.fail({ times: 1, kind: 'rate_limit_230020', path: /\/reply$/ });
    t.emulator.fail({ times: 1, kind: 'server_error', path: /\/reply$/ });
    await say('李明', '昨天组织观看警示教育片《贪毁人生》，参加23人');
    expect(activities()).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
    expect(sentText(t.emulator.sent[0]!)).toMatch(/已记录 1 项/);
    const replies = t.emulator.calls.filter((c) => c.path.endsWith('/reply'));
    expect(replies.map((c) => c.status)).toEqual([400, 500, 200]);
    // The same idempotency key on every try.
    expect(new Set(replies.map((c) => (c.body as { uuid?: string }).uuid)).size).toBe(1);
  });

  it('429 on every reply for 6 s while 10 members report: 10 records and 10 receipts, one each', async () => {
    const people = t.config.directory.org.people.filter((p) => p.openId).slice(0, 10);
    expect(people).toHaveLength(10);
    t.emulator.fail({ times: 0, forMs: 6000, kind: 'rate_limit_429', path: /\/reply$/, resetSeconds: 1 });
    const envelopes = await Promise.all(people.map((p, i) => t.say(p.name, `今天组织观看警示教育片《第${i + 1}课》，参加${i + 5}人`)));
    await t.running.drain();
    expect(activities()).toHaveLength(10);
    // With REPLY_SPILL=1 a p2p receipt not yet tried while 回复消息 answers 429 goes by 发送消息 into the member's chat
    // (round 66); one already refused keeps 回复消息 for its retries. Either way one receipt per report.
    const answered = answeredMessageId;
    const receipts = t.emulator.sent.filter((m) => answered(m) !== undefined);
    expect(receipts).toHaveLength(10);
    expect(new Set(receipts.map(answered))).toEqual(new Set(envelopes.map((e) => messageIdOf(e.envelope))));
    expect(receipts.filter((m) => m.kind === 'send').every((m) => m.receiveIdType === 'chat_id')).toBe(true);
    expect(t.texts().join('\n')).not.toContain('出错');
    // After the first 429 the shared limiter holds every reply back until the reset, so few tries are refused.
    expect(t.emulator.calls.some((c) => c.path.endsWith("/reply") && c.status === 429)).toBe(true);
  }, 60_000);
});

describe('3. replies respect Feishu’s 5/s per chat', () => {
  it('eight reports in one group at once: eight receipts, none refused with 230020', async () => {
    // The emulator measures its windows with the business clock: let it run in real time for this test.
    const base = t.clock.now.getTime() - Date.now();
    Object.defineProperty(t.clock, 'now', { get: () => new Date(base + Date.now()), configurable: true });
    t.emulator.rateLimit();
    const people = t.config.directory.org.people.filter((p) => p.openId).slice(0, 8);
    await Promise.all(
      people.map((p, i) =>
        t.say(p.name, `@_user_1 今天组织观看警示教育片《第${i + 1}课》，参加${i + 5}人`, { chatType: 'group', chatId: 'oc_testgroup', mentions: [botMention()] }),
      ),
    );
    await t.running.drain();
    expect(activities()).toHaveLength(8);
    expect(t.emulator.sent.filter((m) => m.kind === 'reply')).toHaveLength(8);
    expect(t.emulator.calls.filter((c) => c.code === 230020)).toHaveLength(0);
  }, 30_000);
});

describe('3. a reply Feishu holds past the client timeout', () => {
  it('is tried again with the same uuid; Feishu sent the first one late, and the member still sees one receipt', async () => {
    await t.close();
    t = await startTestBot({ feishuTimeoutMs: 800, sendLimits: FEISHU_LIMITS });
    t.emulator.fail({ times: 1, kind: 'timeout', path: /\/reply$/, holdMs: 1500 });
    const { envelope } = await say('王建国', '今天和李明主任进行了廉政谈话');
    // The held request completes after the retry did; wait for the emulator to have answered it.
    for (let i = 0; i < 100 && t.emulator.calls.filter((c) => c.path.endsWith('/reply')).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(activities()).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
    expect(t.emulator.sent[0]).toMatchObject({ replyTo: messageIdOf(envelope), uuid: `r-${messageIdOf(envelope)}-0` });
    // Tried twice, with one idempotency key: Feishu's uuid de-duplication is what keeps it to one message.
    const tries = t.emulator.calls.filter((c) => c.path.endsWith('/reply'));
    expect(tries.map((c) => (c.body as { uuid?: string }).uuid)).toEqual([`r-${messageIdOf(envelope)}-0`, `r-${messageIdOf(envelope)}-0`]);
    expect(t.texts().join('\n')).not.toContain('出错');
  }, 30_000);
});

describe('6. images inside a rich-text post are evidence', () => {
  it('a photo with a caption within 30 minutes of a report is attached to it', async () => {
    await say('李明', '今天组织观看警示教育片《贪毁人生》，参加23人');
    t.clock.now = new Date(t.clock.now.getTime() + 10 * 60_000);
    const key = `img_v3_02${randomBytes(8).toString('hex')}`;
    await say('李明', '', { messageType: 'post', content: postContent('现场照片', [[{ text: '观影现场' }], [{ imageKey: key }]]) });
    expect(activities()[0]!.evidence).toMatchObject([{ kind: 'image', key }]);
    expect(t.texts().at(-1)).toMatch(/已将图片作为证据附到[\s\S]*警示教育/);
  });

  it('a post that is only an image, and a post with two images (both attached), likewise', async () => {
    await say('王建国', '今天和李明进行了廉政谈话');
    await say('王建国', '', { messageType: 'post', content: { zh_cn: postContent('', [[{ imageKey: 'img_v3_only' }]]) } });
    await say('王建国', '', { messageType: 'post', content: postContent('签到表', [[{ imageKey: 'img_v3_a' }, { text: '两页' }, { imageKey: 'img_v3_b' }]]) });
    expect(activities()[0]!.evidence!.map((e) => e.key)).toEqual(['img_v3_only', 'img_v3_a', 'img_v3_b']);
    expect(t.texts().at(-1)).toMatch(/已将2 张图片作为证据/);
  });

  it('a post with an image long after any report is not evidence', async () => {
    await say('李明', '今天组织观看警示教育片《贪毁人生》，参加23人');
    t.clock.now = new Date(t.clock.now.getTime() + 31 * 60_000);
    await say('李明', '', { messageType: 'post', content: postContent('', [[{ imageKey: 'img_v3_late' }]]) });
    expect(activities()[0]!.evidence).toBeUndefined();
  });
});

describe('7. what is not for the bot is acknowledged, not refused', () => {
  it('a message from another bot (sender_type app, sender_id {}) gets 200 and is ignored', async () => {
    const envelope = t.emulator.messageEvent({
      senderOpenId: 'ou_unused',
      senderType: 'app',
      chatType: 'group',
      chatId: 'oc_testgroup',
      text: '@_user_1 今天组织观看警示教育片《X》，参加12人',
      mentions: [botMention()],
    });
    expect((envelope.event as { sender: { sender_id: object } }).sender.sender_id).toEqual({});
    const answer = await t.redeliver(envelope);
    await t.running.drain();
    expect(answer.status).toBe(200);
    expect(activities()).toHaveLength(0);
    expect(t.emulator.sent).toHaveLength(0);
  });

  it('a signed event with a pathologically deep field gets 400, not 500', async () => {
    const envelope = t.emulator.messageEvent({ senderOpenId: t.openId('李明'), chatType: 'p2p', text: '帮助' });
    const plain = JSON.stringify(envelope).replace(/}$/, `,"extra":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`);
    const body = JSON.stringify({ encrypt: encryptEvent(plain, SECRETS.encryptKey) });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const res = await fetch(`${t.running.url}/feishu/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-lark-request-timestamp': timestamp,
        'x-lark-request-nonce': nonce,
        'x-lark-signature': signEvent(timestamp, nonce, SECRETS.encryptKey, body),
      },
      body,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'body nests more than 64 levels deep' });
  });
});

describe('8. a recalled report is withdrawn', () => {
  it('recalling the message withdraws its records (kept, marked, audited as recalled) and tells the member', async () => {
    const { envelope } = await say('王建国', '昨天分别与李明、孙丽进行了廉政谈话');
    expect(activities()).toHaveLength(2);
    const answer = await t.redeliver(t.emulator.recallEvent({ messageId: messageIdOf(envelope) }));
    await t.running.drain();
    expect(answer.status).toBe(200);
    expect(activities().every((a) => a.deletedAt && a.deletedBy === t.openId('王建国'))).toBe(true);
    const audit = t.running.store.read((db) => db.audit.filter((e) => e.action === 'delete'));
    expect(audit).toHaveLength(2);
    expect(audit.every((e) => (e as { reason?: string }).reason === 'recalled')).toBe(true);
    const told = t.emulator.sent.at(-1)!;
    expect(told).toMatchObject({ kind: 'send', receiveIdType: 'open_id', receiveId: t.openId('王建国') });
    expect(sentText(told)).toMatch(/您撤回了上报消息，对应的 2 条记录已撤销/);
    // The same recall pushed again changes nothing and says nothing more.
    const sentBefore = t.emulator.sent.length;
    await t.redeliver(t.emulator.repushed(t.emulator.recallEvent({ messageId: messageIdOf(envelope) })));
    await t.running.drain();
    expect(t.emulator.sent).toHaveLength(sentBefore);
  });

  it('a report completed by an answer is withdrawn when the answer is recalled', async () => {
    await say('王建国', '和李明主任进行了廉政谈话');
    const { envelope } = await say('王建国', '昨天');
    expect(activities()).toHaveLength(1);
    await t.redeliver(t.emulator.recallEvent({ messageId: messageIdOf(envelope) }));
    await t.running.drain();
    expect(activities()[0]!.deletedAt).toBeDefined();
    expect(sentText(t.emulator.sent.at(-1)!)).toMatch(/对应的 1 条记录已撤销/);
  });

  it('a report recorded after 确认 on its card is withdrawn when the report is recalled', async () => {
    const { envelope } = await say('李娟', '11月6日，张伟书记到财务科与孙丽、王强逐一进行廉政谈话');
    expect(sentText(t.emulator.sent.at(-1)!)).toMatch(/请确认/);
    await say('李娟', '确认');
    expect(activities()).toHaveLength(2);
    await t.redeliver(t.emulator.recallEvent({ messageId: messageIdOf(envelope) }));
    await t.running.drain();
    expect(activities().every((a) => a.deletedAt)).toBe(true);
    expect(sentText(t.emulator.sent.at(-1)!)).toMatch(/对应的 2 条记录已撤销/);
  });

  it('recalling a message that created nothing is ignored', async () => {
    await say('王建国', '今天和李明进行了廉政谈话');
    const { envelope } = await say('王建国', '帮助');
    const sentBefore = t.emulator.sent.length;
    await t.redeliver(t.emulator.recallEvent({ messageId: messageIdOf(envelope) }));
    await t.running.drain();
    expect(t.emulator.sent).toHaveLength(sentBefore);
    expect(activities().filter((a) => a.deletedAt)).toHaveLength(0);
  });
});

describe('9. in a topic group, sends caused by a card click stay in the topic', () => {
  it('the follow-up after a 填报 click on 我的任务 lands in the member’s topic', async () => {
    const { envelope } = await say('王建国', '@_user_1 我的任务', { chatType: 'group', chatId: TOPIC_GROUP.chatId, mentions: [botMention()] });
    const topic = (envelope.event as { message: { thread_id?: string } }).message.thread_id;
    expect(topic).toMatch(/^omt_/);
    const card = t.emulator.sent.at(-1)!;
    expect(card.threadId).toBe(topic);
    const fill = buttonValues(card.content).find((v) => v.action === 'report_duty');
    expect(fill).toBeDefined();
    const answer = await t.click('王建国', card.messageId, fill!);
    expect(answer.status).toBe(200);
    const followUp = t.emulator.sent.at(-1)!;
    expect(followUp.messageId).not.toBe(card.messageId);
    expect(followUp.threadId).toBe(topic);
  });
});

describe('10. an old-style card callback', () => {
  it('is refused with a log line saying to switch the console to card.action.trigger, not a token mismatch', async () => {
    const old = {
      open_id: t.openId('李明'),
      user_id: 'liming01',
      open_message_id: 'om_0123456789abcdef0123456789abcdef',
      open_chat_id: 'oc_testgroup',
      tenant_key: '736588c9260f175e',
      token: `c-${randomBytes(20).toString('hex')}`,
      action: { value: { action: 'undo' }, tag: 'button' },
    };
    const answer = await t.emulator.deliver(`${t.running.url}/feishu/card`, old, SECRETS);
    expect(answer.status).toBe(400);
    const line = t.logs.find((l) => l.startsWith('rejected delivery'));
    expect(line).toMatch(/card\.action\.trigger_v1[\s\S]*card\.action\.trigger/);
    expect(t.logs.join('\n')).not.toContain('verification token mismatch');
  });
});

describe('the demo: npm run say --image and --recall', () => {
  it('a photo with a caption becomes evidence and a recall withdraws the report, through /_demo', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-demo-'));
    const running = await startBot({
      env: { port: 0, host: '127.0.0.1', dataDir, configDir: 'config', emulatorPort: 0, retainReportText: false },
      log: () => {},
      scheduler: false,
    });
    try {
      const demo = running.emulator!.url!;
      const post = (path: string, body: object) =>
        fetch(`${demo}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect((await post('/_demo/say', { from: '李明', text: '今天组织观看警示教育片《贪毁人生》，参加23人' })).status).toBe(200);
      await running.drain();
      expect((await post('/_demo/say', { from: '李明', text: '观影现场', image: true })).status).toBe(200);
      await running.drain();
      const [record] = running.store.read((db) => db.activities);
      expect(record!.evidence).toMatchObject([{ kind: 'image', key: expect.stringMatching(/^img_v3_/) }]);
      // --recall without an id recalls the last message said: the photo, which created nothing.
      expect((await post('/_demo/recall', {})).status).toBe(200);
      await running.drain();
      expect(running.store.read((db) => db.activities.filter((a) => a.deletedAt))).toHaveLength(0);
      expect((await post('/_demo/recall', { messageId: record!.sourceMessageId })).status).toBe(200);
      await running.drain();
      expect(running.store.read((db) => db.activities.filter((a) => a.deletedAt))).toHaveLength(1);
      const sent = (await (await fetch(`${demo}/_demo/sent?after=0`)).json()) as { messages: { text: string }[] };
      expect(sent.messages.at(-1)!.text).toContain('您撤回了上报消息');
      // A recalled message is gone from the chat: no second recall, as in the Feishu client.
      const twice = await post('/_demo/recall', { messageId: record!.sourceMessageId });
      expect(twice.status).toBe(409);
      expect(((await twice.json()) as { error: string }).error).toContain('recalled already');
    } finally {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
