// Round 64, fixer gdh (t67a): pasted items and summaries read right on the card, over HTTP.
// F1. 张颖「本月共开展廉政谈话3人次，其中周涛部长与张颖、刘洋各谈1次，刘芳副理事长与周涛谈1次。」: three talks (周涛→张颖,
//     周涛→刘洋, 刘芳→周涛), only the day asked; 「都是12月3日谈的」 dates all three, each on its own line.
// F2. 王芳「…张伟与财务科科长孙丽进行廉政谈话…（通讯员 王芳）」: one talk, the byline no second one.
// F4. 周涛「今天 部里 开了 专题会议 学习 中央八项规定精神 全体5人参加 我主持的」: a 专题会议, not 廉政教育 inferred.
// F5. 张伟「下午找王磊谈了谈心 张三不在」: 张三 said away, not among 「在场的人」.
// F3. 林晓「…黄志刚同志会同组联部周涛部长对宣文部开展作风纪律检查…」: 黄志刚 leads, 周涛 along, 宣文部 checked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (上周三 = 12-02). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows } = chat;

describe('F1. a counted lead over doer–person pairs', () => {
  it('张颖: three talks, the day asked; 「都是12月3日谈的」 dates each', async () => {
    const asked = await answerText('张颖', '本月共开展廉政谈话3人次，其中周涛部长与张颖、刘洋各谈1次，刘芳副理事长与周涛谈1次。');
    expect(asked).not.toMatch(/和谁/);
    expect(activities()).toHaveLength(0);
    const card = await answerText('张颖', '都是12月3日谈的');
    expect(card).toMatch(/刘洋/);
    expect(card).toMatch(/刘芳/);
    expect(card).not.toMatch(/和谁/);
    await say('张颖', '确认');
    expect(rows().sort()).toEqual([
      ['talk_integrity', '2026-12-03', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-12-03', 'zhoutao', 'liuyang'],
      ['talk_integrity', '2026-12-03', 'zhoutao', 'zhangying'],
    ]);
  });
});

describe('F2. a byline is no one talked to', () => {
  it('王芳: （通讯员 王芳） makes no second talk', async () => {
    const card = await answerText('王芳', '12月3日上午，党组书记、理事长张伟与财务科科长孙丽进行廉政谈话，提醒其严守财经纪律。（通讯员 王芳）');
    expect(card).toMatch(/孙丽/);
    expect(card).not.toMatch(/对象：王芳/);
    await say('王芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-03', 'zhangwei', 'sunli']]);
  });
});

describe('F4. a 专题会议 that studied stays the meeting', () => {
  it('周涛: 专题会议, 5 attendees, not 廉政教育 inferred', async () => {
    const reply = await answerText('周涛', '今天 部里 开了 专题会议 学习 中央八项规定精神 全体5人参加 我主持的');
    expect(reply).not.toMatch(/类型是从写法推断的/);
    if (activities().length === 0) await say('周涛', '确认');
    const a = activities();
    expect(a.map((x) => [x.type, x.date, x.actorId, x.attendees])).toEqual([['meeting_special', '2026-12-07', 'zhoutao', 5]]);
  });
});

describe('F5. someone unlisted said away', () => {
  it('张伟: 「张三不在」 is not among 「在场的人」', async () => {
    const card = await answerText('张伟', '下午找王磊谈了谈心 张三不在');
    expect(card).toMatch(/「张三」不在通讯录里/);
    expect(card).toMatch(/不在场/);
    expect(card).not.toMatch(/提到的在场的人/);
  });
});

describe('F3. 会同<unit><person> is who went along', () => {
  it('林晓: 黄志刚 leads, 周涛 along, 宣文部 checked', async () => {
    const card = await answerText('林晓', '12月5日上午，黄志刚同志会同组联部周涛部长对宣文部开展作风纪律检查，检查了考勤和值班情况。');
    expect(card).not.toMatch(/是哪位|谁带队/);
    expect(card).toMatch(/宣文部/);
    expect(card).toMatch(/同行：周涛/);
    await say('林晓', '确认');
    const a = activities();
    expect(a.map((x) => [x.type, x.date, x.actorId, x.departmentId])).toEqual([['inspect_style', '2026-12-05', 'huangzhigang', 'publicity']]);
  });
});
