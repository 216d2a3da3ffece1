// Round 22 K1 (issue 10, r22): 「我们周部长…跟我谈了心」 is the head's talk with the sender, shown on a card for
// 确认; it was stored at once as the sender's talk with the head, the wrong way round.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('我们 + surname + title as the doer', () => {
  it('puts the head\'s talk with the sender on a card and stores it that way round after 确认', async () => {
    await say('王强', '咱们孙科长11月24日找我谈了一次心');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：孙丽/);
    await say('王强', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_heart', '2026-11-24', 'sunli', ['wangqiang']]]);
  });

  it('asks the day of a month-long 我们吴部长10月份…, then still shows a card of the head\'s', async () => {
    await say('刘洋', '我们吴部长10月份跟我们部每个人都谈了心');
    expect(activities()).toEqual([]);
    await say('刘洋', '10月22日');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：吴静/);
    await say('刘洋', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_heart', '2026-10-22', 'wujing', ['liuyang']]]);
  });
});
