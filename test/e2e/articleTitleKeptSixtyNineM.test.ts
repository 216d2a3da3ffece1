// t72b (round 69, on the merge 30dd6d62, its clock Tue 2026-12-08): 王芳 「本月向市纪委报送党风廉政建设信息2篇，11月30日报送了
// 一篇《市残联扎实开展警示教育月活动》」 got a card with a 警示教育 made from the article's title and a 信息报送 with no title
// (F2); 「信息报送那条漏了标题，是《…》」 then made a NEW 信息报送 asked its day, and 「就是11月30日那条」 the duplicate warning
// (FB4); 孙杰 「我们中心本周一开了一个作风建设的专题会 何平主任主持的」 was stored with its subject lost (F4). Now the title is
// the paper's, the second paper's day asked, a title left out put on the stored record through 请确认修改, and the meeting's
// subject kept as its title.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 11:00 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T11:00:00+08:00'));
const { activities, answerText, confirmIfAsked, recorded } = chat;

const TITLE = '市残联扎实开展警示教育月活动';

describe('an article sent: its title is the paper’s, never a deed', () => {
  it('王芳 「…信息2篇，11月30日报送了一篇《…》」: one 信息报送 on 11-30 titled so, the other paper’s day asked; 只记这些 keeps one', async () => {
    const card = await answerText('王芳', `本月向市纪委报送党风廉政建设信息2篇，11月30日报送了一篇《${TITLE}》`);
    expect(card).toMatch(/哪一天/);
    expect(card).not.toContain('警示教育｜');
    expect(card).toContain(`《${TITLE}》`);
    await confirmIfAsked('王芳', await answerText('王芳', '只记这些'));
    expect(activities().map((a) => [a.type, a.date, a.title])).toEqual([['report_info', '2026-11-30', TITLE]]);
  });

  it.each([
    ['胡军', '前天向市纪委网站投稿一篇《办公室开展廉政谈话全覆盖》', '2026-12-06', '办公室开展廉政谈话全覆盖'],
    ['杨帆', '12月3号报送简报《宣文部开展警示教育月观影活动》', '2026-12-03', '宣文部开展警示教育月观影活动'],
    ['张颖', '12.2 向市残联报送稿件《组联部召开警示教育大会》被采用', '2026-12-02', '组联部召开警示教育大会'],
    ['王强', '12月1日投了一篇稿子《财务科签订廉政责任书》', '2026-12-01', '财务科签订廉政责任书'],
  ])('%s 「%s」: stored as a 信息报送 with its title, nothing else', async (who, text, day, title) => {
    await recorded(who, text);
    expect(activities().map((a) => [a.type, a.date, a.title])).toEqual([['report_info', day, title]]);
  });

  it('陈静 「本月报送信息2篇，12月1日一篇《A》，12.3 一篇《B》」: two titled papers on their days', async () => {
    await confirmIfAsked('陈静', await answerText('陈静', '本月报送信息2篇，12月1日一篇《教就部开展警示教育》，12.3 一篇《教就部召开专题会议》'));
    expect(activities().map((a) => [a.type, a.date, a.title])).toEqual([
      ['report_info', '2026-12-01', '教就部开展警示教育'],
      ['report_info', '2026-12-03', '教就部召开专题会议'],
    ]);
  });

  it('near-miss: 王芳 「12月2日组织观看警示教育片《迷途》」 stays a 警示教育 with its film', async () => {
    await confirmIfAsked('王芳', await answerText('王芳', '12月2日组织观看警示教育片《迷途》，参加8人'));
    expect(activities().map((a) => [a.type, a.title])).toEqual([['edu_warning', '迷途']]);
  });
});

describe('a title left out of a stored paper, put on it', () => {
  it.each([
    [`信息报送那条漏了标题，是《${TITLE}》`],
    [`刚才那条信息报送漏写了题目，应该是《${TITLE}》`],
    [`补个标题，《${TITLE}》`],
  ])('王芳 stored 「11月30日报送信息一篇」, then 「%s」: 请确认修改 of its title, no new record', async (said) => {
    await recorded('王芳', '11月30日向市纪委报送信息一篇');
    const before = activities();
    expect(before.map((a) => [a.type, a.date, a.title])).toEqual([['report_info', '2026-11-30', undefined]]);
    const reply = await answerText('王芳', said);
    expect(reply).toContain('请确认修改');
    expect(reply).toContain(`《${TITLE}》`);
    expect(reply).not.toMatch(/哪一天|相同记录/);
    expect(await answerText('王芳', '确认')).not.toMatch(/没看懂/);
    expect(activities().map((a) => [a.id, a.type, a.date, a.title])).toEqual([[before[0]!.id, 'report_info', '2026-11-30', TITLE]]);
  });
});

describe('a meeting’s subject said before 的专题会', () => {
  it('孙杰 「我们中心本周一开了一个作风建设的专题会 何平主任主持的」: the meeting titled 作风建设, 何平’s', async () => {
    const card = await answerText('孙杰', '我们中心本周一开了一个作风建设的专题会 何平主任主持的');
    expect(card).toContain('《作风建设》');
    await confirmIfAsked('孙杰', card);
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title])).toEqual([['meeting_special', '2026-12-07', 'heping', '作风建设']]);
  });

  it.each([
    ['周涛', '12月2日开了一个廉政风险防控的专题会', '廉政风险防控'],
    ['吴静', '本周一康复部开了个警示教育的专题会', '警示教育'],
    ['郑华', '上周三 部里 开了 一个 作风建设 的 专题会', '作风建设'],
  ])('%s 「%s」: one 专题会议 titled 《%s》, no 警示教育 of its own', async (who, text, title) => {
    await confirmIfAsked(who, await answerText(who, text));
    expect(activities().map((a) => [a.type, a.title])).toEqual([['meeting_special', title]]);
  });
});
