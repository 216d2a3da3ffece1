// Round 23 F1 (issue 10): a talk said in the passive (我被王理事长约谈了 · 被张书记叫去进行了廉政谈话 · 接受了X的廉政谈话) is
// the leader's talk with the sender, shown on a card for 确认; it was stored at once as the sender's talk with the leader.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a talk said in the passive', () => {
  it('被王理事长约谈了: nothing stored before 确认, 王建国 the doer on the card, then stored that way round', async () => {
    await say('孙丽', '我被王理事长约谈了，就在周一');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：王建国/);
    await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', ['sunli']]]);
  });

  it('接受了赵敏书记的廉政谈话: the leader\'s, on a card', async () => {
    await say('何平', '我昨天接受了赵敏书记的廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：赵敏/);
    await say('何平', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_integrity', '2026-12-01', 'zhaomin', ['heping']]]);
  });
});
