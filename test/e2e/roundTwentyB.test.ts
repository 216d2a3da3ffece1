// Over HTTP (b20, issue 10): round 20's correction and vocabulary faults. A correction whose value is closed by the
// verb it was done by (不对，是昨天谈的) reaches the before → after card; a 提醒 given to a named person without 谈 is
// put on a card as a 廉政谈话; day + place checks with the type said once are each a record on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 09:00 in Shanghai. */
const WEDNESDAY = new Date('2026-12-02T09:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { lastText, rows, say } = chat;

describe('a correction whose value is closed by a verb', () => {
  it.each([
    ['不对，是昨天谈的', '2026-12-01'],
    ['应该是前天谈的', '2026-11-30'],
    ['不对，应该是上周五谈的吧', '2026-11-27'],
  ])('「%s」 → the 确认 card, the day moved to %s only after 确认', async (said, day) => {
    await say('吴静', '今天和刘洋进行了谈心谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'wujing', 'liuyang']]);
    await say('吴静', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(new RegExp(`原来：谈心谈话｜2026-12-02[\\s\\S]*改为：谈心谈话｜${day}`));
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'wujing', 'liuyang']]);
    await say('吴静', '确认');
    expect(rows()).toEqual([['talk_heart', day, 'wujing', 'liuyang']]);
  });

  it('「不对，是11月28号签的」 while the card of a signing waits moves its day', async () => {
    await say('孙丽', '和王强签了廉洁承诺书');
    await say('孙丽', '不对，是11月28号签的');
    expect(lastText()).not.toMatch(/没看懂/);
    expect(lastText()).toMatch(/2026-11-28/);
  });
});
