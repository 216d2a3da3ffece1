// Over HTTP (b20, issue 10): round 20's correction and vocabulary faults. A correction whose value is closed by the
// verb it was done by (不对，是昨天谈的) reaches the before → after card; a 提醒 given to a named person without 谈 is
// put on a card as a 廉政谈话; day + place checks with the type said once are each a record on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

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

describe('day + place checks with the type said once', () => {
  it('each clause is a check of the type on the card, none named as unmatched; stored after 确认', async () => {
    await say('黄志刚', '11月4日督查了财务科，11月18日督查了维权部，11月25日督查了宣文部，以上均为工作纪律督查');
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(lastText()).toMatch(/作风纪律检查｜2026-11-04｜财务科[\s\S]*作风纪律检查｜2026-11-18｜维权部[\s\S]*作风纪律检查｜2026-11-25｜宣文部/);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    expect(rows()).toEqual([]);
    await say('黄志刚', '确认');
    expect(rows().map((r) => r.slice(0, 2))).toEqual([
      ['inspect_style', '2026-11-04'],
      ['inspect_style', '2026-11-18'],
      ['inspect_style', '2026-11-25'],
    ]);
  });

  it('with no type word the type is asked, never 「未记录」', async () => {
    await say('林晓', '11月9日查了组联部，11月16日查了康复部');
    expect(lastText()).not.toMatch(/未记录/);
    expect(lastText()).toMatch(/类型|什么活动|哪一类|哪种/);
    expect(rows()).toEqual([]);
  });
});

describe('a 提醒 given to a named person without 谈', () => {
  it('is a 廉政谈话 with them on the card, the room they were called to named nowhere as a department', async () => {
    await say('陈志强', '上午把冯雪叫到办公室，就年底廉洁自律问题给她提了个醒');
    expect(lastText()).toMatch(/请确认以下 1 条记录/);
    expect(lastText()).toMatch(/廉政谈话｜2026-12-02（今天）｜对象：冯雪/);
    expect(lastText()).not.toMatch(/「办公室」没有对应/);
    expect(rows()).toEqual([]);
    await say('陈志强', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'chenzhiqiang', 'fengxue']]);
  });
});
