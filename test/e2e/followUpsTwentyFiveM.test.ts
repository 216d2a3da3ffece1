// Issue 10, t24 and leftovers (m25): follow-ups in the dialog. A field left out of the record just made is added on the
// 「请确认修改」 card (片名忘写了，叫《蜕变》 was 没看懂); a field the ledger does not keep is said so, nothing changed.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours (a scheduled notice never interleaves). */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, answers, lastText, offered, rows, say } = chat;


/** Records a study (or a meeting, tapping 确认 when it is shown first) and returns it. */
async function recorded(who: string, report: string) {
  await say(who, report);
  if (activities().length === 0) await say(who, '确认');
  expect(activities()).toHaveLength(1);
  return activities()[0]!;
}

describe('a title added to the study just recorded', () => {
  it.each([
    ['王芳', '今天组织观看了警示教育片，参加12人', '片名忘写了，叫《蜕变》', '蜕变'],
    ['郑华', '昨天组织部门开展了廉政教育，参加6人', '补充一下，题目是《中国共产党廉洁自律准则》', '中国共产党廉洁自律准则'],
    ['王磊', '前天宣文部观看了警示教育片，参加9人', '题目是《守住底线》', '守住底线'],
    ['吴静', '昨天组织康复部观看警示教育片，参会8人', '对了，片名叫《迷途》', '迷途'],
    ['何平', '今天中心组织观看了警示教育片，参加15人', '忘了写片名，是《警钟长鸣》', '警钟长鸣'],
    ['李明', '昨天办公室观看了警示教育片，参加10人', '片名是《贪毁人生》，刚才漏了', '贪毁人生'],
  ])('%s: 「%s」 then 「%s」 → 题目改为《%s》 on the 确认 card, set on 确认', async (who, report, more, title) => {
    const was = await recorded(who, report);
    expect(was.title).toBeUndefined();
    await say(who, more);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(new RegExp(`题目改为《${title}》`));
    expect(lastText()).not.toMatch(/没看懂|还差一点|是哪类活动/);
    expect(activities()[0]!.title).toBeUndefined();
    await say(who, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type: was.type, date: was.date, attendees: was.attendees, title });
  });
});

describe('a head-count added or put right', () => {
  it.each([
    ['王芳', '今天组织观看了警示教育片《蜕变》，参加12人', '人数是15人，刚才漏了', 15],
    ['王芳', '今天组织观看了警示教育片《蜕变》，参加12人', '参加人数写错了，应为15人', 15],
    ['郑华', '昨天组织部门学习了《监察法实施条例》', '补充一下，参加了7人', 7],
    ['杨帆', '今天宣文部观看了警示教育片《迷途》', '忘了写人数，一共11人', 11],
  ])('%s: 「%s」 then 「%s」 → 参加人数改为 %s', async (who, report, more, count) => {
    const was = await recorded(who, report);
    await say(who, more);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(new RegExp(`参加人数改为${count}人`));
    await say(who, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type: was.type, date: was.date, title: was.title, attendees: count });
  });
});

describe('a field the ledger does not keep', () => {
  it.each([
    ['王芳', '今天组织观看了警示教育片，参加12人', '地点在三楼会议室', '地点'],
    ['郑华', '昨天组织部门学习了《监察法实施条例》，参加6人', '补充一下，会议地点：机关二楼小会议室', '地点'],
    ['李明', '昨天办公室集中学习了廉洁自律准则，参加11人', '时长两个小时', '时长'],
  ])('%s: 「%s」 then 「%s」 → 台账不记%s, nothing changed, nothing new', async (who, report, more, field) => {
    const was = await recorded(who, report);
    await say(who, more);
    expect(lastText()).toMatch(new RegExp(`台账不记${field}`));
    expect(lastText()).toMatch(/没有改动/);
    expect(lastText()).not.toMatch(/没看懂|请确认/);
    expect(activities()).toEqual([was]);
  });
});

