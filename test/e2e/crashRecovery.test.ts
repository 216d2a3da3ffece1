// The bot as a real process (npm start's entry point), killed with SIGKILL mid-work and started again on the same data.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { openJournal } from '../../src/store/openJournal.js';
import { openStore } from '../../src/store/openStore.js';
import { spawnBot } from '../support/spawnBot.js';
import { SECRETS } from '../support/testBot.js';

const APP = { appId: 'cli_0123456789abcdef', appSecret: 'test-app-secret' };
let emulator: Emulator;
let dataDir: string;
let child: ChildProcess | undefined;

beforeEach(async () => {
  const config = loadConfig('config');
  emulator = createEmulator({ ...APP, verificationToken: SECRETS.verificationToken, users: config.directory.org.people.map((p) => ({ openId: p.openId!, name: p.name })) });
  await emulator.listen(0);
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-crash-'));
});
afterEach(async () => {
  child?.kill('SIGKILL');
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function startProcess(): Promise<{ proc: ChildProcess; url: string }> {
  const bot = await spawnBot(
    {
      FEISHU_APP_ID: APP.appId,
      FEISHU_APP_SECRET: APP.appSecret,
      FEISHU_VERIFICATION_TOKEN: SECRETS.verificationToken,
      FEISHU_ENCRYPT_KEY: SECRETS.encryptKey,
      FEISHU_DOMAIN: emulator.url,
      DATA_DIR: dataDir,
    },
    { timeoutMs: 15_000 },
  );
  child = bot.proc;
  return bot;
}

const killed = (proc: ChildProcess) =>
  new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });

it('an event accepted but unfinished when the process dies is finished after restart: one record, one reply', async () => {
  // Feishu hangs on the reply, so the first process dies with the event accepted but not finished.
  emulator.fail({ times: 1, kind: 'timeout', path: /\/reply$/, holdMs: 4000 });
  const first = await startProcess();
  const envelope = emulator.messageEvent({ senderOpenId: (await lookup('李明')), chatType: 'p2p', text: '今天和王建国副理事长进行了廉政谈话' });
  const ack = await emulator.deliver(`${first.url}/feishu/events`, envelope, SECRETS);
  expect(ack.status).toBe(200);
  await waitFor(() => emulator.calls.some((c) => c.path.endsWith('/reply')));
  await killed(first.proc);

  const second = await startProcess();
  // Replies only: from December (real time) the bot also tells the inspectors at start that next year's holiday
  // schedule is not known yet.
  const replies = () => emulator.sent.filter((m) => m.kind === 'reply');
  await waitFor(() => replies().length >= 1);
  // Feishu may also redeliver: still one.
  await emulator.deliver(`${second.url}/feishu/events`, envelope, SECRETS);
  await new Promise((r) => setTimeout(r, 4500)); // let the held first reply run out too
  await killed(second.proc);

  const store = await openStore(join(dataDir, 'db.json'));
  expect(store.read((db) => db.activities.map((a) => [a.type, a.counterpartIds]))).toEqual([['talk_integrity', ['wangjianguo']]]);
  const journal = await openJournal(join(dataDir, 'events.jsonl'));
  expect(journal.counts()).toEqual({ known: 1, pending: 0, done: 1, failed: 0 });
  await journal.close();
  expect(replies()).toHaveLength(1);
}, 40_000);

async function lookup(name: string): Promise<string> {
  return loadConfig('config').directory.org.people.find((p) => p.name === name)!.openId!;
}

async function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
