// Round 69, gin (t72b on the merge 30dd6d62): 周涛, his talk with 张颖 just stored, wrote 「刚才报的那条报错了，实际是和刘洋谈的，
// 不是张颖」 and got 没看懂 (「不是张颖，是刘洋」 was read); the record changed then kept 组联部, though a talk is at its one
// counterpart's department. 孙杰「刚才那个会报错了，实际是上周二开的」 got 「没有找到您最近上报的「会报错了」的记录」. A record
// pointed at (那条 · 那个会 · 那次会 · 那个党课 · 那场学习), owned wrong, then the right person or day is now the 请确认修改 card of
// the stored record; 确认 changes it (a talk's department with its person), 取消 keeps it, nothing new is stored.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 11:00 in Shanghai (the tester's clock): 上周四 is 12-03, 本周一 12-07, 上周二 12-01. */
const chat = useChatBot(new Date('2026-12-08T11:00:00+08:00'));
const { activities, answerText, say, recorded } = chat;

const talks = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds, a.departmentId]);
const meetings = () => activities().map((a) => [a.type, a.date, a.actorId]);

describe('周涛\'s stored talk with 张颖: the person owned wrong in loose words', () => {
  it.each([
    ['刚才报的那条报错了，实际是和刘洋谈的，不是张颖'],
    ['刚才报的那条报错了 实际是和刘洋谈的 不是张颖'],
    ['刚才那条写错了，实际是跟刘洋谈的，不是张颖'],
    ['剛才那條搞錯了，其實是跟劉洋談的，不是張穎'],
    ['刚才那条弄错了，实际不是张颖，是和刘洋谈的'],
  ])('「%s」 → 请确认修改 张颖 → 刘洋; 确认 changes it, its department 康复部 with 刘洋', async (text) => {
    await recorded('周涛', '上周四我跟张颖谈心谈话 主要聊了工作作风的事');
    expect(talks()).toEqual([['talk_heart', '2026-12-03', 'zhoutao', ['zhangying'], 'liaison']]);
    const card = await answerText('周涛', text);
    expect(card).toMatch(/请确认修改/);
    expect(card).toContain('原来：谈心谈话｜2026-12-03｜对象：张颖');
    expect(card).toContain('改为：谈心谈话｜2026-12-03｜对象：刘洋');
    expect(card).not.toMatch(/没看懂|没有找到/);
    expect(talks()).toEqual([['talk_heart', '2026-12-03', 'zhoutao', ['zhangying'], 'liaison']]);
    const receipt = await answerText('周涛', '确认');
    expect(receipt).toMatch(/已修改/);
    expect(talks()).toEqual([['talk_heart', '2026-12-03', 'zhoutao', ['liuyang'], 'rehab']]);
  });

  it('「不是张颖，是刘洋」 (read before) now moves the department too', async () => {
    await recorded('周涛', '上周四我跟张颖谈心谈话 主要聊了工作作风的事');
    expect(await answerText('周涛', '不是张颖，是刘洋')).toMatch(/请确认修改/);
    await say('周涛', '确认');
    expect(talks()).toEqual([['talk_heart', '2026-12-03', 'zhoutao', ['liuyang'], 'rehab']]);
  });

  it('取消 keeps 张颖 and 组联部', async () => {
    await recorded('周涛', '上周四我跟张颖谈心谈话 主要聊了工作作风的事');
    expect(await answerText('周涛', '刚才报的那条报错了，实际是和刘洋谈的，不是张颖')).toMatch(/请确认修改/);
    await say('周涛', '取消');
    expect(talks()).toEqual([['talk_heart', '2026-12-03', 'zhoutao', ['zhangying'], 'liaison']]);
  });

  it('冯雪 「刚才那条记错了，实际是跟赵磊谈的 不是陈静」 on her talk with 陈静: 赵磊 on 确认, one record, 维权部', async () => {
    await recorded('冯雪', '昨天和陈静谈心谈话');
    const card = await answerText('冯雪', '刚才那条记错了，实际是跟赵磊谈的 不是陈静');
    expect(card).toMatch(/请确认修改/);
    expect(card).toContain('对象：赵磊');
    await say('冯雪', '确认');
    expect(talks()).toEqual([['talk_heart', '2026-12-07', 'fengxue', ['zhaolei'], 'rights']]);
  });
});

describe('孙杰\'s stored 专题会 (本周一): the day owned wrong, 会 the meeting', () => {
  it.each([
    ['刚才那个会报错了，实际是上周二开的'],
    ['刚才那个会报错了 实际是上周二开的'],
    ['剛才那個會報錯了，實際是上週二開的'],
    ['那次会搞错了，其实是12月1日开的'],
    ['刚才那个专题会写错了，应该是12月1号开的'],
    ['刚才那个会 弄错了 实际是 上周二 开的'],
  ])('「%s」 → 请确认修改 12-07 → 12-01; 确认 moves it', async (text) => {
    await recorded('孙杰', '我们中心本周一开了一个作风建设的专题会 何平主任主持的');
    expect(meetings()).toEqual([['meeting_special', '2026-12-07', 'heping']]);
    const card = await answerText('孙杰', text);
    expect(card).toMatch(/请确认修改/);
    expect(card).toContain('改为：专题会议｜2026-12-01');
    expect(card).not.toMatch(/没有找到|没看懂/);
    await say('孙杰', '确认');
    expect(meetings()).toEqual([['meeting_special', '2026-12-01', 'heping']]);
  });

  it('杨帆 「刚才那个党课报错了，实际是上周三讲的」 on her stored 党课: 12-02 on 确认', async () => {
    await recorded('杨帆', '昨天王磊部长给宣文部讲了廉政党课');
    const card = await answerText('杨帆', '刚才那个党课报错了，实际是上周三讲的');
    expect(card).toMatch(/请确认修改/);
    await say('杨帆', '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-12-02']);
  });
});

describe('near-misses stay as they are', () => {
  it('「刚才那个会开得很好」: no change asked, the meeting kept', async () => {
    await recorded('孙杰', '我们中心本周一开了一个作风建设的专题会 何平主任主持的');
    const reply = await answerText('孙杰', '刚才那个会开得很好');
    expect(reply).not.toMatch(/请确认修改/);
    expect(meetings()).toEqual([['meeting_special', '2026-12-07', 'heping']]);
  });

  it('「刚才那个会报错了」 with no day: nothing changed, nothing new', async () => {
    await recorded('孙杰', '我们中心本周一开了一个作风建设的专题会 何平主任主持的');
    const reply = await answerText('孙杰', '刚才那个会报错了');
    expect(reply).not.toMatch(/已修改/);
    expect(meetings()).toEqual([['meeting_special', '2026-12-07', 'heping']]);
  });

  it('a pointer that fits no record: 「刚才那个党课报错了，实际是上周二讲的」 after a 专题会 changes nothing', async () => {
    await recorded('孙杰', '我们中心本周一开了一个作风建设的专题会 何平主任主持的');
    const reply = await answerText('孙杰', '刚才那个党课报错了，实际是上周二讲的');
    expect(reply).not.toMatch(/请确认修改/);
    expect(reply).toMatch(/没有/);
    expect(meetings()).toEqual([['meeting_special', '2026-12-07', 'heping']]);
  });
});