describe('an added title out of its window, or on a talk', () => {
  it('more than 30 minutes after the record: nothing changed, said so', async () => {
    await recorded('王芳', '今天组织观看了警示教育片，参加12人');
    chat.t.clock.now = new Date(WEDNESDAY.getTime() + 31 * 60 * 1000);
    await say('王芳', '片名忘写了，叫《蜕变》');
    expect(lastText()).toMatch(/没有可以更正的记录/);
    expect(activities()[0]!.title).toBeUndefined();
  });

  it('a talk has no title: said so, nothing changed', async () => {
    await say('孙丽', '今天和王强进行了廉政谈话');
    await say('孙丽', '补充一下，题目是《守住底线》');
    expect(lastText()).toMatch(/不记题目，没有改动/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'sunli', 'wangqiang']]);
  });

  it('「补充一下」 before a whole report is that report, not an addition', async () => {
    await recorded('王芳', '今天组织观看了警示教育片，参加12人');
    await say('王芳', '补充一下，昨天组织学习了《中国共产党纪律处分条例》，参加8人');
    expect(lastText()).not.toMatch(/请确认修改/);
    // Round 36 (ffc): the office's study, 李明's, on its own card.
    expect(lastText()).toMatch(/活动人：李明/);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.title ?? '', a.attendees])).toEqual([
      ['edu_warning', '2026-12-02', '', 12],
      ['edu_integrity', '2026-12-01', '中国共产党纪律处分条例', 8],
    ]);
  });
});

describe('更正 followed by the whole deed restated', () => {
  it.each([
    ['王芳', '昨天和王强进行了廉政谈话', '更正：昨天和王强进行的是谈心谈话，不是廉政谈话', ['talk_heart', '2026-12-01', 'wangfang', 'wangqiang']],
    ['周涛', '前天跟张颖谈了廉政谈话', '不对，前天跟张颖谈的不是廉政谈话，是谈心谈话', ['talk_heart', '2026-11-30', 'zhoutao', 'zhangying']],
    ['冯雪', '今天找赵磊进行了谈心谈话', '纠正一下，今天和赵磊是廉政谈话，而不是谈心谈话', ['talk_integrity', '2026-12-02', 'fengxue', 'zhaolei']],
    ['李明', '昨天和王芳进行了廉政谈话', '搞错了，昨天是和胡军谈的，不是王芳', ['talk_integrity', '2026-12-01', 'liming', 'hujun']],
  ])('%s: 「%s」 then 「%s」 → the 请确认修改 card, no new report', async (who, report, fix, after) => {
    await say(who, report);
    const before = rows();
    expect(before).toHaveLength(1);
    await say(who, fix);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).not.toMatch(/和谁谈的|还差一点|是哪一天/);
    expect(rows()).toEqual(before);
    await say(who, '确认');
    expect(rows()).toEqual([after]);
  });

  it('the restated day or person is not the latest record: said so, nothing changed or added', async () => {
    await say('王芳', '今天和胡军进行了廉政谈话');
    await say('王芳', '更正：昨天和王强进行的是谈心谈话，不是廉政谈话');
    expect(lastText()).toMatch(/没有改动，也没有新增记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'wangfang', 'hujun']]);
  });

  it('without 更正 the same sentence is a report of the talk it says', async () => {
    await say('王芳', '昨天和王强进行的是谈心谈话，不是廉政谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'wangfang', 'wangqiang']]);
  });
});

