// Round 22–23 (issue 10, d24): corrections and additions typed after a record was stored. A doubled or padded opening
// (不对不对 · 哦不对 · 更正：) still corrects the latest record on the 「请确认修改」 card (round 23 F4: a new report was
// asked for while the wrong record stood); a head-count is corrected like a day (round 22 #34: 没看懂); 「刚才忘了说，X也
// 一起谈的」 adds X's talk of the same type and day on a card (round 22 #33: its type asked again).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours (a scheduled notice never interleaves). */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('a doubled or padded opening before a correction of the latest record', () => {
  it.each([
    ['周涛', '前天和张颖进行了廉政谈话', '不对不对，是谈心，不是廉政谈话', ['talk_heart', '2026-11-30', 'zhoutao', 'zhangying']],
    ['冯雪', '昨天找赵磊谈了廉政谈话', '错了错了，应该是谈心谈话', ['talk_heart', '2026-12-01', 'fengxue', 'zhaolei']],
    ['孙丽', '昨天和李娟进行了谈心谈话', '哦不对，是上周五', ['talk_heart', '2026-11-27', 'sunli', 'lijuan']],
    ['吴静', '今天和刘洋谈了心', '不是不是，是昨天', ['talk_heart', '2026-12-01', 'wujing', 'liuyang']],
    ['李明', '昨天和王芳进行了廉政谈话', '刚才说错了，是胡军不是王芳', ['talk_integrity', '2026-12-01', 'liming', 'hujun']],
    ['郑华', '前天和陈静谈心谈话', '更正：应该是廉政谈话', ['talk_integrity', '2026-11-30', 'zhenghua', 'chenjing']],
  ])('%s: 「%s」 then 「%s」 → the 确认 card; changed only on 确认, no new record', async (who, report, fix, after) => {
    await say(who, report);
    const before = rows();
    expect(before).toHaveLength(1);
    await say(who, fix);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).not.toMatch(/是哪一天|和谁谈的|没看懂|还差一点/);
    expect(rows()).toEqual(before);
    await say(who, '确认');
    expect(rows()).toEqual([after]);
  });
});

describe('a head-count corrected in words', () => {
  it.each([
    ['郑华', '昨天组织部门学习了《监察法实施条例》，参加6人', '更正：人数是7人', 7],
    ['王磊', '上周五部门观看了警示教育片《迷途》，参加9人', '参加的是十二个人不是九个', 12],
    ['吴静', '前天组织康复部观看警示教育片《忏悔录》，参会8人', '不对，实到人数应为10人', 10],
    ['李明', '昨天办公室集中学习了廉洁自律准则，共11人参加', '刚才那条人数写错了，应该是13人', 13],
  ])('%s: 「%s」 then 「%s」 → 参加人数改为 %s on the 确认 card', async (who, report, fix, count) => {
    await say(who, report);
    // A meeting may be shown for 确认 first; the correction is of the record once stored.
    if (activities().length === 0) await say(who, '确认');
    expect(activities()).toHaveLength(1);
    const was = activities()[0]!;
    await say(who, fix);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(new RegExp(`参加人数改为${count}人`));
    expect(activities()[0]!.attendees).toBe(was.attendees);
    await say(who, '确认');
    const now = activities();
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ type: was.type, date: was.date, title: was.title, attendees: count });
  });

  it.each([
    ['王磊', '上周五部门观看了警示教育片《迷途》，参加9人', '更正：片名是《警钟长鸣》', '警钟长鸣'],
    ['郑华', '昨天组织部门学习了《监察法实施条例》，参加6人', '不对不对，是《中华人民共和国监察法》', '中华人民共和国监察法'],
  ])('%s: 「%s」 then 「%s」 → 题目改为《%s》 on the 确认 card', async (who, report, fix, title) => {
    await say(who, report);
    const was = activities()[0]!;
    await say(who, fix);
    expect(lastText()).toMatch(new RegExp(`题目改为《${title}》`));
    await say(who, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]).toMatchObject({ type: was.type, date: was.date, attendees: was.attendees, title });
  });

  it('a talk counts no people: said so, nothing changed', async () => {
    await say('孙丽', '昨天和王强进行了廉政谈话');
    await say('孙丽', '人数改成3人');
    expect(lastText()).toMatch(/不记参加人数，没有改动/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'wangqiang']]);
  });
});

