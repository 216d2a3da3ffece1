// Round 63 (issue 10), fixer gca: corrections of STORED records in a clerk's or a leader's words (t65a Part B and round 62's
// left-alone: new records stored, or 没看懂 / a query).
// 1. 胡军 「上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王副理事长签的」 after 王建国's two signings: ONE 孙丽–王强 on
//    请确认修改 (the other withdrawn on 确认), 王建国 kept as reporter, 胡军 in the audit; a relay from outside the deed changes nothing.
// 2. 陈志强 「刚才那次是郑华找我谈的 不是我找他」: doer and person swapped on 请确认修改; 郑华's relay of a record already so: said.
// 3. 「和王强那条换成李娟吧」: the person change, as 「和王强那条改成李娟」.
// 4. 「算专项资金检查吧」 alone after a stored check; 「维权部那次算作风纪律检查吧」 of a stored 专项资金检查 / 警示教育 at 维权部.
// 5. 「还有李明也参加了」 after a stored education: attendee and count +1 on a card.
// Near-misses: 今天又和王强谈了一次 (a new talk), 孙丽说明天要和王强签承诺书 (a plan), 刚才那次谈话很成功 (no change).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock: 上周三 is 12-02). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, stored } = chat;

describe('1. a relayed doer-and-people change of records someone else reported', () => {
  it.each([
    ['胡军', '上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王副理事长签的'],
    ['胡军', '上周三财务科那次 孙丽说 那两份承诺书是她和王强签的 不是王副理事长签的'],
    ['李娟', '上周三财务科那次，孙科长说：那两份承诺书是她跟王强签的，不是王副理事长签的。'],
    ['胡军', '听孙丽说上周三财务科那两份承诺书是她和王强签的 不是王副理事长签的'],
  ])('%s 「%s」 → ONE signing 孙丽–王强 after 确认, 王建国 still the reporter, the clerk in the audit', async (who, text) => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText(who, text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/王建国上报的记录/);
    expect(answer).toMatch(/改为：[^\n]*对象：王强[^\n]*活动人：孙丽/);
    expect(answer).toMatch(/撤销：与上面改后的是同一次/);
    // Nothing changes, nothing new, before 确认.
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'sunli'],
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'wangqiang'],
    ]);
    await say(who, '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
    const all = chat.t.running.store.read((db) => db.activities);
    expect(all.every((a) => a.reporter === chat.t.openId('王建国'))).toBe(true);
    const audit = chat.t.running.store.read((db) => db.audit);
    expect(audit.filter((e) => e.by === chat.t.openId(who)).map((e) => e.action).sort()).toEqual(['delete', 'update']);
  });

  it('王建国 himself 「上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是我签的」 → the same one record', async () => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText('王建国', '上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是我签的');
    expect(answer).toMatch(/请确认修改/);
    await say('王建国', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-12-02', 'sunli', 'wangqiang']]);
  });

  it('取消 leaves both signings as they were', async () => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    await answerText('胡军', '上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王副理事长签的');
    await say('胡军', '取消');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'sunli'],
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'wangqiang'],
    ]);
  });

  it('a relay of someone outside the deed (周涛说…是孙丽和王强签的) changes nothing and records nothing', async () => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText('胡军', '上周三财务科那次，周部长说那两份承诺书是孙丽和王强签的，不是王副理事长签的');
    expect(answer).not.toMatch(/请确认修改/);
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'sunli'],
      ['pledge_sign', '2026-12-02', 'wangjianguo', 'wangqiang'],
    ]);
  });

  it('the day named picks the records: a signing of another day is left alone', async () => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    await stored('王建国', '今天和李明签了廉政承诺书', 3);
    const answer = await answerText('胡军', '上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王副理事长签的');
    expect(answer).not.toMatch(/李明/);
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-02', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-12-07', 'wangjianguo', 'liming'],
    ]);
  });

  it('near-miss: 「孙丽说明天要和王强签承诺书」 is a plan — nothing changed or recorded', async () => {
    await stored('王建国', '上周三到财务科和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText('胡军', '孙丽说明天要和王强签承诺书');
    expect(answer).not.toMatch(/请确认/);
    expect(rows()).toHaveLength(2);
    expect(activities().every((a) => a.actorId === 'wangjianguo')).toBe(true);
  });
});

describe('2. the direction of a stored talk', () => {
  it.each([['刚才那次是郑华找我谈的 不是我找他'], ['刚才那次是郑华找我谈的，不是我找他。'], ['刚才那次其实是郑部长找我谈的 不是我找的他']])(
    '陈志强 「%s」 → 郑华–陈志强 after 确认, never a new talk',
    async (text) => {
      await stored('陈志强', '今天和郑华谈了廉政谈话', 1);
      const answer = await answerText('陈志强', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(/改为：[^\n]*对象：陈志强[^\n]*活动人：郑华/);
      expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'chenzhiqiang', 'zhenghua']]);
      await say('陈志强', '确认');
      expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'zhenghua', 'chenzhiqiang']]);
    },
  );

  it('郑华 「陈副理事长说刚才那次是他跟我谈的，不是我找他」 about 陈志强\'s talk with him → already so, nothing changed', async () => {
    await stored('陈志强', '今天和郑华谈了廉政谈话', 1);
    const answer = await answerText('郑华', '陈副理事长说刚才那次是他跟我谈的，不是我找他');
    expect(answer).toMatch(/已经是陈志强/);
    expect(answer).not.toMatch(/请确认/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'chenzhiqiang', 'zhenghua']]);
  });

  it('near-misses: 「刚才那次谈话很成功」 changes nothing; 「今天又和郑华谈了一次」 stays a new talk', async () => {
    await stored('陈志强', '今天和郑华谈了廉政谈话', 1);
    const first = await answerText('陈志强', '刚才那次谈话很成功');
    expect(first).not.toMatch(/请确认/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-07', 'chenzhiqiang', 'zhenghua']]);
    const second = await answerText('陈志强', '今天又和郑华谈了一次');
    expect(second).not.toMatch(/请确认修改/);
    expect(second).toMatch(/哪类|廉政谈话|谈心/);
  });
});

