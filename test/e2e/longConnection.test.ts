// FEISHU_EVENT_MODE=ws end to end: the real WSClient against the emulator's gateway, the same inbox as the webhook.
import { afterEach, describe, expect, it } from 'vitest';
import { sentText, buttonValues, cardText } from '../support/testBot.js';
import { startWsBot, waitFor, WS_APP, type WsBot } from '../support/longConnectionBot.js';
import { LongConnectionError } from '../../src/feishu/LongConnectionError.js';
import { encryptEvent } from '../../src/transport/eventCrypto.js';
import { createEmulator } from '../../src/emulator/createEmulator.js';
import { startBot } from '../../src/main.js';
import { loadConfig } from '../../src/config/loadConfig.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let t: WsBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const activities = (b: WsBot) => b.running.store.read((db) => db.activities.filter((a) => !a.deletedAt));
const health = async (b: WsBot) => (await (await fetch(`${b.running.url}/healthz`)).json()) as Record<string, unknown>;

describe('messages over the long connection', () => {
  it('a report is journaled before the answer frame, then recorded and answered once', async () => {
    t = await startWsBot();
    const answer = await t.say('王建国', '今天和李明主任进行了廉政谈话');
    expect(answer).toMatchObject({ status: 200, body: {} });
    // The answer frame goes back only after the event is on disk.
    expect(t.running.inbox.stats().known).toBe(1);
    await t.running.drain();
    expect(activities(t).map((a) => [a.type, a.counterpartIds])).toEqual([['talk_integrity', ['liming']]]);
    expect(t.emulator.sent).toHaveLength(1);
    expect(sentText(t.emulator.sent[0]!)).toContain('已记录 1 项');
  });

  it('the same event pushed twice (Feishu redelivers) is recorded and answered once', async () => {
    t = await startWsBot();
    const first = await t.say('李明', '11月20日组织观看警示教育片《贪毁人生》，参加23人');
    const again = await t.emulator.ws.push(first.envelope);
    expect(again.status).toBe(200);
    await t.running.drain();
    expect(activities(t)).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
  });

  it('many members at once: each answered once, in any order', async () => {
    t = await startWsBot();
    const names = ['李明', '孙丽', '周涛', '吴静', '郑华', '王磊', '冯雪', '何平'];
    const answers = await Promise.all(names.map((n, i) => t!.say(n, `11月${10 + i}日组织学习《中国共产党纪律处分条例》，参加${10 + i}人`)));
    expect(answers.map((a) => a.status)).toEqual(names.map(() => 200));
    await t.running.drain();
    expect(activities(t)).toHaveLength(names.length);
    expect(new Set(t.emulator.sent.map((m) => m.replyTo)).size).toBe(names.length);
  });

  it('an event split over several frames (sum/seq) is put back together', async () => {
    t = await startWsBot();
    const answer = await t.say('王建国', '今天和李明主任进行了廉政谈话', { fragmentBytes: 37 });
    expect(answer.status).toBe(200);
    await t.running.drain();
    expect(activities(t).map((a) => a.counterpartIds)).toEqual([['liming']]);
  });

  it('a question is answered with the completion card', async () => {
    t = await startWsBot();
    await t.say('张伟', '本季度完成情况');
    await t.running.drain();
    expect(sentText(t.emulator.sent.at(-1)!)).toContain('完成情况');
  });

  it('an encrypted push ({"encrypt": …}) is read with FEISHU_ENCRYPT_KEY; without the key it is not acknowledged', async () => {
    const key = 'ws-encrypt-key';
    t = await startWsBot({ encryptKey: key });
    const envelope = t.emulator.messageEvent({ senderOpenId: t.openId('王建国'), chatType: 'p2p', text: '今天和李明主任进行了廉政谈话' });
    const answer = await t.emulator.ws.push({ encrypt: encryptEvent(JSON.stringify(envelope), key) });
    expect(answer.status).toBe(200);
    await t.running.drain();
    expect(activities(t)).toHaveLength(1);
    await t.close();
    t = await startWsBot();
    const refused = await t.emulator.ws.push({ encrypt: encryptEvent(JSON.stringify(envelope), key) });
    expect(refused.status).toBe(500);
    expect(t.logs.some((l) => l.includes('FEISHU_ENCRYPT_KEY is not set'))).toBe(true);
    expect(t.running.inbox.stats().known).toBe(0);
  });

  it('events the bot does not use are acknowledged and ignored', async () => {
    t = await startWsBot();
    const answer = await t.emulator.ws.push({
      schema: '2.0',
      header: { event_id: 'ev_other_1', event_type: 'im.message.message_read_v1', create_time: '1', app_id: WS_APP.appId },
      event: { reader: {} },
    });
    expect(answer.status).toBe(200);
    await t.running.drain();
    expect(t.emulator.sent).toHaveLength(0);
  });
});

