// The bot as a real process (npm start's entry point), killed with SIGKILL mid-work and started again on the same data.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openJournal } from '../../src/store/openJournal.js';
import { openStore } from '../../src/store/openStore.js';
import { waitFor } from '../support/longConnectionBot.js';
import { openIdOf, stopped, useProcessBot } from '../support/processBot.js';
import { SECRETS } from '../support/testBot.js';

const bot = useProcessBot({ prefix: 'crash' });
// Ceilings, not timings: on a loaded machine (two cores, other suites) a start and a reply take several times their
// quiet figures, and the test is about what happens, not how fast.
const CEILING_MS = 120_000;
const startProcess = () => bot.spawn({}, { timeoutMs: CEILING_MS });
/** Whether the event journal holds a `done` mark (its lines are JSON with `t`; read while the bot appends to it). */
const doneMarked = (dataDir: string) => {
  const file = join(dataDir, 'events.jsonl');
  return existsSync(file) && readFileSync(file, 'utf8').includes('"t":"done"');
};
const killed = (proc: ChildProcess) => stopped(proc);

it('an event accepted but unfinished when the process dies is finished after restart: one record, one reply', async () => {
  // Feishu hangs on the reply, so the first process dies with the event accepted but not finished.
  bot.emulator.fail({ times: 1, kind: 'timeout', path: /\/reply$/, holdMs: 4000 });
  const first = await startProcess();
  const envelope = bot.emulator.messageEvent({ senderOpenId: openIdOf('王建国'), chatType: 'p2p', text: '今天和李明主任进行了廉政谈话' });
  const ack = await bot.emulator.deliver(`${first.url}/feishu/events`, envelope, SECRETS);
  expect(ack.status).toBe(200);
  await waitFor(() => bot.emulator.calls.some((c) => c.path.endsWith('/reply')), 'the reply was tried', CEILING_MS);
  await killed(first.proc);

  const second = await startProcess();
  // Replies only: from December (real time) the bot also tells the inspectors at start that next year's holiday
  // schedule is not known yet.
  const replies = () => bot.emulator.sent.filter((m) => m.kind === 'reply');
  await waitFor(() => replies().length >= 1, 'a reply', CEILING_MS);
  await waitFor(() => doneMarked(bot.dataDir), 'the done mark', CEILING_MS);
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
}, 4 * CEILING_MS);
