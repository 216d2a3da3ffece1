// Reporting end to end (issue 10, a newcomer's finding): while the bot waits for an answer, a message that tells of
// other work is no answer. Its day must not complete the pending report, it gets its own 「…未记录」, and the member
// is told the question still waits; an answer in the 是…的 focus still answers.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

describe('a pending question and a message about other work', () => {
  it('a 座谈会 sent while the day of a talk is asked: nothing recorded from it, the question still waits', async () => {
    await say('刘芳', '和吴静谈心谈话');
    expect(lastText()).toMatch(/是哪一天/);
    await say('刘芳', '昨天下午到康复部开了个廉政座谈会，大家都发了言');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/座谈.*未记录/);
    expect(lastText()).toMatch(/问题仍在等您回答/);
    await say('刘芳', '11月25日');
    if (/请确认/.test(lastText())) await say('刘芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join(',')])).toEqual([['talk_heart', '2026-11-25', 'wujing']]);
  });

  it('a 警示会 of the whole department sent while the day is asked is not taken as the day', async () => {
    await say('王建国', '和王强谈心谈话');
    expect(lastText()).toMatch(/是哪一天/);
    await say('王建国', '昨天下午3点跟财务科全体开了个廉政警示会');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/未记录/);
    await say('王建国', '取消');
    expect(activities()).toEqual([]);
  });

  it('an answer in the 是…的 focus with words of its own still answers the day', async () => {
    await say('刘芳', '和吴静谈心谈话');
    await say('刘芳', '上周四下午，在三楼会议室进行的');
    if (/请确认/.test(lastText())) await say('刘芳', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['talk_heart', '2026-11-26']]);
  });

  it('other work sent while a 确认 card waits: not recorded, and the card is said to still wait', async () => {
    await say('孙杰', '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    expect(lastText()).toMatch(/请确认/);
    await say('孙杰', '昨天开了个廉政警示会');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/确认卡片仍在等您确认/);
    await say('孙杰', '确认');
    expect(activities().map((a) => [a.type, a.actorId])).toEqual([['edu_lecture', 'zhangwei']]);
  });

  it('anything else typed while a 确认 card waits is said not to be recorded', async () => {
    await say('孙杰', '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    await say('孙杰', '好的谢谢');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/这条消息没有记录，下面的卡片仍在等您确认/);
  });
});
