// Round 51 (issue 10), fixer fzcc: a deed said not held, and someone said absent from a record just reported.
// t54b B-F1: 「本来计划昨天和杨帆进行廉政谈话，但…没谈成，改到下周了」 put that talk on a 确认 card (one tap recorded a talk
// that never happened); now nothing is recorded and the reply says so. 「不对，没谈成，这条不要记」 on a card of one record was
// refused (「卡片上没有「不对,没谈成,」的记录」); now it leaves that record out, as 这条不要 does.
// t54a F1/F8: 「刚才报的…财务科谈话，李娟那天请假了，没谈」 and 「…那次谈话，王强其实不在，没跟他谈」 after a receipt were read as
// a new talk (with someone not named); now that person's talk in the latest report is withdrawn, as 和李娟那条不算 does.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** Sends `text` as `who`, and 确认 when a card is shown, so the report is recorded. */
async function recorded(who: string, text: string): Promise<void> {
  const answer = await answerText(who, text);
  if (/确认/.test(answer) && activities().length === 0) await say(who, '确认');
}

describe('t54b B-F1: a talk said not held is never offered', () => {
  it.each([
    ['本来计划昨天和杨帆进行廉政谈话，但临时去省里开会没谈成，改到下周了'],
    ['原定昨天和杨帆进行廉政谈话，因故推迟了'],
    ['本来约了昨天跟杨帆谈话，结果他请假了，改到下周再谈'],
    ['原计划上周五召开专题会议，领导临时出差没开成'],
  ])('「%s」: nothing recorded, no card, said so', async (said) => {
    const answer = await answerText('王磊', said);
    expect(answer).not.toMatch(/请确认|【还差一点】/);
    expect(answer).toMatch(/没有记录|未记录|没有进行|不记录|只记录已经完成/);
    await say('王磊', '确认');
    expect(activities()).toEqual([]);
  });

  it.each([['不对，没谈成，这条不要记'], ['这条不要记，没谈成'], ['取消了，这个不算']])('「%s」 on a card of one record leaves it out', async (said) => {
    const card = await answerText('李娟', '周四王强副科长带着我去康复部查了考勤');
    expect(card).toMatch(/确认/);
    const answer = await answerText('李娟', said);
    expect(answer).not.toMatch(/卡片上没有/);
    expect(answer).toMatch(/没有记录/);
    await say('李娟', '确认');
    expect(activities()).toEqual([]);
  });
});

describe('t54a F1/F8: someone said absent from the record just reported', () => {
  it.each([
    ['刚才报的上周三财务科谈话，李娟那天请假了，没谈', 'wangqiang'],
    ['上周三在财务科那次谈话，王强其实不在，没跟他谈', 'lijuan'],
    ['刚才报的谈话，王强不在', 'lijuan'],
  ])('「%s」 withdraws that person\'s talk only, never a new report', async (said, kept) => {
    await recorded('王建国', '上周三到财务科分别和王强、李娟进行了廉政谈话');
    expect(activities().map((a) => a.counterpartIds.join()).sort()).toEqual(['lijuan', 'wangqiang']);
    const answer = await answerText('王建国', said);
    expect(answer).not.toMatch(/类型|孙丽|是哪一天|请确认|【还差一点】/);
    expect(answer).toMatch(/已撤销/);
    expect(activities().map((a) => a.counterpartIds.join())).toEqual([kept]);
  });

  it('near-miss: a new report naming an absence elsewhere stays a report', async () => {
    const answer = await answerText('王建国', '昨天到财务科和王强进行了廉政谈话，李娟请假了没谈');
    expect(answer).not.toMatch(/已撤销/);
    await say('王建国', '确认');
    expect(activities().map((a) => a.counterpartIds.join())).toEqual(['wangqiang']);
  });
});
