// Round 31g F6 (k3, issue 10): 「这条签订责任书/承诺书是谁的？」 over a 承诺书 read as signed with 冯雪; 赵磊 answered with
// 冯雪's own button and got the same question back word for word until 取消 lost every item. Now 冯雪 is taken as who
// signed, whom with is asked, and the card shows it before anything is stored.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai (the corpus's day), before the reminders' hours. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

describe('the doer answered with the one the signing was read as held with', () => {
  it('「冯雪」 to whose 签订 (冯雪 read as signed with): whom with is asked, then the card', async () => {
    await say('赵磊', '11月5日 签订廉政承诺书（冯雪）\n11月13日 部务会学习《廉洁自律准则》');
    expect(lastText()).toMatch(/是谁的/);
    const question = lastText();
    await say('赵磊', '冯雪');
    expect(lastText()).not.toEqual(question);
    expect(lastText()).toMatch(/和谁|与谁/);
    for (let i = 0; i < 4 && !/请确认以下/.test(lastText()); i++) await say('赵磊', '赵磊');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下/);
    await say('赵磊', '确认');
    expect(rows()).toContainEqual(['pledge_sign', '2026-11-05', 'fengxue', 'zhaolei']);
  });
});
