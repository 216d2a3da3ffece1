// Over HTTP, round 54 fixer fjf (the testers' findings on Sat 2026-12-05; issue 10):
//  1. t56a F4: 张伟「这周跟班子成员都谈了一遍话，王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话」 — four right talks on a
//     card that said 「消息里有日期、人名、类型或题目没有对应到任何记录」 and 「句首的人被记成了对象…」: now neither.
//  2. t56a F6: 黄志刚「12月3日与新调入的财务科科员张小红进行了任前廉政谈话」 — asked 「财务科科员」是哪一位？ offering 李娟/王强, and
//     after 不在名单里 the refusal named 「财务科科员」: now 张小红 is asked by name, no one offered, and nothing is kept.
//  3. t56b F8: 李娟's pasted 财务科 台账 row 「11月26日 | 签订廉政承诺书 | 孙丽 | 5」 (3 people registered at 财务科) got no
//     「参加人数多于…」: a department's signing with no one named is its own people signing, set against its roster.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, (a.counterpartIds ?? []).join(',')]).sort();

describe('1: a list of those talked to with their days', () => {
  it('张伟「…王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话」 → a card with no false remark; 确认 → four talks', async () => {
    await say('张伟', '这周跟班子成员都谈了一遍话，王建国周一、刘芳周二、陈志强和赵敏周三，都是廉政谈话');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('没有对应到任何记录');
    expect(lastText()).not.toContain('句首的人被记成了对象');
    await say('张伟', '确认');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-11-30', 'wangjianguo'],
      ['talk_integrity', '2026-12-01', 'liufang'],
      ['talk_integrity', '2026-12-02', 'chenzhiqiang'],
      ['talk_integrity', '2026-12-02', 'zhaomin'],
    ].sort());
  });
});

describe('2: a named newcomer not in the directory', () => {
  it('黄志刚「…与新调入的财务科科员张小红…」 → 张小红 asked by name, 李娟/王强 never offered; 不在名单里 → nothing kept', async () => {
    await say('黄志刚', '12月3日与新调入的财务科科员张小红进行了任前廉政谈话');
    expect(lastText()).toContain('张小红');
    expect(lastText()).not.toContain('「财务科科员」是哪一位');
    expect(lastText()).not.toContain('李娟');
    await say('黄志刚', '不在名单里');
    expect(lastText()).not.toContain('「财务科科员」');
    expect(activities()).toEqual([]);
  });
});

describe('3: a department\'s signing counted above its roster', () => {
  const TABLE = '财务科11月廉政工作台账\n日期 | 活动 | 负责人 | 参加人数\n11月12日 | 集中学习《廉洁自律准则》 | 孙丽 | 6\n11月19日 | 观看警示教育片 | 孙丽 | 6\n11月26日 | 签订廉政承诺书 | 孙丽 | 5';
  it.each([
    ['李娟', TABLE],
    ['孙丽', '11月26日组织科室签订廉政承诺书，参加6人'],
    ['孙丽', '11月26日财务科全体签订了廉政承诺书，共8人'],
    ['冯雪', '11月26日组织维权部签订廉洁承诺书，参加7人'],
    ['李娟', '日期 | 活动 | 负责人 | 人数\n11月26日 | 签订廉政承诺书 | 孙丽 | 5'],
    ['孙丽', '11月26日组织全科签订廉政承诺书5份'],
    ['孙丽', '11月26日财务科签订廉洁自律承诺书，5人'],
    ['孙丽', '上周四组织科室签了廉政承诺书，一共6人'],
    ['王强', '11月26日孙科长组织财务科签订廉政承诺书，参加5人'],
    ['吴静', '11月26日组织康复部签订廉政承诺书，参加6人'],
    ['刘洋', '11月26日吴部长组织康复部全体签订廉洁承诺书，共6人'],
    ['周涛', '11月26日组联部签订廉政承诺书，5人参加'],
    ['郑华', '11月27日教就部组织签订廉政承诺书，参加人数5人'],
    ['王磊', '11月27日宣文部组织全体人员签订廉洁承诺书，共计7人'],
    ['冯雪', '维权部11月25日签订廉政承诺书 6人'],
    ['李明', '11月24日办公室组织签订廉政承诺书，参加30人'],
  ])('%s 「%s」 → the card says 参加人数多于', async (who, text) => {
    await say(who, text);
    expect(lastText()).toContain('参加人数多于组织架构里登记的人数');
    expect(activities()).toEqual([]);
  });
  it.each([
    ['孙丽', '11月26日组织科室签订廉政承诺书，参加3人'],
    ['吴静', '11月23日组织康复部学习了省纪委警示教育案例通报，12人参加'],
    ['孙丽', '11月26日财务科签订廉洁自律承诺书，2人'],
    ['孙丽', '11月26日和王强、李娟签订了廉政承诺书'],
    ['吴静', '11月26日组织康复部签订廉政承诺书，参加2人'],
    ['李明', '11月24日办公室组织签订廉政承诺书，参加3人'],
  ])('near-miss: %s 「%s」 → no such note', async (who, text) => {
    await say(who, text);
    expect(lastText()).not.toContain('参加人数多于组织架构里登记的人数');
  });
});
