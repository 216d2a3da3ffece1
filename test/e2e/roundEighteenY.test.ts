// Over HTTP (y18, issue 10, round 18): a pasted 台账 with days written 11-03 is a report card, never an export or a
// question about its title (G).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 18:00 in Shanghai: after the reminders' hours, so a catch-up 逾期提醒 never lands between a message and its answer (it did under load in CI). */
const WEDNESDAY = new Date('2026-12-02T18:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { answerText, lastText, rows, say } = chat;

describe('G: a table with a header row and dated rows is a report whatever its title', () => {
  it('…台账 over 11-10 rows → a card of 2, no export; 确认 records both', async () => {
    const said = await answerText('林晓', '谈心谈话台账\n日期\t谈话人\t对象\t类型\n11-16\t刘芳\t吴静\t谈心谈话\n11-18\t赵敏\t徐辉\t谈心谈话');
    expect(said).not.toMatch(/已导出/);
    expect(said).toMatch(/请确认以下 2 条记录/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-16', 'liufang', 'wujing'],
      ['talk_heart', '2026-11-18', 'zhaomin', 'xuhui'],
    ]);
  });

  it('…登记（11月） over 11-03 rows → a card of all rows at once, the title no record of its own', async () => {
    await say('林晓', '廉政谈话登记（11月）\n日期\t谈话人\t对象\t类型\n11-04\t张伟\t刘芳\t廉政谈话\n11-06\t张伟\t王建国\t廉政谈话');
    expect(lastText()).not.toMatch(/哪一天/);
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-04', 'zhangwei', 'liufang'],
      ['talk_integrity', '2026-11-06', 'zhangwei', 'wangjianguo'],
    ]);
  });

  it('导出11月台账 is still an export request', async () => {
    expect(await answerText('林晓', '导出11月台账')).not.toMatch(/请确认/);
  });
});

describe('I: 去年 in a 补录 of a month the message names as this year\'s is asked, never stored at once', () => {
  it('「补上10月份漏的：去年10月16日…」 → 是哪一年 [2026年][2025年]; 2026年 records 2026-10-16', async () => {
    const asked = await answerText('孙丽', '补上10月份漏的：去年10月16日和李娟谈心谈话');
    expect(asked).toMatch(/是哪一年的10月16日/);
    expect(asked).toMatch(/2026年[\s\S]*2025年/);
    expect(rows()).toEqual([]);
    await say('孙丽', '2026年');
    if (/请确认/.test(lastText())) await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-10-16', 'sunli', 'lijuan']]);
  });

  it('the answer 2025年 keeps last year\'s day', async () => {
    await say('孙丽', '补上10月份漏的：去年10月16日和李娟谈心谈话');
    await say('孙丽', '2025年');
    if (/请确认/.test(lastText())) await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2025-10-16', 'sunli', 'lijuan']]);
  });

  it('「补录去年12月…」 with nothing against it is recorded for last year as before', async () => {
    await say('孙丽', '补录去年12月15日和李娟的谈心谈话');
    expect(lastText()).not.toMatch(/哪一年/);
    expect(rows()).toEqual([['talk_heart', '2025-12-15', 'sunli', 'lijuan']]);
  });
});

describe('H: a correction with 搞错/弄错/记错/填错 reaches the 原来/改为 card', () => {
  it.each([
    ['日期搞错了 应该是11月29号', '2026-11-29'],
    ['弄错了，是上周五', '2026-11-27'],
    ['日期记错了，应为周一', '2026-11-30'],
    ['时间填错了，是前天', '2026-11-30'],
  ])('「%s」 → 请确认修改, then %s after 确认', async (said, day) => {
    await say('周涛', '今天和张颖谈心谈话了');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'zhoutao', 'zhangying']]);
    // The answer, not lastText(): a scheduled reminder may land in between on the first bot of a run.
    const answer = await answerText('周涛', said);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/原来[\s\S]*改为/);
    expect(rows().map((r) => r[1])).toEqual(['2026-12-02']);
    await say('周涛', '确认');
    expect(rows()).toEqual([['talk_heart', day, 'zhoutao', 'zhangying']]);
  });

  it('「搞错了，对象是王强」 puts 王强 in the talk on 确认', async () => {
    await say('孙丽', '今天和李娟谈心谈话');
    await say('孙丽', '搞错了，对象是王强');
    expect(lastText()).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'sunli', 'wangqiang']]);
  });
});

describe('K: a forwarded 通知 with a deadline, a contact and a signature is no report', () => {
  it.each([
    ['【通知】各部室：请于12月12日前报送年度述责述廉报告及自查总结，联系人：林晓，电话8123456。机关纪委 2026年12月1日'],
    ['【通知】请各部室于12月12日前报送述责述廉报告，联系人：林晓。机关纪委 2026年12月1日'],
  ])('「%s」 → nothing recorded, said so, no question whose it is', async (said) => {
    const answer = await answerText('李明', said);
    expect(answer).toMatch(/通知[\s\S]*没有记录/);
    expect(answer).not.toMatch(/是谁的/);
    expect(rows()).toEqual([]);
  });
});