describe('「她」是哪一位？ after a relayed report offers whom the member reported for', () => {
  it.each([
    ['李娟', '孙科长让我报一下：她昨天和王强进行了廉政谈话', '还有，前天她跟王强谈了心', '孙丽', ['talk_heart', '2026-11-30', 'sunli', 'wangqiang']],
    ['胡军', '李主任让我帮他报一下：今天上午他和王芳进行了廉政谈话', '另外，他昨天跟王芳谈了心', '李明', ['talk_heart', '2026-12-01', 'liming', 'wangfang']],
    ['孙杰', '帮何主任报一下，今天和徐辉进行了廉政谈话', '对了，她上周五跟徐辉也谈了心', '何平', ['talk_heart', '2026-11-27', 'heping', 'xuhui']],
  ])('%s: 「%s」, 确认, then 「%s」 → %s offered; tapped, the talk is theirs', async (who, relay, next, head, after) => {
    await say(who, relay);
    if (activities().length === 0) await say(who, '确认');
    expect(activities()).toHaveLength(1);
    const buttons = await offered(who, next);
    expect(lastText()).toMatch(/是哪一位/);
    expect(buttons).toContain(head);
    expect(buttons.slice(-2)).toEqual(['不在名单里', '取消']);
    await say(who, head);
    if (activities().length === 1) await say(who, '确认');
    expect(rows().at(-1)).toEqual(after);
  });

  it('the relayed report still waiting on its 确认 card: its head is offered too', async () => {
    await say('李娟', '孙科长让我报一下：她昨天和王强进行了廉政谈话');
    expect(activities()).toHaveLength(0);
    expect(await offered('李娟', '还有，前天她跟王强谈了心')).toContain('孙丽');
  });

  it('a name not offered still answers', async () => {
    await say('李娟', '孙科长让我报一下：她昨天和王强进行了廉政谈话');
    await say('李娟', '确认');
    await say('李娟', '还有，前天她跟王强谈了心');
    await say('李娟', '王建国');
    if (activities().length === 1) await say('李娟', '确认');
    expect(rows().at(-1)).toEqual(['talk_heart', '2026-11-30', 'wangjianguo', 'wangqiang']);
  });

  it('more than 30 minutes later, or with no report before, nobody is offered but 不在名单里', async () => {
    await say('李娟', '孙科长让我报一下：她昨天和王强进行了廉政谈话');
    await say('李娟', '确认');
    chat.t.clock.now = new Date(WEDNESDAY.getTime() + 31 * 60 * 1000);
    expect(await offered('李娟', '还有，前天她跟王强谈了心')).toEqual(['不在名单里', '取消']);
  });
});

describe('a new complete report while a question waits: the dropped one is named with what it lacked', () => {
  it.each([
    ['周涛', '上个月开展了廉政教育', '11月25日组织观看警示教育片《清风》，参加9人', /上一条还在等回答的上报（廉政教育｜（日期未知））还缺日期，没有记录，已放弃；如仍需记录，请补上日期后重新发送/, ['edu_warning', '2026-11-25', 'zhoutao', '']],
    ['王强', '昨天跟李娟谈了谈工作', '今天和胡军进行了廉政谈话', /上一条还在等回答的上报（[^\n]*李娟[^\n]*）还缺活动类型，没有记录，已放弃/, ['talk_integrity', '2026-12-02', 'wangqiang', 'hujun']],
    ['吴静', '昨天进行了廉政谈话', '今天上午组织康复部学习了《中国共产党纪律处分条例》，参加8人', /还缺谈话对象，没有记录，已放弃；如仍需记录，请补上谈话对象后重新发送/, ['edu_integrity', '2026-12-02', 'wujing', '']],
  ])('%s: 「%s」 (asked), then 「%s」 → recorded on its own; the note names the first and what it lacked', async (who, first, second, note, after) => {
    await say(who, first);
    expect(lastText()).toMatch(/还差一点/);
    await say(who, second);
    expect(lastText()).toMatch(note);
    expect(rows()).toEqual([after]);
  });

  it('a waiting 确认 card is no question: it still waits, nothing said lacking', async () => {
    await say('李娟', '孙科长让我报一下：她昨天和王强进行了廉政谈话');
    await say('李娟', '今天和王强进行了谈心谈话');
    expect(lastText()).not.toMatch(/还缺/);
  });
});
