// Over HTTP (i21, issue 10, round 21): a week the report names (上周…) governs a bare weekday answered to its day
// question, which says the week; a 「N号+部门」 check list is one check per pair at its own department, on a card;
// 对下一步…作了部署 closing a dated meeting is no plan.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02 in Shanghai: a bare 周一/周二/周三 would land in this week, as in the round. */
const WEDNESDAY = new Date('2026-12-02T15:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('K1: 上周 in the report, a bare weekday in the answer', () => {
  it.each([
    ['郑华', '上周组织部门同志看了警示教育片', '周三，片子叫《失衡的人生》，来了6个人', '2026-11-25'],
    ['吴静', '上周跟刘洋谈心谈话了', '周二', '2026-11-24'],
    ['王磊', '上个星期开展了廉政教育', '星期一', '2026-11-23'],
  ])('%s 「%s」 → 「%s」 is %s, never this week', async (who, report, answer, want) => {
    await say(who, report);
    expect(lastText()).toMatch(/上周（11月23日—11月29日）哪一天/);
    await say(who, answer);
    if (rows().length === 0) await say(who, '确认');
    expect(rows().map((r) => r[1])).toEqual([want]);
  });

  it('a tapped weekday button of the asked week is that week\'s day', async () => {
    await say('吴静', '本周和刘洋谈心谈话了');
    expect(lastText()).toMatch(/本周（11月30日—12月6日）哪一天/);
    await chat.answerText('吴静', '本周一');
    if (rows().length === 0) await say('吴静', '确认');
    expect(rows().map((r) => [r[1], r[3]])).toEqual([['2026-11-30', 'liuyang']]);
  });
});

describe('K2: a 「N号+部门」 check list after a month', () => {
  it.each([
    ['林晓', '11月督查：5号教就部，18号维权部', [['2026-11-05', 'employment'], ['2026-11-18', 'rights']]],
    ['黄志刚', '本月（11月）作风督查三次：3号财务科、12号组联部、24号康复中心', [['2026-11-03', 'finance'], ['2026-11-12', 'liaison'], ['2026-11-24', 'center']]],
  ])('%s 「%s」: a card, then one check per pair at its department', async (who, text, want) => {
    await say(who, text);
    expect(lastText()).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say(who, '确认');
    expect(activities().map((a) => [a.date, a.departmentId])).toEqual(want);
  });
});

describe('K6: 对下一步…作了部署 is what the meeting heard', () => {
  it('孙杰\'s news item of a 12-01 meeting is the card of 赵敏\'s 分管科室会议', async () => {
    await say('孙杰', '12月1日上午，残疾人康复中心召开党风廉政建设工作会议，分管领导赵敏出席并讲话。会议传达了市纪委全会精神，通报了近期典型案例，何平主任对中心下一步廉政工作作了部署。');
    expect(lastText()).not.toMatch(/计划安排/);
    if (rows().length === 0) await say('孙杰', '确认');
    // 通报了近期典型案例 after what the meeting passed on is a 警示教育 beside the meeting (README round 42's rule; round 58
    // fdf, t60b F5: it was left off the card and named only as unmatched), shown on the same card.
    expect(rows()).toEqual([
      ['meeting_dept', '2026-12-01', 'zhaomin', ''],
      ['edu_warning', '2026-12-01', 'zhaomin', ''],
    ]);
  });
});
