// npm start's shape (issue 14): the process acknowledges on its main thread and the bot works on its own thread
// (src/thread/); a card callback is answered in the HTTP response with what the bot thread built.
import { readFile, rm } from 'node:fs/promises';
import { getPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { BOT_THREAD_NICE } from '../../src/thread/botThreadNice.js';
import { waitFor } from '../support/longConnectionBot.js';
import { openIdOf, useProcessBot } from '../support/processBot.js';
import { buttonValues, cardText, SECRETS } from '../support/testBot.js';

const PROBE = pathToFileURL(resolve('test/support/threadProbe.mjs')).href;
const harness = useProcessBot({ prefix: 'thread' });

// Both ways the bot runs: `npm start`'s bundle (a file worker, which runs the process's preloads itself) and
// `npm run start:dev`'s tsx (an eval worker that registers tsx and imports the preloads first).
it.each(['built', 'source'] as const)('%s: a message is acknowledged on the main thread and worked on the bot thread; a card click gets the bot thread’s card; SIGTERM drains it', async (entry) => {
  const probeFile = join(harness.dataDir, '..', `${harness.dataDir.split('/').at(-1)}-probe.jsonl`);
  const bot = await harness.spawn(
    { THREAD_PROBE_FILE: probeFile },
    // tsx's start costs ~4× the bundle's CPU (test/support/builtBot.ts): on a busy machine it overran 20 s.
    { timeoutMs: entry === 'source' ? 45_000 : 20_000, nodeFlags: ['--import', PROBE], entry },
  );
  // The store's health comes from the bot thread.
  expect(await fetch(`${bot.url}/healthz`).then((r) => r.json())).toMatchObject({ ok: true, mode: 'webhook', store: { ok: true } });

  // A news-style report: the bot asks for confirmation on a card.
  const sender = openIdOf('孙杰');
  const envelope = harness.emulator.messageEvent({ senderOpenId: sender, chatType: 'p2p', text: '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》' });
  const ack = await harness.emulator.deliver(`${bot.url}/feishu/events`, envelope, SECRETS);
  expect(ack.status).toBe(200);
  // Replies only: from December the bot also sends the inspectors a notice of its own at start (next year's holidays).
  await waitFor(() => harness.emulator.sent.some((m) => m.kind === 'reply'), 'the card');
  const card = harness.emulator.sent.find((m) => m.kind === 'reply')!;
  expect(buttonValues(card.content)).toContainEqual({ action: 'answer', text: '确认', card: expect.any(String) });

  const click = harness.emulator.cardActionEvent({ operatorOpenId: sender, messageId: card.messageId, value: { action: 'answer', text: '确认' } });
  const answer = (await harness.emulator.deliver(`${bot.url}/feishu/card`, click, SECRETS)) as { status: number; body: { card?: { data: object } } };
  expect(answer.status).toBe(200);
  expect(cardText(answer.body.card!.data)).toMatch(/已记录 1 项[\s\S]*廉政党课/);

  // A graceful stop: the process exits 0 and the record is on disk, once.
  const exited = new Promise<number | null>((r) => bot.proc.once('exit', (code) => r(code)));
  bot.proc.kill('SIGTERM');
  expect(await exited).toBe(0);
  // Where each part ran (read after the exit: a server's 'finish' may come after the client read the answer): the inbox
  // starts the work and the server answers on the main thread (0); the bot hands its reply to the sender, and Feishu
  // answers it, on the bot thread.
  const lines = (await readFile(probeFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { thread: number; step?: string; answered?: string; nice?: number });
  const messageId = String((envelope.event as { message: { message_id: string } }).message.message_id);
  const threadsOf = (pick: (l: (typeof lines)[number]) => boolean) => [...new Set(lines.filter(pick).map((l) => l.thread))];
  expect(threadsOf((l) => l.answered === '/feishu/events')).toEqual([0]);
  expect(threadsOf((l) => l.answered === '/feishu/card')).toEqual([0]);
  expect(threadsOf((l) => l.step === 'start' && (l as { id?: string }).id === messageId)).toEqual([0]);
  const botThreads = threadsOf((l) => (l.step === 'handed' || l.step === 'sent') && (l as { id?: string }).id === messageId);
  expect(botThreads).toHaveLength(1);
  expect(botThreads[0]).not.toBe(0);
  // The bot thread marks the event's arrival from the acknowledging thread (the scale bench's hop and bot-thread split),
  // after the inbox started it and before the reply was handed over.
  const ofMessage = lines.filter((l) => (l as { id?: string }).id === messageId && l.step !== undefined).map((l) => l.step);
  expect(threadsOf((l) => l.step === 'received' && (l as { id?: string }).id === messageId)).toEqual(botThreads);
  expect(ofMessage.indexOf('received')).toBeGreaterThan(ofMessage.indexOf('start'));
  expect(ofMessage.indexOf('received')).toBeLessThan(ofMessage.indexOf('handed'));
  // The bot thread at its own lower priority (Linux: a thread's nice value is its own); the acknowledging thread keeps
  // the process's (inherited from this one).
  const onBot = lines.filter((l) => l.thread === botThreads[0] && (l.step === 'handed' || l.step === 'sent'));
  expect(onBot.length).toBeGreaterThan(0);
  if (process.platform === 'linux') expect(new Set(onBot.map((l) => l.nice))).toEqual(new Set([BOT_THREAD_NICE]));
  const onMain = lines.filter((l) => l.thread === 0 && l.step === 'start');
  expect(onMain.length).toBeGreaterThan(0);
  expect(new Set(onMain.map((l) => l.nice))).toEqual(new Set([getPriority()]));

  const store = await openStore(join(harness.dataDir, 'db.json'));
  expect(store.read((db) => db.activities.map((a) => [a.type, a.date.slice(5), a.actorId]))).toEqual([['edu_lecture', '11-09', 'zhangwei']]);
  await store.close();
  await rm(probeFile, { force: true });
}, 90_000);
