// g24's kinds over HTTP (issue 10): studies of the 党组/机关 attended, summary claims, collated lists, plans, 年度 责任书, groups.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('a study of the 党组 or the 机关 the sender only attended', () => {
  it('参加了党组理论学习中心组…: nothing stored before 确认, 张伟 the doer on the card, then stored as his', async () => {
    await say('杨帆', '今天参加了党组理论学习中心组廉政专题学习');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：张伟/);
    await say('杨帆', '确认');
    expect(rows()).toEqual([['edu_integrity', '2026-12-02', 'zhangwei', '']]);
  });

  // Round 29 q: another person named as the doer in an answer goes to the 确认 card (issue 10), as in the message itself.
  it('参加了机关组织的警示教育: asked whose, the answer makes it theirs after 确认', async () => {
    await say('赵磊', '上周二参加了机关组织的警示教育');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/这条警示教育是谁的/);
    await say('赵磊', '赵敏');
    expect(lastText()).toMatch(/请确认/);
    expect(activities()).toEqual([]);
    await say('赵磊', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-11-24', 'zhaomin', '']]);
  });
});

describe('a plan with a 同时 clause', () => {
  it('12月份计划到财务科调研，同时…检查: the plan reply, nothing stored, no question', async () => {
    await say('黄志刚', '12月份计划到财务科调研，同时对专项资金使用情况进行检查');
    expect(lastText()).toMatch(/看起来这是计划安排/);
    expect(activities()).toEqual([]);
  });

  it('a 12月工作计划 list: the plan reply, not a completion query', async () => {
    await say('李明', '12月工作计划：上旬，组织全体党员观看警示教育片；中旬，与胡军进行谈心谈话；下旬，开展科室自查。');
    expect(lastText()).toMatch(/看起来这是计划安排/);
    expect(activities()).toEqual([]);
  });
});

describe('the other leaders as a group', () => {
  it('和班子其他同志逐个进行了廉政谈话: one talk per other leader on a card, stored after 确认', async () => {
    await say('张伟', '今天下午和班子其他同志逐个进行了廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下 4 条记录/);
    await say('张伟', '确认');
    expect(rows()).toEqual(['wangjianguo', 'liufang', 'chenzhiqiang', 'zhaomin'].map((id) => ['talk_integrity', '2026-12-02', 'zhangwei', id]));
  });

  it('「班子成员」 answering 「和谁谈的？」 is the group, not a completion query', async () => {
    await say('张伟', '今天下午进行了廉政谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    await say('张伟', '班子成员');
    expect(lastText()).not.toMatch(/完成情况/);
    expect(lastText()).toMatch(/请确认以下 4 条记录/);
    await say('张伟', '确认');
    expect(rows().map((r) => r[3])).toEqual(['wangjianguo', 'liufang', 'chenzhiqiang', 'zhaomin']);
  });
});

describe('a 党组 meeting that heard the leaders\' reports', () => {
  it('under a headline with a 下一步 paragraph: 张伟\'s 专题会议 on a card, not the plan reply', async () => {
    await say(
      '王芳',
      '党组听取班子成员履行一岗双责情况汇报\n11月24日下午，党组召开会议，听取王建国、刘芳两位副理事长关于分管领域党风廉政建设工作情况的汇报。张伟书记主持会议并点评。\n下一步，各班子成员要对照责任书逐项抓好落实。',
    );
    expect(lastText()).not.toMatch(/计划安排/);
    // Round 52 (fwa): the meeting's agenda (听取…汇报) is kept as its 议题 on the card, between the day and the doer.
    expect(lastText()).toMatch(/专题会议｜2026-11-24｜议题：听取王建国、刘芳两位副理事长[^\n]*｜活动人：张伟/);
    await say('王芳', '确认');
    expect(rows()).toEqual([['meeting_special', '2026-11-24', 'zhangwei', '']]);
  });
});

describe('a collating message of deeds under a heading that names their kind', () => {
  it('统计了一下…讲党课情况：…讲了一次；…: both lectures on a card, not a query; stored after 确认', async () => {
    await say('王芳', '统计了一下本月领导讲党课情况：刘副理事长11月12日在组联部讲了一堂；陈副理事长11月19日到教就部讲了一次；其他几位领导本月没有讲。');
    expect(lastText()).not.toMatch(/回答不了|完成情况/);
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['edu_lecture', '2026-11-12', 'liufang', ''],
      ['edu_lecture', '2026-11-19', 'chenzhiqiang', ''],
    ]);
  });
});

describe('a summary claim of a group\'s deeds without days', () => {
  it('据统计…班子成员均已与分管部室负责人开展廉政谈话: told each talk needs its day, 填报 offered; no query, nothing stored', async () => {
    await say('王芳', '据统计，截至目前，班子成员均已与分管部门负责人开展了廉政谈话');
    expect(lastText()).not.toMatch(/完成情况查询|没有完全听懂/);
    expect(lastText()).toMatch(/没有每一次的日期/);
    expect(lastText()).toMatch(/填报/);
    expect(activities()).toEqual([]);
  });
});

describe('a 责任书 for the coming year, signed now', () => {
  it('签订了2027年度…责任书 in December 2026: the receipt says it counts in 2027; 2027\'s 完成情况 counts it', async () => {
    await say('王建国', '今天和李明、孙丽签订了2027年度党风廉政建设责任书');
    expect(lastText()).toMatch(/计入2027年度/);
    expect(lastText()).not.toMatch(/不在规定期限/);
    expect(activities().map((a) => [a.date, a.dutyYear, a.counterpartIds[0]])).toEqual([
      ['2026-12-02', 2027, 'liming'],
      ['2026-12-02', 2027, 'sunli'],
    ]);
    chat.t.clock.now = new Date('2027-01-05T09:00:00+08:00');
    await say('王建国', '我的完成情况');
    expect(lastText()).toMatch(/签订党风廉政建设责任书[^\n]*\| 2 \| 2 \|/);
  });
});
