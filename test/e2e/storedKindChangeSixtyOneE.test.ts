// Round 61 (issue 10), fixer gae: a stored record's kind, people or count changed in words (t63a/t63b Part B: each read as
// a new report, or 没看懂).
// 1. Named by person, day or doer, its kind said (是…我报成…了 · 不是…是… · 改成): the 请确认修改 card; 确认 changes it, nothing new.
// 2. Two records fit: both listed, nothing changed; 第2条改成… then changes that one only. None fits: said, nothing new.
// 3. 改成谈心谈话 right after a 「找到 1 条记录」 card: that record's card.
// 4. A meeting's head-count left out (参加人数漏写了，一共5人): the stored meeting's count on the card, no duplicate.
// 5. 集体谈话漏了陈静和赵磊: records like the group's on a 确认 card; one already in it is said.
// 6. 孙杰的承诺书那条撤掉 他还没签 谈话是谈了的: the signing offered, the talk kept; 撤销第2条，…报早了 withdraws record 2.
// 7. Near-misses: a new talk with a stored person, a film titled 《撤回测试》 are reports as before.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 09:00 in Shanghai. */
const MONDAY = new Date('2026-12-07T09:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, stored } = chat;

describe('1. a stored talk named, its kind said: the 请确认修改 card, changed on 确认', () => {
  it.each([
    ['王建国', '12月2日和王强进行了廉政谈话', '王建国副理事长12月2日和王强那次是谈心谈话，我报成廉政谈话了', 'talk_heart'],
    ['王建国', '12月2日和王强进行了廉政谈话', '12.2和王强那次是谈心谈话 我写成廉政谈话了', 'talk_heart'],
    ['刘芳', '12月1日和周涛进行了谈心谈话', '和周涛那次不是谈心 是廉政谈话 周涛自己说的', 'talk_integrity'],
    ['刘芳', '12月1日和周涛进行了谈心谈话', '张书记说和周部长那次不是谈心，是廉政谈话', 'talk_integrity'],
    ['孙丽', '12月1日和王强进行了谈心谈话', '王强那条改成廉政谈话', 'talk_integrity'],
    ['孙丽', '12月1日和王强进行了廉政谈话', '和王强那条记录 改成 谈心谈话', 'talk_heart'],
  ])('%s stored 「%s」, then 「%s」 → %s after 确认', async (from, report, change, type) => {
    await stored(from, report, 1);
    const before = rows();
    const answer = await answerText(from, change);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/原来：/);
    expect(answer).toMatch(/改为：/);
    expect(answer).not.toMatch(/还差一点|没看懂|已记录/);
    expect(rows()).toEqual(before);
    await say(from, '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.type).toBe(type);
    expect(activities()[0]!.date).toBe(before[0]![1]);
    expect(activities()[0]!.counterpartIds).toEqual(before[0]![3]!.split(','));
  });
});

describe('2. which record: two fit → asked; none fits → said', () => {
  it('孙丽 with two talks with 王强: both listed, nothing changed; 第2条改成谈心谈话 changes the 12-02 one only', async () => {
    await stored('孙丽', '12月1日和王强进行了廉政谈话', 1);
    await stored('孙丽', '12月2日和王强进行了廉政谈话', 2);
    const answer = await answerText('孙丽', '王强那条改成谈心谈话');
    expect(answer).toMatch(/找到 2 条记录/);
    expect(answer).toMatch(/不知道要把哪一条/);
    expect(answer).toMatch(/第1条类型改成谈心谈话/);
    expect(activities().map((a) => a.type)).toEqual(['talk_integrity', 'talk_integrity']);
    const card = await answerText('孙丽', '第2条改成谈心谈话');
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/原来：廉政谈话｜2026-12-02/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang'],
      ['talk_heart', '2026-12-02', 'sunli', 'wangqiang'],
    ]);
  });

  it('孙丽 names 李娟, whom she has no talk with: said not found, nothing changed or added', async () => {
    await stored('孙丽', '12月1日和王强进行了廉政谈话', 1);
    const answer = await answerText('孙丽', '李娟那条改成谈心谈话');
    expect(answer).toMatch(/没有找到/);
    expect(answer).not.toMatch(/请确认|已记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'wangqiang']]);
  });
});

describe('3. 改成<kind> right after a search card', () => {
  it.each([['改成谈心谈话'], ['改为谈心谈话'], ['那就改成谈心谈话吧']])('孙丽 「修改12月1日和王强的廉政谈话」 then 「%s」 → that record\'s card', async (bare) => {
    await stored('孙丽', '12月1日和王强进行了廉政谈话', 1);
    await stored('孙丽', '12月2日和李娟进行了廉政谈话', 2);
    expect(await answerText('孙丽', '修改12月1日和王强的廉政谈话')).toMatch(/找到 1 条/);
    const card = await answerText('孙丽', bare);
    expect(card).toMatch(/请确认修改/);
    expect(card).toMatch(/原来：廉政谈话｜2026-12-01｜对象：王强/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-01', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'sunli', 'lijuan'],
    ]);
  });
});

describe('4. a meeting\'s head-count left out', () => {
  it.each([['上周三财务科那个分管科室会议，参加人数漏写了，一共5人'], ['上周三那个分管科室会议 人数忘写了 一共五人'], ['12.2那次分管科室会议，参加人数没写，实到5人']])(
    '王建国 「%s」 → the stored meeting takes 5, no duplicate',
    async (text) => {
      await stored('王建国', '上周三召开分管科室党风廉政建设工作会议', 1);
      const answer = await answerText('王建国', text);
      expect(answer).toMatch(/请确认修改/);
      expect(answer).toMatch(/参加人数改为5人/);
      expect(answer).not.toMatch(/可能重复|仍要记录/);
      await say('王建国', '确认');
      expect(activities()).toHaveLength(1);
      expect(activities()[0]!.attendees).toBe(5);
      expect(activities()[0]!.date).toBe('2026-12-02');
    },
  );
});

