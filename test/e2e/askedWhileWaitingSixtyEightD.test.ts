// Round 68, ghd (t70b; issue 10): a member's question typed while the bot waits for an answer (参加人数也要填吗？ · 日期必须写吗 ·
// 这个能不填吗 · 不知道几个人怎么办) got 「没能把这条回复读成下面问题的答案」 and the question again; now a short plain answer — what
// is needed, what may be left out — then the same question, nothing stored from the question, and the member's answer after it
// records as before. Beside it, what these dialogs keep: a head's own meeting with its recorder named (，张颖做记录) stored at
// once as his, and 「11.25 … 11.26 …」 said with spaces read as two deeds on their own days.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, answerText, say, rows } = chat;

describe('a question about a report typed while its question waits', () => {
  it.each([
    ['王磊', '参加人数也要填吗？', /参加人数可以不填/],
    ['周涛', '不知道几个人怎么办', /参加人数可以不填/],
    ['冯雪', '人数不清楚咋办', /参加人数可以不填/],
    ['何平', '日期必须写吗', /日期必须有/],
    ['孙丽', '这个能不填吗', /日期必须有/],
    ['郑华', '片名要写吗？', /题目可以不填/],
    ['吴静', '時間一定要填嗎', /日期必须有/],
  ])('%s 「%s」 to 是哪一天 → answered, the day asked again; 昨天 then records the film', async (from, question, said) => {
    expect(await answerText(from, '组织观看了警示教育片')).toMatch(/是哪一天/);
    const answer = await answerText(from, question);
    expect(answer).toMatch(said);
    expect(answer).toMatch(/是哪一天/);
    expect(answer).not.toMatch(/没能把这条回复读成/);
    expect(activities()).toEqual([]);
    expect(await answerText(from, '昨天')).toMatch(/已记录/);
    expect(activities().map((a) => [a.type, a.date])).toEqual([['edu_warning', '2026-11-29']]);
  });

  it('这个能不填吗 to 和谁谈的 → whom is needed for a talk; 杨帆 then records the talk with her', async () => {
    expect(await answerText('王磊', '昨天进行了廉政谈话')).toMatch(/和谁谈的/);
    const answer = await answerText('王磊', '这个能不填吗');
    expect(answer).toMatch(/谈话要写和谁谈的/);
    expect(answer).toMatch(/和谁谈的/);
    expect(activities()).toEqual([]);
    await chat.confirmIfAsked('王磊', await answerText('王磊', '杨帆'));
    expect(rows()).toEqual([['talk_integrity', '2026-11-29', 'wanglei', 'yangfan']]);
  });

  it('取消 after the answer still ends the report, nothing stored', async () => {
    await say('周涛', '组织观看了警示教育片');
    expect(await answerText('周涛', '参加人数也要填吗？')).toMatch(/参加人数可以不填/);
    expect(await answerText('周涛', '取消')).toMatch(/已取消/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 昨天？对，昨天 is the answer itself, recorded at once', async () => {
    await say('王磊', '组织观看了警示教育片');
    const answer = await answerText('王磊', '昨天？对，昨天');
    expect(answer).not.toMatch(/可以不填|必须有/);
    expect(activities().map((a) => [a.type, a.date])).toEqual([['edu_warning', '2026-11-29']]);
  });

  it('near-miss: a complete new report while waiting is its own report, as today', async () => {
    await say('王磊', '组织观看了警示教育片');
    const answer = await answerText('王磊', '上周三组织学习《廉洁自律准则》，参加8人');
    expect(answer).not.toMatch(/可以不填|必须有/);
    expect(activities().map((a) => [a.type, a.date, a.attendees])).toEqual([['edu_integrity', '2026-11-25', 8]]);
  });
});

describe('details the reports keep', () => {
  it('周涛 「…在部里召开了党风廉政建设专题会，张颖做记录」 → his own 专题会议 at once, 张颖 no doer', async () => {
    const answer = await answerText('周涛', '昨天在部里召开了党风廉政建设专题会，张颖做记录');
    expect(answer).toMatch(/已记录/);
    expect(answer).not.toMatch(/是谁/);
    expect(answer).toMatch(/张颖是会议记录人，未记为活动人/);
    expect(rows()).toEqual([['meeting_special', '2026-11-29', 'zhoutao', '']]);
  });

  it('何平 「11.25 组织 学习 廉洁自律准则 11.26 和孙杰谈心谈话 共 3 人参加」 → the study 11-25 (3人) and the talk 11-26 on one card', async () => {
    const answer = await answerText('何平', '11.25 组织 学习 廉洁自律准则 11.26 和孙杰谈心谈话 共 3 人参加');
    expect(answer).toMatch(/请确认/);
    expect(activities()).toEqual([]);
    await say('何平', '确认');
    expect(chat.datedRows()).toEqual([
      ['edu_integrity', '2026-11-25', 'heping', '', 3],
      ['talk_heart', '2026-11-26', 'heping', 'sunjie', null],
    ]);
  });

  it('何平 … 取消 on the card stores nothing', async () => {
    await say('何平', '11.25 组织 学习 廉洁自律准则 11.26 和孙杰谈心谈话');
    await say('何平', '取消');
    expect(activities()).toEqual([]);
  });
});