describe('a person added to the talk just recorded', () => {
  it.each([
    ['孙丽', '今天上午和王强廉政谈话', '刚才忘了说，李娟也一起谈的', ['talk_integrity', '2026-12-02', 'sunli', 'lijuan']],
    ['周涛', '昨天和张颖谈心谈话', '补充一下，王芳当时也在', ['talk_heart', '2026-12-01', 'zhoutao', 'wangfang']],
    ['冯雪', '前天找赵磊进行了廉政谈话', '对了，杨帆那天也一起谈了', ['talk_integrity', '2026-11-30', 'fengxue', 'yangfan']],
    ['张伟', '昨天和王建国副理事长进行了廉政谈话', '漏说了一位，刘芳也谈了', ['talk_integrity', '2026-12-01', 'zhangwei', 'liufang']],
  ])('%s: 「%s」 then 「%s」 → a card of the same type and day, no question', async (who, report, more, added) => {
    await say(who, report);
    const first = rows();
    expect(first).toHaveLength(1);
    await say(who, more);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/是哪类活动|没看懂/);
    expect(rows()).toEqual(first);
    await say(who, '确认');
    expect(rows()).toEqual([...first, added]);
  });
});

describe('the latest record taken back and a whole report given in its place', () => {
  it.each([
    ['李明', '昨天组织观看警示教育片，参加10人', '刚才那条撤销，应该是前天组织观看了警示教育片《贪毁人生》，参加23人', { type: 'edu_warning', date: '2026-11-30', title: '贪毁人生', attendees: 23 }],
    ['王磊', '昨天宣文部集中学习了廉洁自律准则，参加5人', '撤回上一条，重新报：上周五宣文部集中学习了《中国共产党纪律处分条例》，参加8人', { type: 'edu_integrity', date: '2026-11-27', title: '中国共产党纪律处分条例', attendees: 8 }],
    ['郑华', '前天组织部门学习了《监察法实施条例》，参加6人', '上一条记错了，应该是昨天组织部门观看了警示教育片《警钟》，参加7人', { type: 'edu_warning', date: '2026-12-01', title: '警钟', attendees: 7 }],
  ])('%s: 「%s」 then 「%s」 → one 确认 card that carries the title and head-count', async (who, report, again, after) => {
    await say(who, report);
    if (activities().length === 0) await say(who, '确认');
    expect(activities()).toHaveLength(1);
    await say(who, again);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(new RegExp(`改为：[^\\n]*《${after.title}》[^\\n]*${after.attendees}人参加`));
    await say(who, '确认');
    const now = activities();
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject(after);
  });

  it('「应该是昨天」 after the undo words is still the plain day correction', async () => {
    await say('张伟', '今天上午与赵敏同志进行了廉政谈话');
    await say('张伟', '刚才那条撤销，应该是昨天下午谈的');
    expect(lastText()).toMatch(/日期改为 2026-12-01/);
  });
});

describe('「X是哪一位？」 about who held a talk with the sender: the answer is the doer', () => {
  it.each([
    ['冯雪', '陈理昨天到部里找我和赵磊分别谈了话，主要是提醒年底廉洁自律', ['陈志强'], [['talk_integrity', '2026-12-01', 'chenzhiqiang', 'fengxue'], ['talk_integrity', '2026-12-01', 'chenzhiqiang', 'zhaolei']]],
    ['李娟', '孙理今天上午把我和王强叫到办公室谈了话', ['孙理是财务科的孙丽', '廉政谈话'], [['talk_integrity', '2026-12-02', 'sunli', 'lijuan'], ['talk_integrity', '2026-12-02', 'sunli', 'wangqiang']]],
    ['张颖', '昨天周部找我谈心', ['是组联部部长周涛'], [['talk_heart', '2026-12-01', 'zhoutao', 'zhangying']]],
    ['刘洋', '上周五吴主找我进行了廉政谈话', ['就是吴静'], [['talk_integrity', '2026-11-27', 'wujing', 'liuyang']]],
    ['李娟', '小王昨天找我谈心', ['王强'], [['talk_heart', '2026-12-01', 'wangqiang', 'lijuan']]],
  ])('%s: 「%s」, answered %j → the records of that doer with the sender', async (who, report, replies, stored) => {
    await say(who, report);
    expect(lastText()).toMatch(/是哪一位/);
    for (const r of replies) await say(who, r);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/活动人：您本人/);
    await say(who, '确认');
    expect(rows()).toEqual(stored);
  });
});
