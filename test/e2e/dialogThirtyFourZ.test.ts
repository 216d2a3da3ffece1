// Over HTTP: round 34b §3a/§3b (issue 10), turn by turn through the real bot.
//  - 「和王强的承诺书不要了，他没签」 while a card waits leaves 王强's signing off the card (was: a NEW signing with 王强,
//    its day asked — the opposite of what was meant);
//  - 「孙丽科长也谈了」「还有孙丽，也谈了」「孙丽也签了」 while a card waits add that person as one more record like the
//    card's of that kind, shown again (was: a new report asking 是哪类活动);
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
    // Said with the day it was withdrawn (round 51 fzdd, t54a F9): 「第3条（…）已于12月6日撤销过了。」
    expect(lastText()).toMatch(/第3条（.+）已(?:于.+|经)撤销过了/);
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

const TWO_TALKS = '12月2日，王建国副理事长分别与王强、李娟同志进行了廉政谈话';

describe('one more person said with 也 while a card waits', () => {
  it.each(['孙丽科长也谈了', '还有孙丽，也谈了', '孙丽也谈了', '孙丽同志当天也谈了'])('「%s」 adds a talk with 孙丽 like the card\'s', async (words) => {
    await say('王芳', TWO_TALKS);
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('王芳', words);
    expect(lastText()).toContain('请确认以下 3 条记录');
    expect(lastText()).toContain('已在卡片上加上第3条');
    expect(lastText()).not.toContain('是哪类活动');
    expect(rows()).toHaveLength(0);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'lijuan'],
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'sunli'],
    ]);
  });

  it('孙丽也签了 on a card of talks and signings adds a signing', async () => {
    await say('李娟', C1);
    await say('李娟', '吴静也签了');
    expect(lastText()).toContain('请确认以下 5 条记录');
    await say('李娟', '确认');
    expect(rows()).toEqual([...ALL_FOUR, ['pledge_sign', '2026-11-30', 'wangjianguo', 'wujing']]);
  });

  it('someone already on the card is said, the card unchanged', async () => {
    await say('王芳', TWO_TALKS);
    await say('王芳', '李娟也谈了');
    expect(lastText()).toContain('「李娟」已在卡片第2条');
    expect(lastText()).toContain('请确认以下 2 条记录');
  });

  it('near-miss: another day said is not one more of these (the report reader has it); the card\'s own day is', async () => {
    await say('王芳', TWO_TALKS);
    await say('王芳', '孙丽11月28日也谈了');
    expect(lastText()).not.toContain('已在卡片上加上');
    // 昨天 read on 12-03 is the card's 12-02.
    await say('王芳', '取消');
    await say('王芳', TWO_TALKS);
    await say('王芳', '孙丽昨天也谈了');
    expect(lastText()).toContain('已在卡片上加上第3条');
  });

  it('near-miss: with nothing waiting, 还有孙丽，也谈了 after a recorded talk is still addPersonToLatest\'s', async () => {
    await say('王建国', '今天和王强进行了廉政谈话');
    expect(rows()).toHaveLength(1);
    await say('王建国', '还有孙丽，也谈了');
    expect(lastText()).toContain('孙丽');
    expect(lastText()).toContain('请确认');
  });
});


describe('第N条 said wrong with what it is instead', () => {
  it.each([
    ['第1条不对，是和刘洋的廉政谈话', 'talk_integrity'],
    ['第1条应该是和刘洋谈的', 'talk_heart'],
  ])('「%s」 changes record 1 and shows the card again', async (words, type) => {
    await say('王芳', '12月2日，王建国副理事长分别与王强、李娟同志进行了谈心谈话');
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('王芳', words);
    expect(lastText()).toContain('请确认以下 2 条记录');
    expect(lastText()).toContain('已按您的更正修改');
    expect(lastText()).not.toContain('是哪一天');
    await say('王芳', '确认');
    expect(rows()).toEqual([
      [type, '2026-12-02', 'wangjianguo', 'liuyang'],
      ['talk_heart', '2026-12-02', 'wangjianguo', 'lijuan'],
    ]);
  });
});
