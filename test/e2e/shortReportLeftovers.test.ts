// Over HTTP (h24, issue 10, short-report leftovers): an untyped 谈了话 beside a signing keeps the talks; the month a
// report named frames a bare weekday answered with a photo caption or beside 「第二条是计划」, as in the other routes.
import { describe, expect, it } from 'vitest';
import { postContent } from '../../src/emulator/createEmulator.js';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

/** Wednesday 2026-12-02, 15:00 in Shanghai. */
const chat = useChatBot(new Date('2026-12-02T15:00:00+08:00'));
const { rows, say } = chat;

/** What the bot answered `from`'s message (its replies; the scheduler's reminders of the day left out). */
async function reply(from: string, text: string, opts?: Parameters<typeof chat.say>[2]): Promise<string> {
  return (await chat.answers(from, text, opts)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}
// The first bot of a worker loads every module; on a loaded machine that alone passed the 20 s hook limit.

describe('an untyped talk with several people beside a signing', () => {
  it('王建国 「前天和李明、孙丽谈了话，还签了责任书」: the talks\' type is asked once, then all four on a card', async () => {
    expect(await reply('王建国', '前天和李明、孙丽谈了话，还签了责任书')).toMatch(/哪类活动|哪一类谈话/);
    expect(rows()).toEqual([]);
    expect(await reply('王建国', '廉政谈话')).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say('王建国', '确认');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([
      ['talk_integrity', '2026-11-30', 'liming'],
      ['talk_integrity', '2026-11-30', 'sunli'],
      ['pledge_sign', '2026-11-30', 'liming'],
      ['pledge_sign', '2026-11-30', 'sunli'],
    ]);
  });
});

describe('the month a report named, in the photo and plan-item routes', () => {
  it('孙丽 「上个月和王强谈心谈话了一次」 → a photo captioned 「周三」: November\'s Wednesdays are asked, today never stored', async () => {
    expect(await reply('孙丽', '上个月和王强谈心谈话了一次')).toMatch(/消息说的是11月/);
    expect(await reply('孙丽', '', { messageType: 'post', content: postContent('', [[{ text: '周三' }], [{ imageKey: 'img_v3_talk' }]]) })).toMatch(/11月的哪个周三？4日、11日、18日还是25日/);
    expect(rows()).toEqual([]);
    await say('孙丽', '11月18日');
    if (rows().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-18', 'sunli', 'wangqiang']]);
    expect(chat.activities()[0]!.evidence?.map((e) => e.key)).toEqual(['img_v3_talk']);
  });

  it('周涛 「10月份跟张颖谈心谈话，跟王磊廉政谈话」 → 「星期五，第一条是计划」: October\'s Fridays asked, never a November day', async () => {
    await say('周涛', '10月份跟张颖谈心谈话，跟王磊廉政谈话');
    expect(await reply('周涛', '星期五，第一条是计划')).toMatch(/10月的哪个星期五？2日、9日、16日、23日还是30日/);
    expect(rows()).toEqual([]);
    await say('周涛', '10月23日');
    if (rows().length === 0) await say('周涛', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-10-23', 'zhoutao', 'wanglei']]);
  });

  it('吴静 「本月和刘洋谈心谈话，和孙杰廉政谈话」 → 「第二条是计划，周二」: December has one Tuesday, which is taken', async () => {
    await say('吴静', '本月和刘洋谈心谈话，和孙杰廉政谈话');
    await say('吴静', '第二条是计划，周二');
    if (rows().length === 0) await say('吴静', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'wujing', 'liuyang']]);
  });
});

describe('names run together before 我都谈完了: every one a talk, one day asked once for all', () => {
  it('刘芳 「吴静周涛我都谈完了 廉政的」 → 「上周五」: both talks on 11-27, the day asked once', async () => {
    expect(await reply('刘芳', '吴静周涛我都谈完了 廉政的')).toMatch(/与吴静、周涛的廉政谈话是哪一天/);
    await say('刘芳', '上周五');
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-27', 'liufang', 'wujing'],
      ['talk_integrity', '2026-11-27', 'liufang', 'zhoutao'],
    ]);
  });

  it('王建国 「李明和孙丽我都谈过了，谈心」 → 「11月25日、11月26日」: one day each, in order, never 李明 as the doer', async () => {
    expect(await reply('王建国', '李明和孙丽我都谈过了，谈心')).toMatch(/与李明、孙丽的谈心谈话是哪一天/);
    await say('王建国', '11月25日、11月26日');
    if (rows().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-25', 'wangjianguo', 'liming'],
      ['talk_heart', '2026-11-26', 'wangjianguo', 'sunli'],
    ]);
  });
});