describe('3. 换成…吧 as 改成', () => {
  it.each([['和王强那条换成李娟吧'], ['王强那条换成李娟吧'], ['和王强那次换成李娟']])('王建国 「%s」 → 王强 → 李娟 on 请确认修改, changed on 确认', async (text) => {
    await stored('王建国', '今天和孙丽、王强签了廉政承诺书', 2);
    const answer = await answerText('王建国', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/对象改为「李娟」/);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-07', 'wangjianguo', 'sunli'],
      ['pledge_sign', '2026-12-07', 'wangjianguo', 'lijuan'],
    ]);
  });
});

describe('4. a kind alone, and a place that names the record', () => {
  it.each([['算专项资金检查吧'], ['应该算专项资金检查'], ['算是专项资金检查吧']])('黄志刚 (a 作风纪律检查 stored) 「%s」 → 专项资金检查 after 确认', async (text) => {
    await stored('黄志刚', '今天到维权部开展了作风纪律检查', 1);
    const answer = await answerText('黄志刚', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/类型改为专项资金检查/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([['inspect_funds', '2026-12-07', 'huangzhigang', '']]);
  });

  it('「算专项资金检查吧」 after a talk changes no talk into a check', async () => {
    await stored('黄志刚', '今天和孙杰谈了心', 1);
    const answer = await answerText('黄志刚', '算专项资金检查吧');
    expect(answer).not.toMatch(/请确认修改/);
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'huangzhigang', 'sunjie']]);
  });

  it.each([
    ['上周五到维权部开展了专项资金检查', '维权部那次算作风纪律检查吧', 'inspect_funds'],
    ['上周五到维权部开展了专项资金检查', '维权部那次应该算作风纪律检查', 'inspect_funds'],
    ['上周五到维权部开展了专项资金检查', '上周五去维权部那次算作风纪律检查吧', 'inspect_funds'],
  ])('黄志刚 (%s) 「%s」 → 作风纪律检查 after 确认, no new check', async (report, text, was) => {
    await stored('黄志刚', report, 1);
    const answer = await answerText('黄志刚', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/类型改为作风纪律检查/);
    expect(rows()).toEqual([[was, '2026-12-04', 'huangzhigang', '']]);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-04', 'huangzhigang', '']]);
  });
});

describe('4b. 维权部那次 of another kind, and two that fit', () => {
  // Round 65 (gea; the brief): a film is no check — was a 请确认修改 card turning it into one; now said and asked, nothing changed.
  it('冯雪 (a 警示教育 at 维权部 stored) 「维权部那次算作风纪律检查吧」 → said a film is no check and asked, nothing changed', async () => {
    await stored('冯雪', '上周五组织维权部观看警示教育片《警钟》，参加4人', 1);
    const answer = await answerText('冯雪', '维权部那次算作风纪律检查吧');
    expect(answer).not.toMatch(/请确认修改/);
    expect(answer).toMatch(/这次是警示教育，不是检查/);
    expect(answer).toMatch(/是要另记一次作风纪律检查吗/);
    await say('冯雪', '确认');
    expect(rows()).toEqual([['edu_warning', '2026-12-04', 'fengxue', '']]);
  });

  it('two checks at 维权部 → both listed and asked which, nothing changed', async () => {
    await stored('黄志刚', '上周四到维权部开展了专项资金检查', 1);
    await stored('黄志刚', '上周五到维权部开展了专项资金检查', 2);
    const answer = await answerText('黄志刚', '维权部那次算作风纪律检查吧');
    expect(answer).toMatch(/2 条/);
    expect(answer).not.toMatch(/请确认修改/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([
      ['inspect_funds', '2026-12-03', 'huangzhigang', ''],
      ['inspect_funds', '2026-12-04', 'huangzhigang', ''],
    ]);
  });
});

describe('5. 还有李明也参加了 after a stored education', () => {
  it('周涛 (a 警示教育 of 6 stored) → 7 people, 李明参加 noted, after 确认', async () => {
    await stored('周涛', '今天组织组联部全体人员观看警示教育片《警钟》，参加6人', 1);
    const answer = await answerText('周涛', '还有李明也参加了');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/参加人员加上李明，人数改为7人/);
    expect(activities()[0]!.attendees).toBe(6);
    await say('周涛', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.attendees).toBe(7);
    expect(activities()[0]!.note).toMatch(/李明参加/);
  });

  it('after a talk, 还有李明也参加了 is still one more talk of its kind on a 确认 card (round 62)', async () => {
    await stored('王建国', '今天和孙丽谈了廉政谈话', 1);
    const answer = await answerText('王建国', '还有李明也参加了');
    expect(answer).toMatch(/请确认/);
    expect(answer).toMatch(/对象：李明/);
    expect(answer).not.toMatch(/参加人员加上/);
  });
});
