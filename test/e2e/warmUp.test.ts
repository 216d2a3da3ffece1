// The warm-up after a start (src/bot/warmUp.ts) rehearses a busy morning's messages read-only: nothing recorded, asked or sent, and no step fails.
import { afterEach, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

it('after a start the bot warms up without recording, asking or sending anything, and every step runs', async () => {
  t = await startTestBot({ warmUp: true });
  // The steps run one per turn right after the start: a few hundred ms on the demo organisation.
  await new Promise((r) => setTimeout(r, 2000));
  expect(t.logs.filter((l) => l.includes('warm-up'))).toEqual([]);
  expect(t.emulator.sent).toEqual([]);
  expect(t.running.store.read((db) => ({ activities: db.activities.length, dialogs: db.dialogs.length, outbox: db.outbox.length }))).toEqual({ activities: 0, dialogs: 0, outbox: 0 });
  // And the bot still answers as before: the rehearsed report is recorded for real when a member sends it.
  // (李明's talk with his 分管 leader is 王建国's: shown for 确认 first, then stored.)
  await t.say('李明', '今天和王建国副理事长进行了廉政谈话');
  await t.say('李明', '确认');
  await t.running.drain();
  expect(t.running.store.read((db) => db.activities.map((a) => a.type))).toEqual(['talk_integrity']);
}, 30_000);
