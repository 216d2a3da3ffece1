// Reporting end to end, faults of the tester's round 11 (issue 10), in messages of our own: a pasted item's photo caption
// does not turn it into a question; a 党支部's activity is never recorded as the sender's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/testBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot({ now: MONDAY });
});
afterEach(() => t.close());

const activities = () => t.running.store.read((db) => db.activities.filter((a) => !a.deletedAt));
const lastText = () => t.texts().at(-1)!;
async function say(from: string, text: string): Promise<void> {
  await t.say(from, text);
  await t.running.drain();
}

describe('round 11', () => {
  it('a pasted check with its photo caption is a report on a card, not a question about records', async () => {
    await say(
      '陈静',
      '11月19日上午，陈志强副理事长带队深入维权部开展作风纪律明查暗访，重点检查工作人员在岗在位和工作纪律情况。检查组指出，要持之以恒纠“四风”。（图为检查组在维权部查看考勤记录）',
    );
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/作风纪律检查｜2026-11-19/);
    expect(lastText()).toContain('活动人：陈志强');
    expect(lastText()).not.toMatch(/图为|考勤记录/);
    await say('陈静', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['inspect_style', '2026-11-19', 'chenzhiqiang']]);
  });

  it('a 党支部’s visit reported by a 科员 asks whose it was, and records nothing until told', async () => {
    await say('王芳', '11.18，机关第一党支部组织支部党员赴市廉政教育基地开展警示教育活动');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/是谁的|哪位/);
  });
});
