// npm start's shape under a flood (Linux, where the nice value can be set back): the bot thread goes to nice 19 while
// deliveries pour in and back to its own value once they stop, as /proc shows it; every delivery is acknowledged.
import { readdir, readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { prepareDelivery } from '../../src/emulator/deliver.js';
import { BOT_THREAD_NICE } from '../../src/thread/botThreadNice.js';
import { canRestoreNice } from '../../src/thread/canRestoreNice.js';
import { FLOOD_NICE } from '../../src/thread/floodPriority.js';
import { waitFor } from '../support/longConnectionBot.js';
import { loadTestConfig } from '../support/loadTestConfig.js';
import { useProcessBot } from '../support/processBot.js';
import { SECRETS } from '../support/testBot.js';

const harness = useProcessBot({ prefix: 'flood' });

/** Each thread's nice value (field 19 of /proc/<pid>/task/<tid>/stat), by thread id. */
async function nices(pid: number): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    if (stat) out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}

it.runIf(process.platform === 'linux' && canRestoreNice(BOT_THREAD_NICE))(
  'a flood of deliveries puts the bot thread at nice 19, and it is back at its own value once they stop',
  async () => {
    const bot = await harness.spawn({}, { timeoutMs: 60_000 });
    const pid = bot.proc.pid!;
    let current = new Map<number, number>();
    const poll = async () => void (current = await nices(pid));
    // The bot thread sets its own nice value as it starts; the acknowledging thread keeps the process's.
    await poll();
    const botThread = [...current].find(([, nice]) => nice === BOT_THREAD_NICE)?.[0];
    expect(botThread).toBeDefined();
    expect(current.get(pid)).not.toBe(BOT_THREAD_NICE);

    // Deliveries as fast as this process can send them (20 at a time), in batches, until /proc shows the flood's value:
    // a condition, not a rate, so a slow machine only needs more batches.
    const senders = loadTestConfig().directory.org.people.flatMap((p) => (p.openId ? [p.openId] : [])).slice(0, 8);
    let sent = 0;
    const statuses = new Set<number>();
    for (let batch = 0; batch < 40 && current.get(botThread!) !== FLOOD_NICE; batch++) {
      const ready = Array.from({ length: 200 }, (_, i) => {
        const n = sent + i;
        const envelope = harness.emulator.messageEvent({ senderOpenId: senders[n % senders.length]!, chatType: 'p2p', text: '帮助' });
        return prepareDelivery(envelope, SECRETS, new Date());
      });
      let next = 0;
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          while (next < ready.length) {
            const d = ready[next++]!;
            const res = await fetch(`${bot.url}/feishu/events`, { method: 'POST', headers: d.headers, body: d.body });
            statuses.add(res.status);
            await res.arrayBuffer();
          }
        }),
      );
      sent += ready.length;
      await poll();
    }
    expect(current.get(botThread!)).toBe(FLOOD_NICE);
    expect([...statuses]).toEqual([200]);
    // Only that thread: the acknowledging thread's value is untouched.
    expect(current.get(pid)).not.toBe(FLOOD_NICE);

    // Nothing more arrives: within about a second of calm the thread has its own value again.
    let back = false;
    await waitFor(() => {
      void poll().then(() => (back = current.get(botThread!) === BOT_THREAD_NICE));
      return back;
    }, 'the bot thread back at its own nice value', 30_000);
  },
  180_000,
);
