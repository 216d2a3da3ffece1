// Round 60, fbe (issue 10; t62b G1, stored wrong at once): 胡军 reported 「王副理事长上周四下午找周涛谈了话」, was asked the talk's
// kind, and answered 「廉政谈话 同一天还找吴静也谈了 也是廉政谈话」 — 周涛's talk was abandoned and the CLERK's own talk with 吴静
// stored. An answer that gives the value asked and adds a deed fills the waiting record and adds the new one with that record's
// doer, day and kind where it says none, both on a 确认 card; never the sender as doer when the asked record's doer is another.
// Also: 全体 in a talk's people column is named in 和谁谈的？ (fcd's left-alone), and 「第2条活动人是冯雪，对象是我」 on a card (fcc's).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: 上周四 is 11-26. */
const NOW = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(NOW);
const { answerText, rows, say } = chat;

describe('an answer to 是哪类活动？ that adds a deed of the same doer', () => {
  it.each([
    ['廉政谈话 同一天还找吴静也谈了 也是廉政谈话'],
    ['廉政谈话，另外还和吴静也谈了'],
    ['廉政谈话。当天还和吴静谈了'],
    ['廉政谈话 另外 当天 还 找了 吴部长 谈话'],
    ['廉政谈话，还有吴静'],
  ])('胡军 「%s」 → a card of 王建国–周涛 and 王建国–吴静, both 廉政谈话 11-26; 确认 stores both', async (said) => {
    expect(await answerText('胡军', '王副理事长上周四下午找周涛谈了话')).toMatch(/哪类活动/);
    const card = await answerText('胡军', said);
    expect(rows()).toEqual([]);
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/对象：吴静（康复部部长）｜活动人：王建国/);
    expect(card).not.toMatch(/活动人：您本人/);
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'zhoutao'],
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'wujing'],
    ]);
  });

  it('its own kind kept: 「廉政谈话，另外还和吴静签了责任书」 → 王建国–吴静 签订责任书 on 11-26', async () => {
    await say('胡军', '王副理事长上周四找周涛谈了话');
    await say('胡军', '廉政谈话，另外还和吴静签了责任书');
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'zhoutao'],
      ['pledge_sign', '2026-11-26', 'wangjianguo', 'wujing'],
    ]);
  });

  it('the sender\'s own talk: 「谈心谈话，同一天还和李娟也谈了」 → both 孙丽\'s, on a card', async () => {
    await say('孙丽', '上周三和王强谈了话');
    const card = await answerText('孙丽', '谈心谈话，同一天还和李娟也谈了');
    expect(rows()).toEqual([]);
    expect(card).toMatch(/请确认以下 2 条记录/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-25', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-11-25', 'sunli', 'lijuan'],
    ]);
  });

  it('near-miss: a plain 「廉政谈话」 → 王建国–周涛 alone, as before', async () => {
    await say('胡军', '王副理事长上周四下午找周涛谈了话');
    await say('胡军', '廉政谈话');
    await say('胡军', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-26', 'wangjianguo', 'zhoutao']]);
  });
});

describe('an answer to 是哪一天？ with 还有X也谈了', () => {
  it.each([['上周四，还有吴静也谈了'], ['上周四 还有吴静也谈了']])('胡军 「%s」 → 王建国–吴静 on the card, never 您本人', async (said) => {
    await say('胡军', '王副理事长找周涛谈了廉政谈话');
    const card = await answerText('胡军', said);
    expect(rows()).toEqual([]);
    expect(card).toMatch(/对象：吴静（康复部部长）｜活动人：王建国/);
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'zhoutao'],
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'wujing'],
    ]);
  });

  it('near-miss: 「上周四，我还和吴静也谈了」 → 吴静\'s talk is the sender\'s own', async () => {
    await say('胡军', '王副理事长找周涛谈了廉政谈话');
    await say('胡军', '上周四，我还和吴静也谈了');
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'zhoutao'],
      ['talk_integrity', '2026-11-26', 'hujun', 'wujing'],
    ]);
  });
});

describe('补充 after a stored signing of 张书记\'s (t62a B-F2)', () => {
  it('「补充一下，11月25日那天张书记还和李明主任也签了责任书」 → 张伟–李明 on a card, never 张伟–王芳 / 李明–王芳', async () => {
    await chat.recorded('王芳', '11月25日张书记和我签了责任书');
    const card = await answerText('王芳', '补充一下，11月25日那天张书记还和李明主任也签了责任书');
    expect(card).toMatch(/对象：李明（办公室主任）｜活动人：张伟/);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-25', 'zhangwei', 'wangfang'],
      ['pledge_sign', '2026-11-25', 'zhangwei', 'liming'],
    ]);
  });
});

describe('全体 in a talk\'s people column (fcd\'s left-alone)', () => {
  it('「11月18日⇥廉政谈话⇥全体」 → asked, naming 全体; nothing stored', async () => {
    const asked = await answerText('林晓', '11月18日\t廉政谈话\t全体');
    expect(asked).toMatch(/表里写的是「全体」，是和哪些人谈的？/);
    expect(rows()).toEqual([]);
  });
});

describe('第2条 活动人 是 冯雪 对象 是 我 on a card (fcc\'s left-alone)', () => {
  it.each([['第2条 活动人 是 冯雪 对象 是 我'], ['第2条活动人是冯雪，对象是我']])('「%s」 → 冯雪–林晓 on the card', async (said) => {
    await say('林晓', '11月24日到财务科开展了作风纪律检查，11月25日和冯雪进行了廉政谈话');
    const card = await answerText('林晓', said);
    expect(card).toMatch(/对象：林晓（纪检干事）｜活动人：冯雪/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['inspect_style', '2026-11-24', 'linxiao', ''],
      ['talk_integrity', '2026-11-25', 'fengxue', 'linxiao'],
    ]);
  });
});
