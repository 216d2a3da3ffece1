// A message whose record reached the ledger but whose event was not yet marked done when the process died is
// processed again at the next start (src/transport/createInbox.ts): it must find its own record, not a duplicate.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/testBot.js';

const MONDAY = new Date('2026-11-30T08:00:00+08:00');

let bots: TestBot[] = [];
let dataDir = '';
afterEach(async () => {
  for (const b of bots) await b.close().catch(() => undefined);
  bots = [];
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** What a kill -9 between the ledger write and the journal's 'done' leaves: the event accepted, not done. */
async function forgetDone(dir: string): Promise<number> {
  const file = join(dir, 'events.jsonl');
  const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
  const kept = lines.filter((l) => (JSON.parse(l) as { t: string }).t !== 'done');
  await writeFile(file, kept.map((l) => `${l}\n`).join(''));
  return lines.length - kept.length;
}

describe('an event replayed after a crash', () => {
  it.each([
    ['a report recorded at once', '今天和王芳进行了廉政谈话'],
    ['a training report', '今天组织观看警示教育片《贪毁人生》，参加12人'],
  ])('%s: one record, and the receipt again, never 「已有一条相同记录」', async (_name, text) => {
    dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-replay-'));
    const first = await startTestBot({ now: MONDAY, dataDir });
    bots.push(first);
    await first.say('李明', text);
    await first.running.drain();
    const before = first.running.store.read((db) => db.activities.filter((a) => !a.deletedAt).map((a) => a.id));
    expect(before).toHaveLength(1);
    expect(first.texts().at(-1)).toContain('已记录');
    await first.close();
    bots = [];
    expect(await forgetDone(dataDir)).toBeGreaterThan(0);

    const again = await startTestBot({ now: MONDAY, dataDir });
    bots.push(again);
    await again.running.drain();
    const after = again.running.store.read((db) => db.activities.filter((a) => !a.deletedAt).map((a) => a.id));
    expect(after).toEqual(before);
    const replies = again.texts();
    expect(replies.some((r) => r.includes('已有一条相同记录'))).toBe(false);
    expect(replies.at(-1)).toContain('已记录');
    // Nothing left waiting for a 确认 that would later be announced as 「没有记录，已放弃」.
    expect(again.running.store.read((db) => db.dialogs)).toEqual([]);
  });
});
