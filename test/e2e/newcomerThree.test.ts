// A third newcomer's findings over HTTP: head counts beyond the unit, and what else they found in chat.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/testBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot({ now: TUESDAY });
});
afterEach(() => t.close());

const activities = () => t.running.store.read((db) => db.activities.filter((a) => !a.deletedAt));
const lastText = () => t.texts().at(-1)!;
async function say(from: string, text: string): Promise<void> {
  await t.say(from, text);
  await t.running.drain();
}

describe('a head count larger than the unit', () => {
  it('「全体党员…参加2300人」 in a unit of some 30 people is shown for a tap, with why, and recorded only on 确认', async () => {
    await say('张伟', '昨天组织全体党员观看警示教育片《蜕变》，参加2300人');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toContain('参加人数多于组织架构里登记的人数');
    await say('张伟', '确认');
    expect(activities().map((a) => a.attendees)).toEqual([2300]);
  });

  it('a head count within the unit is recorded at once as before', async () => {
    await say('李明', '昨天组织观看警示教育片《贪毁人生》，参加23人');
    expect(activities().map((a) => a.attendees)).toEqual([23]);
    expect(lastText()).not.toContain('参加人数多于');
  });
});
