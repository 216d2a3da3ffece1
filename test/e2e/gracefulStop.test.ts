// SIGTERM in both modes: stop taking events, finish every acknowledged one, flush the data file, close the connection, exit 0.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { createEmulator, type Emulator } from '../../src/emulator/createEmulator.js';
import { openJournal } from '../../src/store/openJournal.js';
import { openStore } from '../../src/store/openStore.js';
import { useBuiltBot } from '../support/builtBot.js';
import { FAST_CLIENT_CONFIG, WS_APP } from '../support/longConnectionBot.js';
import { spawnBot } from '../support/spawnBot.js';
import { SECRETS } from '../support/testBot.js';

const EVENTS = 30;
let emulator: Emulator;
let dataDir: string;
let child: ChildProcess | undefined;

useBuiltBot();
beforeEach(async () => {
  const config = loadConfig('config');
  emulator = createEmulator({
    ...WS_APP,
    verificationToken: SECRETS.verificationToken,
    users: config.directory.org.people.map((p) => ({ openId: p.openId!, name: p.name })),
    longConnection: { clientConfig: FAST_CLIENT_CONFIG },
  });
  await emulator.listen(0);
  dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-stop-'));
});
afterEach(async () => {
  child?.kill('SIGKILL');
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function start(mode: 'webhook' | 'ws'): Promise<{ proc: ChildProcess; url: string }> {
  const bot = await spawnBot({
    FEISHU_EVENT_MODE: mode,
    FEISHU_APP_ID: WS_APP.appId,
    FEISHU_APP_SECRET: WS_APP.appSecret,
    FEISHU_VERIFICATION_TOKEN: mode === 'webhook' ? SECRETS.verificationToken : '',
    FEISHU_ENCRYPT_KEY: mode === 'webhook' ? SECRETS.encryptKey : '',
    FEISHU_DOMAIN: emulator.url,
    DATA_DIR: dataDir,
  });
  child = bot.proc;
  return bot;
}

it.each(['webhook', 'ws'] as const)('%s: SIGTERM right after 30 acknowledgements finishes them all and exits 0', async (mode) => {
  const { proc, url } = await start(mode);
  if (mode === 'ws') await emulator.ws.waitForConnections(1);
  const people = loadConfig('config').directory.org.people.filter((p) => p.openId);
  const envelopes = Array.from({ length: EVENTS }, (_, i) =>
    emulator.messageEvent({ senderOpenId: people[i % people.length]!.openId!, chatType: 'p2p', text: `11月20日我组织学习《廉政手册第${i + 1}章》，参加${(i % 20) + 3}人` }),
  );
  const answers = await Promise.all(
    envelopes.map((e) => (mode === 'ws' ? emulator.ws.push(e) : emulator.deliver(`${url}/feishu/events`, e, SECRETS))),
  );
  expect(answers.map((a) => a.status)).toEqual(envelopes.map(() => 200));
  const code = await new Promise<number | null>((resolve) => {
    proc.once('exit', (c) => resolve(c));
    proc.kill('SIGTERM');
  });
  child = undefined;
  expect(code).toBe(0);
  if (mode === 'ws') expect(emulator.ws.connections).toBe(0);

  const store = await openStore(join(dataDir, 'db.json'));
  expect(store.read((db) => db.activities.length)).toBe(EVENTS);
  const journal = await openJournal(join(dataDir, 'events.jsonl'));
  expect(journal.counts()).toMatchObject({ known: EVENTS, pending: 0, done: EVENTS, failed: 0 });
  await journal.close();
  // One receipt per message; the bot may also send messages of its own at start (from December, the inspectors'
  // notice that next year's holiday schedule is not known yet), which are not replies.
  const replies = emulator.sent.filter((m) => m.kind === 'reply');
  expect(replies).toHaveLength(EVENTS);
  expect(new Set(replies.map((m) => m.replyTo)).size).toBe(EVENTS);
}, 90_000);
