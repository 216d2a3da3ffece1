// Round 51 (issue 10), fixer fzb: corrections and answers that carry more than one field or day (t53a F5, F8; t53b F6).
// F5: on a 确认 card 「题目改成守住底线 参加人数5人」 changed the title and dropped the count silently; after recording
// 「日期改成25号 人数改成6」 was 没看懂 and 「刚才那条题目是守住底线，一共8个人」 changed only the title. Now every field said
// is changed (题目不变 · 其他不变 set aside), or nothing is.
// F8: 「把刚才那条学习撤销」「刚才报的廉政谈话撤回一下」 were 没看懂; now the latest report's record named is withdrawn.
// F6: 「11月20日2篇，11月27日1篇」 to the days of three papers gave one paper and asked two again; 「李明是20号 孙丽是27号」 to
// the day of two talks stored both on 11-20. Now each day has its own papers, each talk its own day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 王磊's clerk-reported 党课 (a 确认 card: 杨帆 its doer). */
const LECTURE = '宣文部11月27日开了支部会 杨帆讲了一堂廉政党课 题目是以案为鉴 5人参加';
/** 王磊's own film, recorded at once. */
const FILM = '上周五组织全部门观看了警示教育片《一念之差》，参加5人';
/** 王磊's own study, recorded at once. */
const STUDY = '上周五组织全部门学习了《廉洁自律准则》，参加5人';

const shown = () => activities().map((a) => [a.date, a.title ?? '', a.attendees ?? 0]);

describe('t53a F5: every field said in one correction on a 确认 card is changed', () => {
  it.each([
    ['题目改成守住底线 参加人数6人', ['2026-11-27', '守住底线', 6]],
    ['日期改成25号 人数改成6', ['2026-11-25', '以案为鉴', 6]],
    ['题目是守住底线，一共6个人', ['2026-11-27', '守住底线', 6]],
    ['人数应该是8人 不是5人 题目不变', ['2026-11-27', '以案为鉴', 8]],
    ['题目改为廉洁从业 人数改为9人', ['2026-11-27', '廉洁从业', 9]],
    ['日期改成11月25日 人数改成6人 题目不变', ['2026-11-25', '以案为鉴', 6]],
    ['题目改成守住底线 7人参加', ['2026-11-27', '守住底线', 7]],
  ])('「%s」', async (said, want) => {
    const card = await answerText('王磊', LECTURE);
    expect(card).toMatch(/请确认/);
    const answer = await answerText('王磊', said);
    expect(answer).toMatch(/已按您的更正修改/);
    expect(activities()).toEqual([]);
    await say('王磊', '确认');
    expect(shown()).toEqual([want]);
  });
});

describe('t53a F5 after recording: one 请确认修改 card with every change', () => {
  it.each([
    ['日期改成25号 人数改成6', ['2026-11-25', '一念之差', 6]],
    ['刚才那条题目是守住底线，一共8个人', ['2026-11-27', '守住底线', 8]],
    ['人数应该是8人 不是5人 题目不变', ['2026-11-27', '一念之差', 8]],
    ['片名改成贪婪之祸 参加人数7人', ['2026-11-27', '贪婪之祸', 7]],
    ['刚才那条人数改成9人 其他不变', ['2026-11-27', '一念之差', 9]],
  ])('「%s」', async (said, want) => {
    await say('王磊', FILM);
    expect(activities()).toHaveLength(1);
    const answer = await answerText('王磊', said);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/没看懂/);
    await say('王磊', '确认');
    expect(shown()).toEqual([want]);
  });

  it('near-miss: 「题目改成守住底线」 alone changes only the title', async () => {
    await say('王磊', FILM);
    await answerText('王磊', '题目改成守住底线');
    await say('王磊', '确认');
    expect(shown()).toEqual([['2026-11-27', '守住底线', 5]]);
  });
});

