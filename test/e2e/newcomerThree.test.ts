// A third newcomer's findings over HTTP: head counts beyond the unit, and what else they found in chat.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonValues, startTestBot, type TestBot } from '../support/testBot.js';

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

describe('撤销 after a report of several records', () => {
  it('withdraws nothing and shows the receipt again, a 撤销 per record; the tap withdraws just that one', async () => {
    await say('赵敏', '今天分别和王磊、何平签订了党风廉政建设责任书');
    if (/请确认/.test(lastText())) await say('赵敏', '确认');
    expect(activities()).toHaveLength(2);
    await say('赵敏', '撤销');
    expect(activities()).toHaveLength(2);
    expect(lastText()).toContain('您最近一次上报记录了 2 项，还没有撤销任何一项');
    const receipt = t.emulator.sent.at(-1)!;
    const undos = buttonValues(receipt.content).filter((v) => v.action === 'undo');
    expect(undos).toHaveLength(2);
    await t.click('赵敏', receipt.messageId, undos[1]!);
    expect(activities().map((a) => a.counterpartIds)).toEqual([['wanglei']]);
    // The one left is now the latest report's only record: 撤销 withdraws it.
    await say('赵敏', '撤销');
    expect(activities()).toEqual([]);
  });

  it('a report of one record is withdrawn at once, as before', async () => {
    await say('李明', '昨天组织观看警示教育片《贪毁人生》，参加23人');
    await say('李明', '撤销');
    expect(activities()).toEqual([]);
    expect(lastText()).toContain('已撤销');
  });
});
