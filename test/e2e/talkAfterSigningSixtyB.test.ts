// Round 60, fbb (issue 10; t62a F1, wrong on a card; fca's and fcf's left-alone, dropped): the second deed after the first.
// 王芳's 「张伟书记与…四位班子成员分别签订了…责任书，签订后逐一进行了廉政谈话。」 asked 和谁 of a talk with no doer, and the answer
// 「就是这四位班子成员」 made the four talks the clerk's. Now the card shows 张伟's four talks and 确认 stores them as his. A talk
// on a later day (11月27日又和他们谈了话) asks only its kind; 还有一次和刘洋 after a dated talk with 刘洋 asks the second's day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 10:00 in Shanghai: 12月1日 and 12月3日 are past. */
const FRIDAY = new Date('2026-12-04T10:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { answerText, rows, activities } = chat;

describe('a talk after a third person\'s signings is that person\'s, with each signer', () => {
  it('王芳: the four signings and four talks on the card are 张伟\'s; 确认 stores them so', async () => {
    const card = await answerText('王芳', '12月1日上午，张伟书记与王建国、刘芳、陈志强、赵敏四位班子成员分别签订了2027年度党风廉政建设责任书，签订后逐一进行了廉政谈话。');
    expect(card).toMatch(/请确认以下 8 条记录/);
    expect(card).not.toMatch(/和谁/);
    expect(card).toMatch(/8\. 廉政谈话｜2026-12-01｜对象：赵敏[^\n]*活动人：张伟/);
    expect(card).not.toMatch(/活动人：您本人/);
    expect(await answerText('王芳', '确认')).toMatch(/已记录 8 项/);
    const talks = rows().filter((r) => r[0] === 'talk_integrity');
    expect(talks).toEqual([
      ['talk_integrity', '2026-12-01', 'zhangwei', 'wangjianguo'],
      ['talk_integrity', '2026-12-01', 'zhangwei', 'liufang'],
      ['talk_integrity', '2026-12-01', 'zhangwei', 'chenzhiqiang'],
      ['talk_integrity', '2026-12-01', 'zhangwei', 'zhaomin'],
    ]);
  });

  it('胡军: 「…陈志强副理事长与郑华、冯雪签订了责任书，签订后进行了廉政谈话」 → 陈志强\'s two talks, not 和谁', async () => {
    const card = await answerText('胡军', '12月3日，陈志强副理事长与郑华、冯雪签订了责任书，签订后进行了廉政谈话');
    expect(card).not.toMatch(/和谁/);
    await answerText('胡军', '确认');
    expect(rows().filter((r) => r[0] === 'talk_integrity')).toEqual([
      ['talk_integrity', '2026-12-03', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-12-03', 'chenzhiqiang', 'fengxue'],
    ]);
  });

  it('a 和谁 still asked of a third person\'s talk, answered with a group, keeps that person as doer', async () => {
    expect(await answerText('王芳', '11月27日，张伟书记与王建国、刘芳签订了责任书。11月28日张伟书记开展了廉政谈话')).toMatch(/张伟是和谁谈的/);
    const card = await answerText('王芳', '就是班子成员');
    expect(card).toMatch(/廉政谈话｜2026-11-28｜对象：王建国[^\n]*活动人：张伟/);
    expect(card).not.toMatch(/活动人：您本人/);
    expect(activities()).toEqual([]);
  });
});

describe('a talk on a day of its own, or another occasion, is kept', () => {
  it('王建国 「…签了责任书，11月27日又和他们谈了话」 → asks the talk\'s kind; 廉政谈话 → two talks on 11-27 on the card', async () => {
    expect(await answerText('王建国', '11月26日和李明、孙丽签了责任书，11月27日又和他们谈了话')).toMatch(/哪一类谈话/);
    const card = await answerText('王建国', '廉政谈话');
    expect(card).toMatch(/3\. 廉政谈话｜2026-11-27｜对象：李明/);
    expect(card).toMatch(/4\. 廉政谈话｜2026-11-27｜对象：孙丽/);
    await answerText('王建国', '确认');
    expect(rows().filter((r) => r[0] === 'talk_integrity')).toEqual([
      ['talk_integrity', '2026-11-27', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-27', 'wangjianguo', 'sunli'],
    ]);
  });

  it('吴静 「11月19日和刘洋谈心谈话，还有一次和刘洋」 → asks the second\'s day; 11月25日 → two talks with 刘洋', async () => {
    expect(await answerText('吴静', '11月19日和刘洋谈心谈话，还有一次和刘洋')).toMatch(/是哪一天进行的/);
    expect(await answerText('吴静', '11月25日')).toMatch(/2\. 谈心谈话｜2026-11-25｜对象：刘洋/);
    await answerText('吴静', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-19', 'wujing', 'liuyang'],
      ['talk_heart', '2026-11-25', 'wujing', 'liuyang'],
    ]);
  });

  it('near-miss: 「…签了责任书，谈话下周再谈」 records the signings only', async () => {
    await answerText('刘芳', '11月26日和周涛、吴静签了责任书，谈话下周再谈');
    await answerText('刘芳', '确认');
    expect(rows().map((r) => r[0])).toEqual(['pledge_sign', 'pledge_sign']);
  });
});
