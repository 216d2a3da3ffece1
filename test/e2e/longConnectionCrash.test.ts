// The bot as a real process on the long connection, killed with SIGKILL in the middle of a burst of 200 events.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.js';
import { openJournal } from '../../src/store/openJournal.js';
import { openStore } from '../../src/store/openStore.js';
import { answeredMessageIds } from '../support/answeredMessageId.js';
import { waitFor } from '../support/longConnectionBot.js';
import { useProcessBot } from '../support/processBot.js';

const BURST = 200;
const WINDOW = 20;
const harness = useProcessBot({ prefix: 'ws-crash', mode: 'ws' });

async function startProcess(): Promise<ChildProcess> {
  // Only once the long connection is up: events pushed before would have nowhere to go.
  const bot = await harness.spawn({}, { ready: /listening on (http:\/\/127\.0\.0\.1:\d+) \(GET \/healthz; events over the long connection\)/ });
  return bot.proc;
}

const exited = (proc: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<number | null>((resolve) => {
    proc.once('exit', (code) => resolve(code));
    proc.kill(signal);
  });

it('SIGKILL during a burst of 200 pushed events: after a restart every acknowledged event is recorded exactly once', async () => {
  const people = loadConfig('config').directory.org.people.filter((p) => p.openId);
  const envelopes = Array.from({ length: BURST }, (_, i) =>
    harness.emulator.messageEvent({
      senderOpenId: people[i % people.length]!.openId!,
      chatType: 'p2p',
      text: `11月20日我组织观看警示教育片《廉政警示录第${i + 1}集》，参加${(i % 20) + 5}人`,
    }),
  );
  const titleOf = (i: number) => `廉政警示录第${i + 1}集`;

  const first = await startProcess();
  await harness.emulator.ws.waitForConnections(1);
  // Feishu pushes with several events in flight; the process is killed when half the burst is acknowledged.
  const acked = new Set<number>();
  let next = 0;
  let inFlight = 0;
  let killed = false;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      while (!killed && next < BURST && inFlight < WINDOW) {
        const i = next++;
        inFlight += 1;
        harness.emulator.ws
          .push(envelopes[i]!)
          // An answer that left the process before it died counts as acknowledged, even if it lands after the kill.
          .then((answer) => void (answer.status === 200 && acked.add(i)), () => {})
          .finally(() => {
            inFlight -= 1;
            if (!killed && acked.size >= BURST / 2) {
              killed = true;
              first.kill('SIGKILL');
              resolve();
            } else pump();
          });
      }
    };
    pump();
  });
  await new Promise<void>((resolve) => (first.exitCode !== null || first.signalCode !== null ? resolve() : first.once('exit', () => resolve())));
  // Let answers already on the wire land, then take stock.
  await waitFor(() => inFlight === 0, 'in-flight pushes settled', 15_000);
  const killedAt = acked.size;
  expect(killedAt).toBeGreaterThanOrEqual(BURST / 2);
  expect(killedAt).toBeLessThan(BURST);
  const repliedBeforeKill = answeredMessageIds(harness.emulator.sent).size;

  const second = await startProcess();
  await harness.emulator.ws.waitForConnections(1);
  // Feishu pushes again what was not acknowledged, and at least once more some of what was (at-least-once delivery).
  const again = envelopes.map((_, i) => i).filter((i) => !acked.has(i) || i % 10 === 0);
  for (let i = 0; i < again.length; i += 20) {
    const answers = await Promise.all(again.slice(i, i + 20).map((j) => harness.emulator.ws.push(envelopes[j]!)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
  }
  const messageIds = envelopes.map((e) => (e.event as { message: { message_id: string } }).message.message_id);
  // Answers only: from December the bot also sends the inspectors a notice of its own at start (next year's holidays).
  // A burst's receipts are part 回复消息, part 发送消息 into the member's chat (the spill when 回复消息 is full).
  await waitFor(() => answeredMessageIds(harness.emulator.sent).size === BURST, 'a reply to each of the 200 messages', 90_000);
  // Graceful stop (SIGTERM): finishes accepted work, flushes, exits 0.
  expect(await exited(second, 'SIGTERM')).toBe(0);

  const store = await openStore(join(harness.dataDir, 'db.json'));
  const titles = store.read((db) => db.activities.map((a) => a.title ?? ''));
  const counts = new Map<string, number>();
  for (const title of titles) counts.set(title, (counts.get(title) ?? 0) + 1);
  for (const i of acked) expect(counts.get(titleOf(i)), titleOf(i)).toBe(1);
  expect(titles).toHaveLength(BURST);
  expect(new Set(titles).size).toBe(BURST);
  const journal = await openJournal(join(harness.dataDir, 'events.jsonl'));
  expect(journal.counts()).toMatchObject({ pending: 0, failed: 0, known: BURST });
  await journal.close();
  expect(answeredMessageIds(harness.emulator.sent)).toEqual(new Set(messageIds));
  // Each answered once, whichever API carried it (a spilled reply replayed after the kill keeps 发送消息: replies-spilled.jsonl).
  const answers = harness.emulator.sent.filter((m) => answeredMessageIds([m]).size === 1);
  expect(answers).toHaveLength(BURST);
  console.log(`long-connection crash: ${killedAt} acknowledged at the kill, ${repliedBeforeKill} answered before it, ${again.length} pushed again`);
}, 150_000);
