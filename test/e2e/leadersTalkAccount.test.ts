// Round 20u L04 (issue 10, d20): a clerk's account of the leaders' talks — each clause's leader is its doer, 「16日、17日」
// pairs with 分别's two people, and whoever a talk was put off for (延至下月, 尚未开展) is left out and named on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a clerk\'s account of leaders\' talks', () => {
  it('stores five talks, each its leader\'s, after 确认; the put-off ones named on the card, never stored', async () => {
    await say(
      '王芳',
      '报告本月班子成员落实“一岗双责”谈话情况：王建国副理事长11月9日与李明、孙丽分别谈话；刘芳副理事长11月10日与周涛谈话，吴静因休假延至下月；陈志强副理事长11月16日、17日分别与郑华、冯雪谈话；赵敏书记尚未开展。以上均为廉政谈话。',
    );
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/吴静因休假延至下月/);
    expect(lastText()).toMatch(/赵敏书记尚未开展/);
    expect(lastText()).not.toMatch(/活动人：您本人/);
    await say('王芳', '确认');
    const stored = activities().map((a) => [a.type, a.date, a.actorId, [...a.counterpartIds].join(',')]);
    expect(stored).toEqual([
      ['talk_integrity', '2026-11-09', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-09', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-11-10', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-11-16', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-11-17', 'chenzhiqiang', 'fengxue'],
    ]);
  });
});
