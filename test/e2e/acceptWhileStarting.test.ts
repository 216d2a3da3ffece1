// Deliveries that arrive while the bot is still loading its ledger: acknowledged (journalled) at once, processed once it is ready, once; also across a SIGKILL in that moment.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { openJournal } from '../../src/store/openJournal.js';
import { openStore } from '../../src/store/openStore.js';
import { spawnBot, LISTENING } from '../support/spawnBot.js';
import { SECRETS } from '../support/testBot.js';

const APP = { appId: 'cli_0123456789abcdef', appSecret: 'test-app-secret' };
/** The line main.ts prints once it listens while the bot is still starting. */
const ACCEPTING = /accepting events on (http:\/\/127\.0\.0\.1:\d+)/;
let emulator: Emulator;
let dataDir: string;
let child: ChildProcess | undefined;
const config = loadConfig('config');
const openIdOf = (name: string) => config.directory.org.people.find((p) => p.name === name)!.openId!;

beforeEach(async () => {
  emulator = createEmulator({ ...APP, verificationToken: SECRETS.verificationToken, users: config.directory.org.people.map((p) => ({ openId: p.openId!, name: p.name })) });
  await emulator.listen(0);
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-starting-'));
  // A version 2 db.json of 40,000 records: its migration keeps the bot starting long enough to deliver into.
  const person = config.directory.org.people[0]!;
  const activities = Array.from({ length: 40_000 }, (_, i) => ({
    id: `a${i}`,
    type: 'talk_integrity',
    date: `2025-0${1 + (i % 9)}-1${i % 10}`,
    reporter: person.openId!,
    actorId: person.id,
    counterpartIds: [config.directory.org.people[1]!.id],
    late: false,
    createdAt: '2025-10-01T00:00:00.000Z',
  }));
  const audit = activities.map((a) => ({ at: a.createdAt, by: a.reporter, action: 'create', activityId: a.id, after: a }));
  await writeFile(join(dataDir, 'db.json'), JSON.stringify({ version: 2, activities, audit, dialogs: [], outbox: [], settings: { remindersPaused: true } }));
});
afterEach(async () => {
  child?.kill('SIGKILL');
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

const env = () => ({
  FEISHU_APP_ID: APP.appId,
  FEISHU_APP_SECRET: APP.appSecret,
  FEISHU_VERIFICATION_TOKEN: SECRETS.verificationToken,
  FEISHU_ENCRYPT_KEY: SECRETS.encryptKey,
  FEISHU_DOMAIN: emulator.url,
  DATA_DIR: dataDir,
});

async function waitFor(ok: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const killed = (proc: ChildProcess) =>
  new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });

/** Delivers a report while /healthz still says the bot is starting; returns the delivery's status. */
async function deliverWhileStarting(url: string, envelope: Record<string, unknown>): Promise<number> {
  const health = (await fetch(`${url}/healthz`).then((r) => r.json())) as { ok: boolean; bot: { state: string } };
  expect(health).toMatchObject({ ok: true, bot: { state: 'starting' } });
  const ack = await emulator.deliver(`${url}/feishu/events`, envelope, SECRETS);
  // Still starting when it was acknowledged: it waited in the journal, not on the bot.
  expect(((await fetch(`${url}/healthz`).then((r) => r.json())) as { bot: { state: string } }).bot.state).toBe('starting');
  return ack.status;
}

it('a delivery during the start is acknowledged at once and processed once the ledger is loaded: one record, one reply', async () => {
  const bot = await spawnBot(env(), { ready: ACCEPTING, timeoutMs: 30_000 });
  child = bot.proc;
  const envelope = emulator.messageEvent({ senderOpenId: openIdOf('李明'), chatType: 'p2p', text: '今天和王建国副理事长进行了廉政谈话' });
  expect(await deliverWhileStarting(bot.url, envelope)).toBe(200);
  const replies = () => emulator.sent.filter((m) => m.kind === 'reply');
  await waitFor(() => replies().length >= 1);
  expect(((await fetch(`${bot.url}/healthz`).then((r) => r.json())) as { bot: { state: string } }).bot.state).toBe('ready');
  // Redelivered by Feishu: still one.
  await emulator.deliver(`${bot.url}/feishu/events`, envelope, SECRETS);
  await new Promise((r) => setTimeout(r, 500));
  await killed(bot.proc);
  const store = await openStore(join(dataDir, 'db.json'));
  expect(store.read((db) => db.activities.filter((a) => a.sourceEventId !== undefined).map((a) => [a.type, a.counterpartIds]))).toEqual([['talk_integrity', ['wangjianguo']]]);
  expect(store.read((db) => db.activities.length)).toBe(40_001);
  await store.close();
  expect(replies()).toHaveLength(1);
}, 90_000);

it('a delivery acknowledged during the start survives a SIGKILL before the bot was ready: processed once after the restart', async () => {
  const first = await spawnBot(env(), { ready: ACCEPTING, timeoutMs: 30_000 });
  child = first.proc;
  const envelope = emulator.messageEvent({ senderOpenId: openIdOf('李明'), chatType: 'p2p', text: '今天和王建国副理事长进行了廉政谈话' });
  expect(await deliverWhileStarting(first.url, envelope)).toBe(200);
  await killed(first.proc);
  expect(emulator.sent.filter((m) => m.kind === 'reply')).toHaveLength(0);

  const second = await spawnBot(env(), { ready: LISTENING, timeoutMs: 60_000 });
  child = second.proc;
  const replies = () => emulator.sent.filter((m) => m.kind === 'reply');
  await waitFor(() => replies().length >= 1);
  await new Promise((r) => setTimeout(r, 500));
  await killed(second.proc);
  const store = await openStore(join(dataDir, 'db.json'));
  expect(store.read((db) => db.activities.filter((a) => a.sourceEventId !== undefined).map((a) => [a.type, a.counterpartIds]))).toEqual([['talk_integrity', ['wangjianguo']]]);
  expect(store.read((db) => db.activities.length)).toBe(40_001);
  await store.close();
  const journal = await openJournal(join(dataDir, 'events.jsonl'));
  expect(journal.counts()).toMatchObject({ pending: 0, failed: 0 });
  await journal.close();
  expect(replies()).toHaveLength(1);
}, 120_000);

it('SIGTERM while the bot is starting waits for the start, finishes what was accepted and exits 0', async () => {
  const bot = await spawnBot(env(), { ready: ACCEPTING, timeoutMs: 30_000 });
  child = bot.proc;
  const envelope = emulator.messageEvent({ senderOpenId: openIdOf('李明'), chatType: 'p2p', text: '今天和王建国副理事长进行了廉政谈话' });
  expect(await deliverWhileStarting(bot.url, envelope)).toBe(200);
  const exited = new Promise<number | null>((resolve) => bot.proc.once('exit', (code) => resolve(code)));
  bot.proc.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(emulator.sent.filter((m) => m.kind === 'reply')).toHaveLength(1);
  const store = await openStore(join(dataDir, 'db.json'));
  expect(store.read((db) => db.activities.length)).toBe(40_001);
  await store.close();
}, 90_000);
