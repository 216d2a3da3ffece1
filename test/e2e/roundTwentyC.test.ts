// Over HTTP (c20, issue 10, round 20u): a bare weekday under a week already named is in that week — in a lead-in
// (上周的几件事报一下：周三…) and in the answer after the day question was narrowed to a week (就是上周那次 → 周三);
// a talk set for 本周内 is a plan, never recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 18:00 in Shanghai: a bare 周一/周二/周三 would land in this week, as in the round. */
const WEDNESDAY_EVENING = new Date('2026-12-02T18:00:00+08:00');

const chat = useChatBot(WEDNESDAY_EVENING);
const { activities, lastText, rows, say } = chat;

describe('kind 1: a bare weekday after a week named is in that week', () => {
  it.each([
    ['王磊', '组织部门同志学习了《中国共产党廉洁自律准则》', '就是上周那次', '周三', '2026-11-25'],
    ['郑华', '组织教就部观看了警示教育片《围猎》', '上个星期的', '星期二', '2026-11-24'],
    ['孙丽', '和李娟进行了谈心谈话', '是上礼拜', '周一', '2026-11-23'],
  ])('%s 「%s」 → day asked → 「%s」 → 「%s」 is %s, never this week', async (who, report, week, weekday, want) => {
    await say(who, report);
    expect(lastText()).toMatch(/是哪一天/);
    const text = await chat.answerText(who, week);
    expect(text).toMatch(/您说的是上周（11月23日—11月29日）/);
    expect(rows()).toEqual([]);
    await say(who, weekday);
    if (rows().length === 0) await say(who, '确认');
    expect(rows().map((r) => r[1])).toEqual([want]);
  });

  it('张伟 「上周的几件事报一下：周一…；周三…；周五…，刘芳、赵敏两位本周内谈完」: last week\'s days, the plan left out and said', async () => {
    await say(
      '张伟',
      '上周的几件事报一下：周一下午主持召开党组会议专题研究全面从严治党工作；周三给机关全体党员讲了一堂廉政党课，题目是《守住底线 干净干事》；周五分别找王建国、陈志强两位同志进行了廉政谈话，刘芳、赵敏两位本周内谈完。',
    );
    expect(lastText()).toMatch(/计划安排，未记录/);
    expect(lastText()).not.toMatch(/2026-12-0[12]/);
    if (rows().length === 0) await say('张伟', '确认');
    expect(rows().map(([type, date, , counterpart]) => [type, date, counterpart])).toEqual([
      ['meeting_special', '2026-11-23', ''],
      ['edu_lecture', '2026-11-25', ''],
      ['talk_integrity', '2026-11-27', 'wangjianguo'],
      ['talk_integrity', '2026-11-27', 'chenzhiqiang'],
    ]);
  });

  it('刘芳 「上周做了这些：周一…；周二…」 on the card as 11-23 and 11-24', async () => {
    await say('刘芳', '上周做了这些：周一和周涛进行了廉政谈话；周二和吴静进行了廉政谈话');
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    if (rows().length === 0) await say('刘芳', '确认');
    expect(rows().map((r) => [r[1], r[3]])).toEqual([
      ['2026-11-23', 'zhoutao'],
      ['2026-11-24', 'wujing'],
    ]);
  });
});

describe('kind 9: a 党组 meeting that heard reports, its chair named after it, is the chair\'s 专题会议 on a card', () => {
  it.each([
    ['张颖', '11月24日上午，市残联党组召开会议，听取了组联部、康复部关于今年党风廉政建设责任制落实情况的汇报，张伟书记主持会议。', '2026-11-24', 'zhangwei'],
    ['胡军', '11月16日，党组召开会议，听取各部室落实党风廉政建设责任制情况的汇报，会议由张伟书记主持。', '2026-11-16', 'zhangwei'],
    ['李明', '11月19日，机关党委召开全面从严治党专题会议，赵敏书记主持，听取了各支部的汇报', '2026-11-19', 'zhaomin'],
  ])('%s 「%s」', async (who, text, day, chair) => {
    await say(who, text);
    expect(lastText()).not.toMatch(/未记录/);
    expect(lastText()).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say(who, '确认');
    expect(rows()).toEqual([['meeting_special', day, chair, '']]);
  });
});

describe('kind 5: a merged cell\'s continuation row and a form\'s 记录人', () => {
  it('孙丽\'s 台账 with 「\\t\\t\\t\\t李娟」 under the talk with 王强: two talks, nothing dropped', async () => {
    await say(
      '孙丽',
      '财务科第四季度廉政工作台账\n序号\t日期\t活动内容\t负责人\t参加人员\n1\t10月15日\t廉政谈话\t孙丽\t王强\n\t\t\t\t李娟\n2\t11月6日\t观看警示教育片《围猎》\t孙丽\t全科5人',
    );
    if (rows().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-10-15', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-10-15', 'sunli', 'lijuan'],
      ['edu_warning', '2026-11-06', 'sunli', ''],
    ]);
  });

  it('何平\'s 谈话记录 with 记录人：孙杰: one talk, with 徐辉 only', async () => {
    await say('何平', '廉政谈话记录  谈话时间：2026年11月19日  谈话人：何平  谈话对象：徐辉（副主任）  记录人：孙杰  谈话类型：提醒谈话');
    expect(lastText()).not.toMatch(/孙杰/);
    if (rows().length === 0) await say('何平', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-19', 'heping', 'xuhui']]);
  });
});

describe('kind 5: what a check found is no head count', () => {
  it('黄志刚 「…查了考勤，2人未按时到岗」: a check with no attendees', async () => {
    await say('黄志刚', '11月27日上午到康复部查了考勤，2人未按时到岗');
    expect(lastText()).not.toMatch(/2人参加/);
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date, a.attendees])).toEqual([['inspect_style', '2026-11-27', undefined]]);
  });
});
