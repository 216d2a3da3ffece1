// Over HTTP: round 34b §3a/§3b (issue 10), turn by turn through the real bot.
//  - 「和王强的承诺书不要了，他没签」 while a card waits leaves 王强's signing off the card (was: a NEW signing with 王强,
//    its day asked — the opposite of what was meant);
//  - 「撤销第3条」 right after the bot listed the latest report's records withdraws that record (was: 没看懂).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-03T22:00:00+08:00'));
const { lastText, rows, say } = chat;

const C1 = '11月30日王建国副理事长与孙丽、王强分别进行了廉政谈话，并签订了廉洁承诺书';
const ALL_FOUR = [
  ['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli'],
  ['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang'],
  ['pledge_sign', '2026-11-30', 'wangjianguo', 'sunli'],
  ['pledge_sign', '2026-11-30', 'wangjianguo', 'wangqiang'],
];

describe('a record of the waiting card named, left out, with the reason said', () => {
  it.each(['和王强的承诺书不要了，他没签', '和王强的承诺书没签', '王强的承诺书不算，他实际没签'])('「%s」 leaves 王强\'s signing off; no new report', async (words) => {
    await say('李娟', C1);
    expect(lastText()).toContain('请确认以下 4 条记录');
    await say('李娟', words);
    expect(lastText()).toContain('已去掉第4条');
    expect(lastText()).not.toContain('是哪一天');
    await say('李娟', '确认');
    expect(rows()).toEqual(ALL_FOUR.slice(0, 3));
  });

  it('someone on two records with a reason is asked which, nothing taken off', async () => {
    await say('李娟', C1);
    await say('李娟', '王强那条不要了，他没签');
    expect(lastText()).toContain('卡片上第2、4条都是「王强」');
    await say('李娟', '确认');
    expect(rows()).toEqual(ALL_FOUR);
  });

  it('near-miss: a new signing with its day while the card waits is still a new report', async () => {
    await say('李娟', C1);
    await say('李娟', '12月1日王建国副理事长和刘洋签了廉洁承诺书');
    expect(lastText()).not.toContain('已去掉');
    expect(lastText()).toContain('刘洋');
  });
});

describe('撤销第N条 after the latest report was listed', () => {
  async function listed(): Promise<void> {
    await say('李娟', C1);
    await say('李娟', '确认');
    expect(rows()).toEqual(ALL_FOUR);
    await say('李娟', '撤回刚才那条');
    expect(lastText()).toContain('您最近一次上报记录了 4 项');
  }

  it.each(['撤销第3条', '撤回第三条', '第3条撤销'])('「%s」 withdraws record 3 only', async (words) => {
    await listed();
    await say('李娟', words);
    expect(lastText()).toContain('已撤销第3条：签订责任书/承诺书');
    expect(lastText()).toContain('孙丽');
    expect(rows()).toEqual([ALL_FOUR[0], ALL_FOUR[1], ALL_FOUR[3]]);
    // The list keeps its numbers (a withdrawn line stays, struck through): 第4条 is still 王强's signing.
    await say('李娟', '撤销第4条');
    expect(lastText()).toContain('已撤销第4条');
    expect(rows()).toEqual([ALL_FOUR[0], ALL_FOUR[1]]);
    await say('李娟', '撤销第3条');
    expect(lastText()).toContain('第3条');
    expect(lastText()).toContain('已经撤销过了');
    expect(rows()).toEqual([ALL_FOUR[0], ALL_FOUR[1]]);
  });

  it('a number beyond the list is said, nothing withdrawn', async () => {
    await listed();
    await say('李娟', '撤销第5条');
    expect(lastText()).toContain('只有 4 项，没有第5条');
    expect(rows()).toEqual(ALL_FOUR);
  });

  it('near-miss: with a card waiting, 撤销第3条 is not a stored record withdrawn', async () => {
    await say('李娟', C1);
    await say('李娟', '确认');
    await say('李娟', '11月28日王建国副理事长与刘洋进行了廉政谈话，并签订了廉洁承诺书');
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('李娟', '撤销第1条');
    expect(lastText()).not.toContain('已撤销第1条');
    expect(rows()).toEqual(ALL_FOUR);
  });
});