describe('card callbacks over the long connection', () => {
  it('撤销 on a receipt: the answer frame carries the toast and the updated card', async () => {
    t = await startWsBot();
    await t.say('王建国', '今天和李明进行了廉政谈话');
    await t.running.drain();
    const receipt = t.emulator.sent.at(-1)!;
    const undo = buttonValues(receipt.content).find((v) => v.action === 'undo')!;
    const click = t.emulator.cardActionEvent({ operatorOpenId: t.openId('王建国'), messageId: receipt.messageId, value: undo });
    const answer = (await t.emulator.ws.push(click)) as { status: number; body: { toast?: { type: string }; card?: { data: object } } };
    expect(answer.status).toBe(200);
    expect(answer.body.toast?.type).toBe('success');
    expect(cardText(answer.body.card!.data)).toContain('已撤销');
    expect(activities(t)).toHaveLength(0);
  });

  it('someone else clicking gets a warning toast and nothing changes; a repeated click is answered empty', async () => {
    t = await startWsBot();
    await t.say('王建国', '今天和李明进行了廉政谈话');
    await t.running.drain();
    const receipt = t.emulator.sent.at(-1)!;
    const undo = buttonValues(receipt.content).find((v) => v.action === 'undo')!;
    const click = t.emulator.cardActionEvent({ operatorOpenId: t.openId('孙丽'), messageId: receipt.messageId, value: undo });
    const refused = (await t.emulator.ws.push(click)) as { body: { toast?: { type: string; content: string } } };
    expect(refused.body.toast).toMatchObject({ type: 'warning', content: expect.stringContaining('自己') });
    expect(await t.emulator.ws.push(click)).toEqual({ status: 200, body: {} });
    expect(activities(t)).toHaveLength(1);
  });

  it('a one-tap answer on a question card completes the report', async () => {
    t = await startWsBot();
    await t.say('王建国', '和李明主任进行了廉政谈话');
    await t.running.drain();
    const question = t.emulator.sent.at(-1)!;
    const today = buttonValues(question.content).find((v) => v.action === 'answer' && v.text === '今天')!;
    const click = t.emulator.cardActionEvent({ operatorOpenId: t.openId('王建国'), messageId: question.messageId, value: today });
    const answer = await t.emulator.ws.push(click);
    expect(answer.status).toBe(200);
    await t.running.drain();
    expect(activities(t).map((a) => a.date)).toEqual(['2026-11-22']);
  });
});

