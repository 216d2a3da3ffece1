// The bot as a real process (npm start's entry point), killed with SIGKILL mid-work and started again on the same data.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openJournal } from '../../src/store/openJournal.js';
import { openStore } from '../../src/store/openStore.js';
import { waitFor } from '../support/longConnectionBot.js';
import { openIdOf, stopped, useProcessBot } from '../support/processBot.js';
import { SECRETS } from '../support/testBot.js';

const bot = useProcessBot({ prefix: 'crash' });
const startProcess = () => bot.spawn({}, { timeoutMs: 15_000 });
const killed = (proc: ChildProcess) => stopped(proc);

it('an event accepted but unfinished when the process dies is finished after restart: one record, one reply', async () => {
  // Feishu hangs on the reply, so the first process dies with the event accepted but not finished.
  bot.emulator.fail({ times: 1, kind: 'timeout', path: /\/reply$/, holdMs: 4000 });
  const first = await startProcess();
  const envelope = bot.emulator.messageEvent({ senderOpenId: openIdOf('王建国'), chatType: 'p2p', text: '今天和李明主任进行了廉政谈话' });
  const ack = await bot.emulator.deliver(`${first.url}/feishu/events`, envelope, SECRETS);
  expect(ack.status).toBe(200);
  await waitFor(() => bot.emulator.calls.some((c) => c.path.endsWith('/reply')), 'the reply was tried');
  await killed(first.proc);

  const second = await startProcess();
  // Replies only: from December (real time) the bot also tells the inspectors at start that next year's holiday
  // schedule is not known yet.
  const replies = () => bot.emulator.sent.filter((m) => m.kind === 'reply');
  await waitFor(() => replies().length >= 1, 'a reply');
  // Feishu may also redeliver: still one.
  await bot.emulator.deliver(`${second.url}/feishu/events`, envelope, SECRETS);
  await new Promise((r) => setTimeout(r, 4500)); // let the held first reply run out too
  await killed(second.proc);

  const store = await openStore(join(bot.dataDir, 'db.json'));
  expect(store.read((db) => db.activities.map((a) => [a.type, a.counterpartIds]))).toEqual([['talk_integrity', ['liming']]]);
  const journal = await openJournal(join(bot.dataDir, 'events.jsonl'));
  expect(journal.counts()).toEqual({ known: 1, pending: 0, done: 1, failed: 0 });
  await journal.close();
  expect(replies()).toHaveLength(1);
}, 40_000);
