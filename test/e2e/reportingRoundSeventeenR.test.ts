// Round 17 (issue 10), parser faults: a 分管科室会议 named by its department, closing remarks, counted 信息 with days,
// a 信息 named before its verb — each stored with the right type and doer, through the real app.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId ?? null]);

describe('「组联部分管科室会议」 with no verb: the supervising sender\'s meeting of that department', () => {
  it('刘芳 「补报10月份的：10.9 组联部分管科室会议；10.21 和吴静廉政谈话」: no 周涛 on the card, the meeting hers', async () => {
    await say('刘芳', '补报10月份的：10.9 组联部分管科室会议；10.21 和吴静廉政谈话');
    expect(lastText()).not.toMatch(/周涛|不是.*分管的科室/);
    if (activities().length === 0) await say('刘芳', '确认');
    expect(rows()[0]).toEqual(['meeting_dept', '2026-10-09', 'liufang', 'liaison']);
  });
  it('周涛 「10月9日组联部分管科室会议」: 刘芳\'s, on the card', async () => {
    await say('周涛', '10月9日组联部分管科室会议');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：刘芳/);
    await say('周涛', '确认');
    expect(rows()).toEqual([['meeting_dept', '2026-10-09', 'liufang', 'liaison']]);
  });
});

describe('大家纷纷表示，要以案为鉴…: a reaction, no 警示教育', () => {
  it('刘洋 「…组织学习了《廉洁自律准则》，大家纷纷表示，要以案为鉴、廉洁自律。」: a 廉政教育 of 吴静 only', async () => {
    await say('刘洋', '11月20日康复部组织学习了《廉洁自律准则》，大家纷纷表示，要以案为鉴、廉洁自律。');
    expect(lastText()).not.toMatch(/警示教育/);
    await say('刘洋', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['edu_integrity', '2026-11-20', 'wujing']]);
  });
});

describe('a unit\'s counted 信息 with its days in （）, and a 信息 named before its verb: the head\'s', () => {
  it.each([
    ['徐辉', '另外我们中心11月份报送信息2篇（11月6日、11月20日）', '何平', [['report_info', '2026-11-06', 'heping'], ['report_info', '2026-11-20', 'heping']]],
    ['王强', '财务科11月份的信息11月18日已经报送了', '孙丽', [['report_info', '2026-11-18', 'sunli']]],
  ])('%s 「%s」: 活动人 %s on the card, stored so after 确认', async (from, text, head, stored) => {
    await chat.confirmHeadsCard(from, text, head);
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual(stored);
  });
});

describe('the centre\'s 信息 told with its days in （）: its November duty is done', () => {
  it('徐辉 「我们中心11月份报送信息2篇（11月6日、11月20日）」, 确认: 黄志刚 no longer sees the centre among those whose 信息 is still due', async () => {
    await say('黄志刚', '11月哪些部门的信息还没报');
    expect(lastText()).toMatch(/残疾人康复中心/);
    await say('徐辉', '我们中心11月份报送信息2篇（11月6日、11月20日）');
    await say('徐辉', '确认');
    await say('黄志刚', '11月哪些部门的信息还没报');
    expect(lastText()).not.toMatch(/残疾人康复中心/);
  });
});