describe('a leader\'s reminder the member counts as a talk', () => {
  it('李娟 「孙科长…把我和王强叫到办公室，提醒我们…，算是一次廉政谈话吧」: 孙丽\'s talks with 李娟 and 王强, on a card', async () => {
    const said = await reply('李娟', '孙科长今天上午把我和王强叫到办公室，提醒我们年底财务报销不能打擦边球，算是一次廉政谈话吧');
    expect(said).toMatch(/请确认/);
    expect(said).not.toMatch(/没看懂|提醒设置|不再提醒/);
    expect(rows()).toEqual([]);
    await say('李娟', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'sunli', 'lijuan'],
      ['talk_integrity', '2026-12-02', 'sunli', 'wangqiang'],
    ]);
  });

  it('陈静 「郑部长昨天提醒我节前不能打擦边球，算是一次廉政谈话吧」: 郑华\'s talk with 陈静, on a card', async () => {
    expect(await reply('陈静', '郑部长昨天提醒我节前不能打擦边球，算是一次廉政谈话吧')).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say('陈静', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'zhenghua', 'chenjing']]);
  });
});

describe('own probe: a talk after a signing, a day and a person only, a talk still to come', () => {
  it('王建国 「今天跟孙丽签了责任书，还谈了话」: the talk is kept and asked its kind, both on a card', async () => {
    expect(await reply('王建国', '今天跟孙丽签了责任书，还谈了话')).toMatch(/哪类活动/);
    expect(rows()).toEqual([]);
    expect(await reply('王建国', '谈心谈话')).toMatch(/请确认/);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'sunli'],
      ['talk_heart', '2026-12-02', 'wangjianguo', 'sunli'],
    ]);
  });

  it('孙丽 「今天跟王强谈心谈话，昨天跟李娟」: 李娟\'s talk is yesterday\'s, on a card', async () => {
    expect(await reply('孙丽', '今天跟王强谈心谈话，昨天跟李娟')).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-02', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-12-01', 'sunli', 'lijuan'],
    ]);
  });

  it('吴静 「今天和刘洋谈心谈话，明天找孙杰谈」: today\'s talk stored, tomorrow\'s named as a plan, nothing asked', async () => {
    expect(await reply('吴静', '今天和刘洋谈心谈话，明天找孙杰谈')).toMatch(/计划安排，未记录/);
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'wujing', 'liuyang']]);
  });
});

describe('own probe, second pass', () => {
  it('张伟 「昨天跟王建国、刘芳两位副理事长分别签了责任书，也都谈了话」: the talks are kept, asked their kind once', async () => {
    expect(await reply('张伟', '昨天跟王建国、刘芳两位副理事长分别签了责任书，也都谈了话')).toMatch(/哪类活动|哪一类谈话/);
    expect(rows()).toEqual([]);
    expect(await reply('张伟', '廉政谈话')).toMatch(/请确认/);
    await say('张伟', '确认');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([
      ['pledge_sign', '2026-12-01', 'wangjianguo'],
      ['pledge_sign', '2026-12-01', 'liufang'],
      ['talk_integrity', '2026-12-01', 'wangjianguo'],
      ['talk_integrity', '2026-12-01', 'liufang'],
    ]);
  });

  it('刘芳 「上周和周涛吴静都谈了心，具体哪天忘了」: the day is asked once for both in last week, never 没看懂', async () => {
    const said = await reply('刘芳', '上周和周涛吴静都谈了心，具体哪天忘了');
    expect(said).not.toMatch(/没看懂/);
    expect(said).toMatch(/与周涛、吴静的谈心谈话是上周/);
    await say('刘芳', '上周四');
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-26', 'liufang', 'zhoutao'],
      ['talk_heart', '2026-11-26', 'liufang', 'wujing'],
    ]);
  });
});
