// Reporting end to end (issue 10, round 34a F2/F7/F9): the scope of a clause, as the member sees it in chat.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

describe('clause scope (round 34a)', () => {
  it('a talk beside a paper not handed in yet: the talk is recorded, the paper named as not done, never 「没有进行」', async () => {
    await say('陈志强', '11月21日和冯雪谈了心，维权部的自查报告还没交。');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['talk_heart', '2026-11-21', 'chenzhiqiang', 'fengxue']]);
    expect(lastText()).toMatch(/还没有做的自查总结/);
    expect(lastText()).not.toMatch(/没有进行|延期、取消/);
  });

  it('a paper not handed in, alone: nothing recorded', async () => {
    await say('陈志强', '维权部的自查报告还没报。');
    expect(activities()).toEqual([]);
  });

  it('doers each with their own day before 分别: one lecture each on their day, after one tap', async () => {
    await say('黄志刚', '11月24日张伟书记、11月25日王建国副理事长、11月26日刘芳副理事长分别讲授了廉政党课。');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['edu_lecture', '2026-11-24', 'zhangwei'],
      ['edu_lecture', '2026-11-25', 'wangjianguo'],
      ['edu_lecture', '2026-11-26', 'liufang'],
    ]);
  });

  it('a day told last (检查时间为…) after 11月下旬: no day question, no 「没有对应到任何记录」 on the card', async () => {
    await say('黄志刚', '11月下旬，机关纪委会同办公室对各部室开展了作风纪律专项检查，重点检查上下班考勤、工作日午间饮酒等情况，检查时间为11月25日。');
    expect(lastText()).not.toMatch(/是哪一天/);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    expect(lastText()).toMatch(/2026-11-25/);
  });
});

describe('a correction naming the member by what they did (round 34a, F4)', () => {
  it('「第1条不对，是我带队去的，不是陈副理事长」 on a waiting card: the doer becomes the sender', async () => {
    await say('郑华', '上周五陈副理事长带部门同志去法院旁听了职务犯罪庭审。');
    expect(lastText()).toMatch(/请确认/);
    await say('郑华', '第1条不对，是我带队去的，不是陈副理事长');
    expect(lastText()).not.toMatch(/没有在通讯录/);
    await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['edu_warning', '2026-11-27', 'zhenghua']]);
  });
});