describe('connection health and reconnects', () => {
  it('/healthz reports the mode and the connection; the client pings and gets the pong config', async () => {
    t = await startWsBot();
    expect(await health(t)).toMatchObject({ ok: true, mode: 'ws', connection: { ok: true, state: 'connected' }, store: { ok: true } });
    await waitFor(() => t!.emulator.ws.pings >= 1, 'a ping frame');
  });

  it('the gateway drops the connection: one log line with the reason, the bot comes back and keeps working', async () => {
    t = await startWsBot();
    expect(t.emulator.ws.drop()).toBe(1);
    await waitFor(() => t!.logs.some((l) => l.includes('long connection restored')), 'reconnected');
    await t.emulator.ws.waitForConnections(1);
    const lost = t.logs.filter((l) => l.includes('long connection lost'));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatch(/长连接断开，正在重连 \/ long connection lost, reconnecting: .+/);
    const answer = await t.say('王建国', '今天和李明主任进行了廉政谈话');
    expect(answer.status).toBe(200);
    await t.running.drain();
    expect(activities(t)).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
    expect(await health(t)).toMatchObject({ ok: true, connection: { ok: true, state: 'connected' } });
  });

  it('the gateway is busy for a while after a drop: several attempts, still one lost line and one restored line', async () => {
    t = await startWsBot();
    t.emulator.ws.busyFor(3);
    t.emulator.ws.drop();
    await waitFor(() => t!.logs.some((l) => l.includes('long connection restored')), 'reconnected after the busy answers');
    expect(t.logs.filter((l) => l.includes('long connection lost'))).toHaveLength(1);
    expect(t.logs.filter((l) => l.includes('long connection restored'))).toHaveLength(1);
    await t.emulator.ws.waitForConnections(1);
    expect((await t.say('王建国', '今天和李明主任进行了廉政谈话')).status).toBe(200);
  });

  it('three drops in a row: three lost lines, three restored lines, still one connection', async () => {
    t = await startWsBot();
    for (let i = 1; i <= 3; i++) {
      await t.emulator.ws.waitForConnections(1);
      t.emulator.ws.drop();
      await waitFor(() => t!.logs.filter((l) => l.includes('long connection restored')).length === i, `reconnect ${i}`);
    }
    expect(t.logs.filter((l) => l.includes('long connection lost'))).toHaveLength(3);
    await t.emulator.ws.waitForConnections(1);
    expect(t.emulator.ws.connections).toBe(1);
    expect((await t.say('孙丽', '本季度完成情况')).status).toBe(200);
  });

  it('an event pushed again after a reconnect (Feishu did not get the first answer) is still recorded once', async () => {
    t = await startWsBot();
    const first = await t.say('王建国', '今天和李明主任进行了廉政谈话');
    t.emulator.ws.drop();
    await waitFor(() => t!.logs.some((l) => l.includes('long connection restored')), 'reconnected');
    await t.emulator.ws.waitForConnections(1);
    expect((await t.emulator.ws.push(first.envelope)).status).toBe(200);
    await t.running.drain();
    expect(activities(t)).toHaveLength(1);
    expect(t.emulator.sent).toHaveLength(1);
  });

  it('stop(): the connection is closed and accepted work is finished', async () => {
    t = await startWsBot();
    await Promise.all(['李明', '孙丽', '周涛'].map((n) => t!.say(n, '今天组织观看警示教育片《贪毁人生》，参加12人')));
    const b = t;
    t = undefined;
    await b.running.stop();
    await waitFor(() => b.emulator.ws.connections === 0, 'socket closed');
    expect(b.running.connection?.state()).toBe('closed');
    expect(b.emulator.sent).toHaveLength(3);
    await b.emulator.close();
    await rm(b.dataDir, { recursive: true, force: true });
  });

  it('without a verification token the webhook stays shut: a delivery with an empty token is refused', async () => {
    t = await startWsBot();
    const envelope = t.emulator.messageEvent({ senderOpenId: t.openId('王建国'), chatType: 'p2p', text: '今天和李明进行了廉政谈话' });
    (envelope.header as { token: string }).token = '';
    const res = await t.emulator.deliver(`${t.running.url}/feishu/events`, envelope, { verificationToken: '' });
    expect(res.status).toBe(401);
    expect(t.running.inbox.stats().known).toBe(0);
  });
});