describe('t53a F8: 撤销/撤回 of the latest report\'s record named by its kind', () => {
  it.each([['把刚才那条学习撤销'], ['刚才那条学习撤回吧'], ['撤回刚才的廉政教育']])('「%s」 after a study: withdrawn', async (said) => {
    await say('王磊', STUDY);
    expect(activities()).toHaveLength(1);
    const answer = await answerText('王磊', said);
    expect(answer).toMatch(/已撤销/);
    expect(activities()).toEqual([]);
  });

  it.each([['刚才报的廉政谈话撤回一下'], ['撤销刚才报的廉政谈话'], ['刚才和杨帆的谈话撤销']])('「%s」 after a study and then a talk: the talk withdrawn', async (said) => {
    await say('王磊', STUDY);
    await say('王磊', '今天和杨帆进行了廉政谈话');
    expect(activities()).toHaveLength(2);
    const answer = await answerText('王磊', said);
    expect(answer).toMatch(/已撤销/);
    expect(activities().map((a) => a.type)).toEqual(['edu_integrity']);
  });

  // Round 61 (gaf): the study the member reported before the talk is found among what they reported and offered with 撤销
  // (was: 「没有找到」 said alone); still nothing is withdrawn until they ask.
  it('「撤回刚才报的那条学习」 when the latest report is a talk: said plainly, the earlier study offered, nothing withdrawn', async () => {
    await say('王磊', STUDY);
    await say('王磊', '今天和杨帆进行了廉政谈话');
    const answer = await answerText('王磊', '撤回刚才报的那条学习');
    expect(answer).not.toMatch(/没看懂|已撤销/);
    expect(answer).toMatch(/「学习」不在您最近一次上报里；在您上报过的记录里找到 1 条.*还没有撤销任何记录/s);
    expect(activities()).toHaveLength(2);
  });
});

describe('t53b F6: an answer giving each day its own count or person', () => {
  it.each([
    ['11月20日2篇，11月27日1篇'],
    ['20号两篇 27号一篇'],
    ['11月20日两篇、11月27日一篇'],
  ])('「%s」 to the days of three papers: two on 11-20, one on 11-27', async (said) => {
    const asked = await answerText('王磊', '本月报送廉政信息3篇');
    expect(asked).toMatch(/分别是哪几天/);
    await answerText('王磊', said);
    if (activities().length === 0) await say('王磊', '确认');
    expect(activities().map((a) => a.date).sort()).toEqual(['2026-11-20', '2026-11-20', '2026-11-27']);
  });

  it('「20号两篇 27号两篇」 to three papers: four said, nothing recorded, asked again', async () => {
    await answerText('王磊', '本月报送廉政信息3篇');
    const answer = await answerText('王磊', '20号两篇 27号两篇');
    expect(answer).toMatch(/对不上/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 「11月3日、11月10日、11月17日」 one paper a day, as before', async () => {
    await answerText('王磊', '本月报送廉政信息3篇');
    await answerText('王磊', '11月3日、11月10日、11月17日');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-03', '2026-11-10', '2026-11-17']);
  });

  it.each([
    ['李明是20号 孙丽是27号', ['2026-11-20', '2026-11-27']],
    ['李明是周一 孙丽是周四', ['2026-11-23', '2026-11-26']],
    ['20号和李明 27号和孙丽', ['2026-11-20', '2026-11-27']],
  ])('「%s」 to the day of two talks: each on their own day', async (said, days) => {
    await answerText('王建国', '上周和李明、孙丽分别进行了廉政谈话');
    await answerText('王建国', said);
    if (activities().length === 0) await say('王建国', '确认');
    expect(activities().map((a) => [a.counterpartIds.join(), a.date])).toEqual([['liming', days[0]], ['sunli', days[1]]]);
  });

  it('「20号和27号都有」 (two days, no one paired) to the day of two talks: never one day for both', async () => {
    await answerText('王建国', '和李明、孙丽分别进行了廉政谈话');
    await answerText('王建国', '李明那次20号吧 孙丽记不清了 27号左右');
    expect(activities().every((a) => a.date !== '2026-11-20' || a.counterpartIds[0] !== 'sunli')).toBe(true);
  });

  it('near-miss: 「周二」 to the day of two talks: both on that day, as before', async () => {
    await answerText('王建国', '上周和李明、孙丽分别进行了廉政谈话');
    await answerText('王建国', '周二');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-24', '2026-11-24']);
  });
});
