// Over HTTP (q22, issue 10, round 22u A1/A3/D1): a bare weekday answered after 「上个月」/「10月份」 is read in that month
// and asked again when the month has several; a day and the weekday written with it that disagree are asked; 会后 talks
// after a dated meeting keep the meeting's day, not the next sentence's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 18:00 in Shanghai. */
const WEDNESDAY_EVENING = new Date('2026-12-02T18:00:00+08:00');

const chat = useChatBot(WEDNESDAY_EVENING);
const { lastText, rows, say } = chat;

describe('A1: the month a report names frames a bare weekday answered to 是哪一天', () => {
  it('孙丽 「上个月…」 → 周三: November has four, so they are asked, never today stored', async () => {
    await say('孙丽', '上个月和王强谈心谈话了一次');
    expect(lastText()).toMatch(/是哪一天进行的？消息说的是11月/);
    await say('孙丽', '周三');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/11月的哪个周三？4日、11日、18日还是25日/);
    await say('孙丽', '11月18日');
    expect(rows()).toEqual([['talk_heart', '2026-11-18', 'sunli', 'wangqiang']]);
  });

  it('周涛 「10月份…」 → 星期五: asked among October\'s Fridays, and the one tapped is stored', async () => {
    await say('周涛', '10月份和张颖进行了廉政谈话');
    await say('周涛', '星期五');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/10月的哪个星期五？2日、9日、16日、23日还是30日/);
    await say('周涛', '10月16日');
    expect(rows()).toEqual([['talk_integrity', '2026-10-16', 'zhoutao', 'zhangying']]);
  });

  it('吴静 「本月…」 → 周三: December has one so far, which is taken', async () => {
    await say('吴静', '本月和刘洋进行了谈心谈话');
    await say('吴静', '周三');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'wujing', 'liuyang']]);
  });

  it('吴静 「本月…」 is asked with an example day that has come (round 29 t29: 「12月20日」 on 12-02 is refused)', async () => {
    await say('吴静', '本月和刘洋进行了廉政谈话');
    expect(lastText()).toMatch(/消息说的是12月，请回复日期，如「12月2日」/);
    await say('孙丽', '上个月和王强进行了廉政谈话');
    expect(lastText()).toMatch(/消息说的是11月，请回复日期，如「11月20日」/);
  });
});

describe('A3: a day and its written weekday that disagree are asked, both named', () => {
  it('王建国 「11月13日（周四）」: 11-13 is a Friday; nothing stored until one is chosen', async () => {
    await say('王建国', '11月13日（周四）和李明进行了谈心谈话');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/11月13日是周五。是11月12日（周四）还是11月13日（周五）/);
    await say('王建国', '周四');
    expect(rows()).toEqual([['talk_heart', '2026-11-12', 'wangjianguo', 'liming']]);
  });
});

describe('D1: 会后 deeds after a dated meeting keep its day', () => {
  it('刘芳: the 会后 talks are on 11-12, the next sentence\'s talk on 11-26, all on one card', async () => {
    await say('刘芳', '11月12日到组联部召开分管科室廉政工作会议；会后分别和周涛、张颖谈了廉政。11月26日到康复部和吴静谈心谈话。');
    expect(rows()).toEqual([]);
    await say('刘芳', '确认');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([
      ['meeting_dept', '2026-11-12', ''],
      ['talk_integrity', '2026-11-12', 'zhoutao'],
      ['talk_integrity', '2026-11-12', 'zhangying'],
      ['talk_heart', '2026-11-26', 'wujing'],
    ]);
  });
});

describe('B1: 谈了廉政 said with a signing is a talk too', () => {
  it('陈志强 「上周分别和郑华、冯雪谈了廉政，还签了责任书」 → 都是周二: four records on a card, none dropped', async () => {
    await say('陈志强', '上周分别和郑华、冯雪谈了廉政，还签了责任书');
    await say('陈志强', '都是周二');
    expect(rows()).toEqual([]);
    expect(lastText()).toContain('廉政谈话');
    await say('陈志强', '确认');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([
      ['talk_integrity', '2026-11-24', 'zhenghua'],
      ['talk_integrity', '2026-11-24', 'fengxue'],
      ['pledge_sign', '2026-11-24', 'zhenghua'],
      ['pledge_sign', '2026-11-24', 'fengxue'],
    ]);
  });
});

describe('A2: a signing added in the answer to 是哪一天 keeps the talk and is with the same person', () => {
  it('冯雪 「和赵磊进行了廉政谈话」 → 「上周五，顺便签了承诺书」: the talk and the signing with 赵磊 on 11-27, on a card', async () => {
    await say('冯雪', '和赵磊进行了廉政谈话');
    expect(lastText()).toMatch(/是哪一天/);
    await say('冯雪', '上周五，顺便签了承诺书');
    expect(rows()).toEqual([]);
    expect(lastText()).not.toContain('已放弃');
    await say('冯雪', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-27', 'fengxue', 'zhaolei'],
      ['pledge_sign', '2026-11-27', 'fengxue', 'zhaolei'],
    ]);
  });
});

describe('A1 in the answer that also carries a new report', () => {
  it('孙丽 「上周…」 → 「周三，另外昨天还和李娟谈心谈话」: 周三 is last week\'s, the new talk yesterday', async () => {
    await say('孙丽', '上周和王强谈心谈话了');
    await say('孙丽', '周三，另外昨天还和李娟谈心谈话');
    expect(rows()).toEqual([]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-25', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-12-01', 'sunli', 'lijuan'],
    ]);
  });
});
