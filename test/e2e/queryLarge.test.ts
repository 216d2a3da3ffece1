// End to end on 1,000 people and 20 departments: every completion card the bot sends or answers a click with stays under 30 KB.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLargeDataset } from '../../bench/largeDataset.js';
import { openStore } from '../../src/store/openStore.js';
import { buttonValues, startTestBot, type TestBot } from '../support/testBot.js';
import { writeConfigDir } from '../support/largeConfigDir.js';

const LIMIT = 30 * 1024;
const bytes = (card: object) => Buffer.byteLength(JSON.stringify(card), 'utf8');

describe.each([
  { ledger: 'an empty ledger (every duty unmet: the most names)', activities: 0 },
  { ledger: '20,000 activities this year', activities: 20_000 },
])('1,000 people with $ledger', ({ activities }) => {
  let t: TestBot;
  let configDir: string;
  let dataDir: string;

  beforeAll(async () => {
    const data = makeLargeDataset({ people: 1000, departments: 20, activities, years: 1, seed: 11, startYear: 2026 });
    configDir = await writeConfigDir(data.directory.org);
    dataDir = await mkdtemp(join(tmpdir(), 'qingfeng-large-'));
    const store = await openStore(join(dataDir, 'db.json'));
    await store.update((db) => void db.activities.push(...data.activities));
    await store.flush();
    t = await startTestBot({ configDir, dataDir });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await rm(configDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['书记', '本季度完成情况'],
    ['书记', '今年完成情况'],
    ['书记', '哪些没完成'],
    ['书记', '信息报送完成情况'],
    ['领导0', '本季度完成情况'],
    ['纪检0', '上半年完成情况'],
  ])('%s asks 「%s」: a card under 30 KB, and so is every card its buttons answer with', async (who, text) => {
    const before = t.emulator.sent.length;
    await t.say(who, text);
    await t.running.drain();
    const reply = t.emulator.sent[before]!;
    // The emulator refuses cards over 30 KB (230025), so an interactive reply is itself the proof it fitted.
    expect(reply.msgType).toBe('interactive');
    expect(bytes(reply.content)).toBeLessThan(LIMIT);
    const drills = buttonValues(reply.content).filter((v) => String(v.action).startsWith('drill_'));
    // With nothing done every duty and department has a button; the run must have clicked them all.
    if (activities === 0 && text === '本季度完成情况' && who === '书记') expect(drills.length).toBeGreaterThan(10);
    for (const value of drills) {
      const answer = await t.click(who, reply.messageId, value);
      expect(answer.body.card, JSON.stringify(answer.body)).toBeDefined();
      expect(bytes(answer.body.card!.data)).toBeLessThan(LIMIT);
    }
  });
});
