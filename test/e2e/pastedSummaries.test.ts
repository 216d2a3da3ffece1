// l25 (issue 10, acceptance round t24 D/G): a pasted 小结 with numbered sub-headings, a check counted over two listed days,
// a guest's lecture a department invited, and a lecture pasted as 时间/主讲人/题目 fields, end to end over HTTP.
// They were: a talk of no day asked for the heading 「（二）谈话提醒。」 and a third check; 没看懂; not a report at all.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

const SUMMARY =
  '11月党风廉政建设工作小结\n（一）学习教育。11月6日组织全体党员学习《条例》，参加18人。\n（二）谈话提醒。\n11月13日王建国副理事长与李明、孙丽进行廉政谈话。\n（三）监督检查。11月10日、11月24日两次对机关各部室开展作风纪律抽查。';

describe('a pasted 小结 with sub-headings', () => {
  it('asks nothing, shows the five records on one card, and stores exactly them after 确认', async () => {
    await say('李明', SUMMARY);
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/是哪一天|和谁/);
    await say('李明', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-11-06', 'liming', []],
      ['talk_integrity', '2026-11-13', 'wangjianguo', ['liming']],
      ['talk_integrity', '2026-11-13', 'wangjianguo', ['sunli']],
      ['inspect_style', '2026-11-10', 'liming', []],
      ['inspect_style', '2026-11-24', 'liming', []],
    ]);
    // Each check is at every office 各部室 names, as a check of 各部室 on one day is.
    const checks = activities().filter((a) => a.type === 'inspect_style');
    for (const c of checks) expect(c.departmentIds).toEqual(['office', 'finance', 'liaison', 'rehab', 'employment', 'publicity', 'rights']);
  });
});

describe('a lecture by an invited guest', () => {
  it('is the department\'s 廉政教育, its head\'s, on a card', async () => {
    await say('杨帆', '11月18日我部邀请市纪委王老师作廉政专题辅导，部门全体人员参加');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/王磊/);
    await say('杨帆', '确认');
    expect(rows()).toEqual([['edu_integrity', '2026-11-18', 'wanglei', []]]);
  });
});

describe('a lecture pasted as fields', () => {
  it('by the secretary on integrity: his 廉政党课 with its title, after 确认', async () => {
    await say('李娟', '时间：11月20日\n主讲人：张伟\n题目：《守住底线》\n参加人数：32人');
    expect(activities()).toEqual([]);
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title, a.attendees])).toEqual([['edu_lecture', '2026-11-20', 'zhangwei', '守住底线', 32]]);
  });

  it('on other work: its type is asked, and the answer records it as his', async () => {
    await say('王芳', '时间：11月26日\n主讲人：张伟\n题目：《奋进新征程》\n地点：五楼会议室');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/类型|哪一类|哪种/);
    await say('王芳', '廉政党课');
    // Someone else's lecture: still shown for 确认 once its type is given.
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/张伟/);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title])).toEqual([['edu_lecture', '2026-11-26', 'zhangwei', '奋进新征程']]);
  });
});
