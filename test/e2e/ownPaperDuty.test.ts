// Round 20u L21 (issue 10, h20): 「我代表财务科作了述责述廉报告，王建国副理事长进行了点评」 asked whose the paper was,
// 王建国 offered first. The sender says they gave it: it is theirs, with no question, and the commenter gives no paper.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a 述责述廉 the sender gave while a leader chaired or commented', () => {
  it('is recorded as the sender\'s, never asked whose and never the leader\'s', async () => {
    await say('冯雪', '昨天参加述责述廉会，王建国副理事长主持，我代表维权部交了述责述廉报告');
    expect(lastText()).not.toMatch(/是谁的/);
    if (activities().length === 0) await say('冯雪', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? 'fengxue'])).toEqual([['report_duty', '2026-12-01', 'fengxue']]);
  });

  it('as 本人代表…向党组作了 with 书记作了点评: the sender\'s again', async () => {
    await say('郑华', '11月27日党组召开述责述廉会，本人代表教育就业部向党组作了述责述廉，张伟书记作了点评');
    expect(lastText()).not.toMatch(/活动人：张伟|是谁的/);
    if (activities().length === 0) await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? 'zhenghua'])).toEqual([['report_duty', '2026-11-27', 'zhenghua']]);
  });
});