describe('start-up', () => {
  it('a secret the gateway refuses stops start-up with a Chinese and English message', async () => {
    const err = await startWsBot({ appSecret: 'not-the-secret' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LongConnectionError);
    expect((err as LongConnectionError).code).toBe('FEISHU_WS_REFUSED');
    expect((err as Error).message).toMatch(/飞书拒绝了长连接.*Feishu refused the long connection.*FEISHU_APP_SECRET/);
  });

  it('an app id the gateway does not know stops start-up too', async () => {
    const err = await startWsBot({ appId: 'cli_0000000000000001' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LongConnectionError);
    expect((err as Error).message).toMatch(/code 403/);
  });

  it('an app id that is not cli_ + 16 hex digits is refused before dialling (the SDK would do nothing, silently)', async () => {
    for (const appId of ['cli_a0000000000demo', 'cli_123', 'a1b2c3d4e5f60718', 'cli_a1b2c3d4e5f6071g', 'cli_a1b2c3d4e5f607180']) {
      const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-ws-id-'));
      const err = await startBot({
        env: { feishu: { appId, appSecret: 's', verificationToken: '', domain: 'http://127.0.0.1:9' }, eventMode: 'ws', port: 0, host: '127.0.0.1', dataDir, configDir: 'config', emulatorPort: 0, retainReportText: false },
        config: loadConfig('config'),
        log: () => {},
        scheduler: false,
      }).catch((e: unknown) => e);
      await rm(dataDir, { recursive: true, force: true });
      expect(err, appId).toBeInstanceOf(LongConnectionError);
      expect((err as Error).message, appId).toContain('cli_ 加 16 位十六进制数字');
    }
  });

  it('the connection is dialled while the bot starts (before: once it was ready), and is the one events then arrive on', async () => {
    const config = loadConfig('config');
    const emulator = createEmulator({
      ...WS_APP,
      users: config.directory.org.people.map((p) => ({ openId: p.openId!, name: p.name })),
      longConnection: { clientConfig: { PingInterval: 1, ReconnectInterval: 1, ReconnectNonce: 0, ReconnectCount: -1 } },
    });
    const domain = await emulator.listen(0);
    // The bot's start asks Feishu who it is (bot/v3/info): held 5 s, and the start with it.
    emulator.fail({ kind: 'timeout', times: 1, path: /\/bot\/v3\/info$/, holdMs: 5000 });
    const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-ws-early-'));
    const logs: string[] = [];
    let settled = false;
    const starting = startBot({
      env: { feishu: { ...WS_APP, verificationToken: '', domain }, eventMode: 'ws', port: 0, host: '127.0.0.1', dataDir, configDir: 'config', emulatorPort: 0, retainReportText: false },
      config,
      log: (l) => logs.push(l),
      scheduler: false,
      warmUp: false,
    }).finally(() => void (settled = true));
    try {
      await waitFor(() => emulator.ws.connections >= 1 || settled, 'a connection or the end of the start', 120_000);
      // Dialled before the bot knew who it is (its start's bot/v3/info still held).
      expect(logs.filter((l) => l.startsWith('bot identity'))).toEqual([]);
      expect(settled).toBe(false);
      const running = await starting;
      try {
        const person = config.directory.org.people.find((p) => p.name === '王建国')!;
        const answer = await emulator.ws.push(emulator.messageEvent({ senderOpenId: person.openId!, chatType: 'p2p', text: '今天和李明主任进行了廉政谈话' }));
        expect(answer).toMatchObject({ status: 200, body: {} });
        await running.drain();
        expect(emulator.sent.map(sentText)).toEqual([expect.stringContaining('已记录 1 项')]);
        expect(emulator.ws.connections).toBe(1);
      } finally {
        await running.stop();
      }
    } finally {
      await starting.then(() => {}, () => {});
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a gateway that cannot be reached: start-up carries on, /healthz says connecting', async () => {
    const config = loadConfig('config');
    const emulator = createEmulator({ ...WS_APP, longConnection: { clientConfig: { PingInterval: 1, ReconnectInterval: 1, ReconnectNonce: 0, ReconnectCount: -1 } } });
    const domain = await emulator.listen(0);
    await emulator.close(); // the port is now closed: nothing answers there
    const dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-ws-down-'));
    // A bot that ran before knows who it is (issue 11: with no cached identity and Feishu unreachable, start-up stops).
    await writeFile(join(dataDir, 'feishu-bot.json'), `${JSON.stringify({ openId: 'ou_bot_cached', name: '清风' })}\n`, { mode: 0o600 });
    const logs: string[] = [];
    const running = await startBot({
      env: { feishu: { ...WS_APP, verificationToken: '', domain }, eventMode: 'ws', port: 0, host: '127.0.0.1', dataDir, configDir: 'config', emulatorPort: 0, retainReportText: false },
      config,
      log: (l) => logs.push(l),
      scheduler: false,
    });
    try {
      const res = await fetch(`${running.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, mode: 'ws', connection: { ok: false, state: 'connecting' }, store: { ok: true } });
      expect(logs.some((l) => l.includes('long connection not up yet'))).toBe(true);
    } finally {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