describe('5. people left out of a stored group', () => {
  it.each([['集体谈话漏了陈静和赵磊'], ['刚才的集体谈话还漏了陈静 赵磊'], ['集體談話漏了陳靜、趙磊']])('张伟 「%s」 → two talks like the group\'s on a card, stored on 确认', async (text) => {
    await stored('张伟', '12月2日和王建国、刘芳进行了集体廉政谈话', 2);
    const answer = await answerText('张伟', text);
    expect(answer).toMatch(/请确认/);
    expect(answer).toMatch(/廉政谈话｜2026-12-02｜对象：陈静/);
    expect(answer).toMatch(/廉政谈话｜2026-12-02｜对象：赵磊/);
    expect(activities()).toHaveLength(2);
    await say('张伟', '确认');
    expect(rows().slice(2)).toEqual([
      ['talk_integrity', '2026-12-02', 'zhangwei', 'chenjing'],
      ['talk_integrity', '2026-12-02', 'zhangwei', 'zhaolei'],
    ]);
  });

  it('张伟 「集体谈话漏了刘芳」 when 刘芳 is in it: said, nothing added', async () => {
    await stored('张伟', '12月2日和王建国、刘芳进行了集体廉政谈话', 2);
    const answer = await answerText('张伟', '集体谈话漏了刘芳');
    expect(answer).toMatch(/刘芳已经在这次廉政谈话里了/);
    expect(activities()).toHaveLength(2);
  });

  it('赵敏 with no group stored: said, nothing added', async () => {
    const answer = await answerText('赵敏', '集体谈话漏了王磊');
    expect(answer).toMatch(/没有找到您最近上报的「集体谈话」/);
    expect(activities()).toHaveLength(0);
  });
});

describe('6. withdrawals: the deed kept, a reason after 撤销第N条', () => {
  it.each([['孙杰的承诺书那条撤掉 他还没签 谈话是谈了的'], ['孙杰的承诺书那条撤掉，他还没签，谈话确实谈了']])('何平 「%s」 → the signing offered, 撤销 leaves the talk', async (text) => {
    await stored('何平', '12月1日和孙杰签订了廉洁承诺书', 1);
    await stored('何平', '12月1日和孙杰进行了廉政谈话', 2);
    const answer = await answerText('何平', text);
    expect(answer).toMatch(/找到 1 条/);
    expect(answer).toMatch(/那条保留不动/);
    expect(answer).toMatch(/签订责任书\/承诺书｜2026-12-01｜对象：孙杰/);
    expect(answer).not.toMatch(/通讯录/);
    expect(activities()).toHaveLength(2);
    await say('何平', '撤销');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'heping', 'sunjie']]);
  });

  it.each([['撤销第2条，维权部那次是下周的，报早了'], ['撤销第2条 维权部那次是下周的 报早了']])('陈志强 「%s」 → record 2 withdrawn', async (text) => {
    await stored('陈志强', '12月1日和郑华谈了，12月3日和冯雪谈了，都是廉政谈话', 2);
    const answer = await answerText('陈志强', text);
    expect(answer).toMatch(/已撤销第2条/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'chenzhiqiang', 'zhenghua']]);
  });
});

describe('7. near-misses stay reports', () => {
  it('孙丽 「今天又和王强进行了一次廉政谈话」 after a stored talk with 王强 → a second talk, the first untouched', async () => {
    await stored('孙丽', '12月1日和王强进行了廉政谈话', 1);
    await stored('孙丽', '今天又和王强进行了一次廉政谈话', 2);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-12-07', 'sunli', 'wangqiang'],
    ]);
  });

  it('孙丽 「今天组织观看警示教育片《改成谈心谈话》，参加6人」 → a 警示教育 with that title', async () => {
    await stored('孙丽', '12月1日和王强进行了廉政谈话', 1);
    await stored('孙丽', '今天组织观看警示教育片《改成谈心谈话》，参加6人', 2);
    expect(activities()[1]).toMatchObject({ type: 'edu_warning', title: '改成谈心谈话', attendees: 6 });
    expect(activities()[0]!.type).toBe('talk_integrity');
  });
});

describe('8. 不是新报的，是要改之前那条 after a correction was stored as a new record', () => {
  it('孙丽: the new 谈心谈话 of 12-01 withdrawn, the earlier 廉政谈话 of 12-01 with 王强 offered as 谈心谈话; 确认 changes it', async () => {
    await stored('孙丽', '12月1日和王强进行了廉政谈话', 1);
    await stored('孙丽', '12月1日和王强进行了谈心谈话', 2);
    const answer = await answerText('孙丽', '不是新报的，是要改之前那条');
    expect(answer).toMatch(/刚才新记的那条（谈心谈话｜2026-12-01｜对象：王强/);
    expect(answer).toMatch(/已撤销/);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/原来：廉政谈话｜2026-12-01｜对象：王强/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'wangqiang']]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'sunli', 'wangqiang']]);
  });

  it('孙丽 with no earlier record of 王强: said, nothing withdrawn', async () => {
    await stored('孙丽', '12月1日和王强进行了谈心谈话', 1);
    const answer = await answerText('孙丽', '不是新报的 是要改之前那条');
    expect(answer).toMatch(/没有找到/);
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'sunli', 'wangqiang']]);
  });
});
