// Round 56 (issue 10), the merge's fixes from the fresh testers and the fixers' left-alone, over HTTP:
// - t59a F8: 「刚才那条发错了，是和李娟谈的，不是王强」 looked for a record named 「发错了」 and changed nothing; 发错了 · 输错了
//   now own the slip as 报错了 does.
// - t59a F4: 刘洋 (康复部 科员) 「部长前天找我谈话了」 was refused (「没有读出…活动」) while 部长前天找我谈了心 was read: a day
//   between the bare title and 找我 no longer hides the sender's own head.
// - fgb's left-alone: 「上周三没和吴静签责任书，只和周涛签了」 with nothing stored was 没看懂 (the signing with 周涛 dropped).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Sunday 2026-12-06, 10:00 in Shanghai (the testers' day). */
const SUNDAY = new Date('2026-12-06T10:00:00+08:00');
const chat = useChatBot(SUNDAY);
const { activities, answerText, say, recorded } = chat;

describe('发错了 · 输错了 own the slip: the stored talk changed at 确认 (t59a F8)', () => {
  it.each([
    ['刚才那条发错了，是和李娟谈的，不是王强'],
    ['刚才那条输错了，是和李娟谈的，不是王强'],
    ['发错了，是和李娟谈的，不是王强'],
    ['不好意思，刚才发错了，对象是李娟，不是王强'],
    ['刚才那个发错了，应该是和李娟谈的'],
  ])('黄志刚 (谈心谈话 with 王强 today stored) 「%s」 → the talk is with 李娟', async (correction) => {
    await recorded('黄志刚', '今天和王强谈心谈话');
    const answer = await answerText('黄志刚', correction);
    expect(answer).not.toMatch(/「发错了」|「输错了」/);
    expect(answer).toMatch(/请确认修改/);
    await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join()])).toEqual([['talk_heart', '2026-12-06', 'lijuan']]);
  });
});

describe('a bare 部长 · 主任 · 科长 then a day then 找我: the sender\'s own head (t59a F4)', () => {
  it.each([
    ['刘洋', '部长前天找我谈话了', 'wujing', 'liuyang', '2026-12-04'],
    ['刘洋', '部长 前天 找我谈话了 主要是廉政方面的', 'wujing', 'liuyang', '2026-12-04'],
    ['王芳', '主任昨天找我谈话了', 'liming', 'wangfang', '2026-12-05'],
    ['李娟', '科长周三找我谈了话', 'sunli', 'lijuan', '2026-12-02'],
  ])('%s 「%s」 → the head\'s talk with the sender, after the type (or a tap)', async (sender, message, actor, counterpart, date) => {
    const answer = await answerText(sender, message);
    expect(answer).not.toMatch(/没有读出|没看懂/);
    // Untyped (谈话了) the type is asked first; with 廉政方面的 the type is guessed on a card.
    const next = /是哪类活动/.test(answer) ? await answerText(sender, '廉政谈话') : answer;
    expect(next).toMatch(/确认/);
    if (activities().length === 0) await say(sender, '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join()])).toEqual([['talk_integrity', date, actor, counterpart]]);
  });
});

describe('a denied signing then the one held, nothing stored before: the one held recorded (fgb\'s left-alone)', () => {
  it.each([
    ['刘芳', '上周三没和吴静签责任书，只和周涛签了', 'zhoutao'],
    ['刘芳', '上周三没有和吴静签订廉政承诺书，只跟周涛签了', 'zhoutao'],
    ['王建国', '11月25日没和孙丽签责任书，只和李明签了。', 'liming'],
  ])('%s 「%s」 → one signing, with the one named after 只', async (sender, message, counterpart) => {
    const answer = await answerText(sender, message);
    expect(answer).not.toMatch(/没看懂/);
    if (activities().length === 0) await say(sender, '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join()])).toEqual([['pledge_sign', '2026-11-25', counterpart]]);
  });
});

describe('取消 + a thing of the work is a deed told, the talk after it kept (fgf\'s left-alone: the whole report dropped)', () => {
  it('孙丽 「取消了两个不合规的报销事项，并和李娟进行了廉政谈话」 → the day asked, then the talk with 李娟', async () => {
    const answer = await answerText('孙丽', '取消了两个不合规的报销事项，并和李娟进行了廉政谈话');
    expect(answer).not.toMatch(/没看懂|没有读出/);
    expect(answer).toMatch(/哪一天|哪天/);
    await say('孙丽', '今天');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join()])).toEqual([['talk_integrity', '2026-12-06', 'lijuan']]);
  });
});
