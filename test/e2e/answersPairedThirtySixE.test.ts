// Over HTTP (issue 10, round 36 t36b F10/F12/F13 and t36a's observation): answers and corrections that put people and
// days in their place. 「11月10日和王强，11月17日和李娟」 to 是哪一天 gives each their own day (was: both stored at once on
// 11-10); 「第3条是和赵磊签的」 makes 赵磊 the one signed with (was: unread, or the doer); 「11.24、11.26 分别与孙杰、另一位
// 医生」 asks the unnamed one on its own day and one 不在名单里 leaves it out (was: 孙杰 on both days, a second tap needed);
// 和谁谈的 after 到教育就业部开展廉政谈话 offers that department's people.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { lastText, rows, say } = chat;

/** The rows as `type|date|doer|counterpart`, sorted. */
const stored = () => rows().map(([type, date, doer, whom]) => `${type}|${date}|${doer}|${whom}`).sort();

describe('是哪一天 answered with days paired to people', () => {
  it.each([
    ['11月10日和王强，11月17日和李娟'],
    ['王强是11月10日，李娟是11月17日'],
    ['11月10日与王强、11月17日与李娟'],
    ['11月10日、17日分别和王强、李娟'],
  ])('孙丽 进行了廉政谈话 → 「%s」: each talk on its own day', async (answer) => {
    await say('孙丽', '进行了廉政谈话');
    expect(lastText()).toMatch(/是哪一天/);
    await say('孙丽', answer);
    if (rows().length === 0 && /确认/.test(lastText())) await say('孙丽', '确认');
    expect(stored()).toEqual(['talk_integrity|2026-11-10|sunli|wangqiang', 'talk_integrity|2026-11-17|sunli|lijuan']);
  });

  it('near-miss 「昨天，和王强、李娟」: one day for both, as before', async () => {
    await say('孙丽', '进行了廉政谈话');
    await say('孙丽', '昨天，和王强、李娟');
    if (rows().length === 0 && /确认/.test(lastText())) await say('孙丽', '确认');
    expect(stored()).toEqual(['talk_integrity|2026-12-02|sunli|lijuan', 'talk_integrity|2026-12-02|sunli|wangqiang']);
  });
});

/** 冯雪's report of t36b F9: item 3 is a signing with no one named. */
const FENGXUE = '维权部工作台帐补报：上周五组织部门同志学习违规吃喝典型案例通报；前天与赵磊同志开展廉政谈话，随后签定了廉洁自律承诺书；昨天组织开展信访案件办理流程廉洁风险自查，参加人数：5。';

describe('a 第N条 correction naming the other party of a signing', () => {
  it.each([['第3条是和赵磊签的'], ['第3条不对，是和赵磊签的承诺书'], ['第3条对象是赵磊'], ['第3条应该是与赵磊']])('「%s」: 赵磊 is the one signed with', async (text) => {
    await say('冯雪', FENGXUE);
    expect(lastText()).toMatch(/请确认/);
    await say('冯雪', text);
    expect(lastText()).toMatch(/对象改为「赵磊」/);
    expect(lastText()).toMatch(/3\. 签订责任书\/承诺书｜2026-12-01｜对象：赵磊/);
    await say('冯雪', '确认');
    expect(stored()).toContain('pledge_sign|2026-12-01|fengxue|zhaolei');
  });

  it('near-miss 「第3条是郑华签的」: 郑华 is who signed it', async () => {
    await say('冯雪', FENGXUE);
    await say('冯雪', '第3条是郑华签的');
    expect(lastText()).toMatch(/活动人改为「郑华」/);
  });
});

describe('分别 with an unnamed person: their own day, and one 不在名单里', () => {
  const XUHUI = '我中心11月下旬廉政工作：\n- 11.23 何平主任主持中心例会，学习了市纪委关于违规发放津补贴问题的通报\n- 11.24、11.26 分别与孙杰、另一位医生谈心谈话（徐辉）\n- 11.30 中心全体签订医疗服务廉洁承诺书';

  it('徐辉: 「另一位医生」 asked on 11-26; 不在名单里 once leaves it out and says so; 孙杰 only on 11-24', async () => {
    await say('徐辉', XUHUI);
    expect(lastText()).toMatch(/谈心谈话｜2026-11-26｜残疾人康复中心（第3条）/);
    expect(lastText()).toMatch(/「另一位医生」是哪一位/);
    expect(lastText()).not.toMatch(/2026-11-26｜对象：孙杰/);
    await say('徐辉', '不在名单里');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/「另一位医生」不在名单/);
    await say('徐辉', '确认');
    const talks = stored().filter((r) => r.startsWith('talk_heart'));
    expect(talks).toEqual(['talk_heart|2026-11-24|xuhui|sunjie']);
  });

  it('徐辉 「11.24、11.26分别与孙杰、另一位医生谈心谈话」 → 何平: each on their own day', async () => {
    await say('徐辉', '11.24、11.26分别与孙杰、另一位医生谈心谈话');
    expect(lastText()).toMatch(/「另一位医生」是哪一位/);
    await say('徐辉', '何平');
    if (rows().length === 0 && /确认/.test(lastText())) await say('徐辉', '确认');
    expect(stored()).toContain('talk_heart|2026-11-24|xuhui|sunjie');
    expect(stored().some((r) => r.includes('2026-11-26') && r.includes('heping'))).toBe(true);
    expect(stored().filter((r) => r.includes('sunjie'))).toHaveLength(1);
  });
});

describe('和谁谈的 after a talk at a department offers its people', () => {
  it('陈静 「周一陈志强副理事长到教育就业部开展廉政谈话」: 郑华 (its head) first, then 陈静', async () => {
    const offered = await chat.offered('陈静', '周一陈志强副理事长到教育就业部开展廉政谈话');
    expect(lastText()).toMatch(/陈志强是和谁谈的/);
    expect(offered.slice(0, 2)).toEqual(['郑华', '陈静']);
    expect(offered).toContain('不在名单里');
  });

  it('the day asked first, the people still offered after it', async () => {
    await say('陈志强', '到维权部开展了廉政谈话');
    expect(lastText()).toMatch(/是哪一天/);
    const offered = await chat.offered('陈志强', '昨天');
    expect(lastText()).toMatch(/和谁谈的/);
    expect(offered[0]).toBe('冯雪');
    expect(offered).toContain('赵磊');
  });

  it('near-miss: no department said, only 不在名单里', async () => {
    const offered = await chat.offered('陈志强', '昨天开展了廉政谈话');
    expect(offered).toEqual(['不在名单里', '取消']);
  });
});

// Round 45 (t48b F2): the sender, one of those talked to, keys their own day with 我 (was: both talks on 11-23, 11-24 unused).
describe('是哪一天 answered with 我 as one of the people', () => {
  it('陈静: 「…与郑华部长和我分别谈了话…」 → 「郑华部长是11月23日，我是11月24日」: each talk on its own day', async () => {
    await say('陈静', '受陈理事长委托报一下：11月下旬陈志强副理事长到教就部开展谈心谈话，与郑华部长和我分别谈了话，了解思想动态和工作困难。');
    expect(lastText()).toMatch(/是哪一天/);
    await say('陈静', '郑华部长是11月23日，我是11月24日');
    if (rows().length === 0 && /确认/.test(lastText())) await say('陈静', '确认');
    expect(stored()).toEqual(['talk_heart|2026-11-23|chenzhiqiang|zhenghua', 'talk_heart|2026-11-24|chenzhiqiang|chenjing']);
  });
});
