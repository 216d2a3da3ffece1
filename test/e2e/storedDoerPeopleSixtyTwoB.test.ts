// Round 62 (issue 10), fixer gbb: corrections of stored records that name the doer or a person (t64a Part B: new records
// stored, or refused).
// 1. 赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我: both stored signings take 赵敏 as doer on one 请确认修改 card.
// 2. 刚才那次是王磊谈的不是我 · 黄书记说那次检查是他带队的: the latest report's record takes the doer; two that fit are asked.
// 3. 12月3日周涛部长签承诺书那条漏了我，是和我签的: a record like 周涛's with the member, on a 确认 card.
// 4. 第2条是周涛部长和组联部全体人员签的 after a receipt: record 2's doer and people, a group's others new records.
// 5. 和王强那条改成李娟: the person change; 王强那条撤销 他没谈: withdrawn at once as 王强那条撤销 is (an older one offered).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 10:00 in Shanghai (the tester's days: 12月3日 is yesterday). */
const FRIDAY = new Date('2026-12-04T10:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, recorded, rows, stored } = chat;

describe('1. a relayed doer change of stored records', () => {
  it.each([
    ['赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我'],
    ['赵书记说，今天承诺书那两份是她跟徐辉、孙杰签的，不是我。'],
    ['赵书记告诉我 那两份承诺书其实是她签的'],
    ['刚才报的两条承诺书都是赵书记签的 不是我'],
  ])('何平 (two signings of today stored) 「%s」 → both offered with 赵敏, nothing new; 确认 changes both', async (text) => {
    await stored('何平', '今天分别和徐辉、孙杰签订了廉政承诺书', 2);
    const answer = await answerText('何平', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/改为：[^\n]*对象：徐辉[^\n]*活动人：赵敏/);
    expect(answer).toMatch(/改为：[^\n]*对象：孙杰[^\n]*活动人：赵敏/);
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-04', 'heping', 'xuhui'],
      ['pledge_sign', '2026-12-04', 'heping', 'sunjie'],
    ]);
    await say('何平', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-04', 'zhaomin', 'xuhui'],
      ['pledge_sign', '2026-12-04', 'zhaomin', 'sunjie'],
    ]);
  });

  it('何平 「赵书记说今天和孙杰那份是她签的 不是我」 → only the signing with 孙杰 changes', async () => {
    await stored('何平', '今天分别和徐辉、孙杰签订了廉政承诺书', 2);
    const answer = await answerText('何平', '赵书记说今天和孙杰那份是她签的 不是我');
    expect(answer).toMatch(/改为：[^\n]*对象：孙杰[^\n]*活动人：赵敏/);
    expect(answer).not.toMatch(/对象：徐辉/);
    await say('何平', '取消');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-12-04', 'heping', 'xuhui'],
      ['pledge_sign', '2026-12-04', 'heping', 'sunjie'],
    ]);
  });

  it('near-miss: 「赵书记说今天也要和徐辉签承诺书」 is a plan, nothing changed or recorded', async () => {
    await stored('何平', '今天分别和徐辉、孙杰签订了廉政承诺书', 2);
    const answer = await answerText('何平', '赵书记说今天也要和徐辉签承诺书');
    expect(answer).not.toMatch(/请确认/);
    expect(activities()).toHaveLength(2);
    expect(activities().every((a) => a.actorId === 'heping')).toBe(true);
  });
});

describe('2. 刚才那次 / 那次检查 and the doer', () => {
  it('林晓 「刚才那次是王磊谈的不是我」 → the talk with 孙杰 takes 王磊 after 确认 (was: a new talk asked its kind)', async () => {
    await recorded('林晓', '11月24日和孙杰进行了提醒谈话');
    const answer = await answerText('林晓', '刚才那次是王磊谈的不是我');
    expect(answer).toMatch(/活动人改为王磊/);
    expect(answer).not.toMatch(/哪类活动/);
    await say('林晓', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-24', 'wanglei', 'sunjie']]);
  });

  it.each([['黄书记说那次检查是他带队的'], ['黄书记讲 那次检查是他带队的'], ['听黄书记说那次检查是他带的队']])(
    '林晓 (a check of 12-02 stored) 「%s」 → 黄志刚 its doer after 确认',
    async (text) => {
      await recorded('林晓', '12月2日对财务科开展了作风纪律检查');
      const answer = await answerText('林晓', text);
      expect(answer).toMatch(/活动人改为黄志刚/);
      expect(answer).not.toMatch(/没有在通讯录/);
      await say('林晓', '确认');
      expect(rows()).toEqual([['inspect_style', '2026-12-02', 'huangzhigang', '']]);
    },
  );

  it('two talks in the latest report: 「刚才那次是赵书记谈的不是我」 asks which, nothing changed', async () => {
    await stored('何平', '今天分别和徐辉、孙杰进行了廉政谈话', 2);
    const answer = await answerText('何平', '刚才那次是赵书记谈的不是我');
    expect(answer).toMatch(/找到 2 条记录/);
    expect(activities().every((a) => a.actorId === 'heping')).toBe(true);
  });

  it('near-miss: 「今天又和徐辉谈了一次」 stays a new report (its kind asked), the stored one untouched', async () => {
    await stored('何平', '今天分别和徐辉、孙杰签订了廉政承诺书', 2);
    const answer = await answerText('何平', '今天又和徐辉谈了一次');
    expect(answer).toMatch(/哪类活动/);
    expect(activities()).toHaveLength(2);
  });
});

describe('3. 漏了我', () => {
  it.each([['12月3日周涛部长签承诺书那条漏了我，是和我签的'], ['周部长签承诺书那次漏了我 我也签了'], ['12月3日周涛部长签承诺书那条把我漏了']])(
    '张颖 (周涛\'s signing with 刘洋 of 12-03 stored by 周涛) 「%s」 → a card of 周涛–张颖; 确认 stores it',
    async (text) => {
      await recorded('周涛', '12月3日和刘洋签订了廉政承诺书');
      const answer = await answerText('张颖', text);
      expect(answer).toMatch(/请确认以下 1 条记录/);
      expect(answer).toMatch(/签订责任书\/承诺书｜2026-12-03[^\n]*对象：张颖[^\n]*活动人：周涛/);
      expect(answer).toMatch(/按已记录的那次/);
      expect(activities()).toHaveLength(1);
      await say('张颖', '确认');
      expect(rows()).toEqual([
        ['pledge_sign', '2026-12-03', 'zhoutao', 'liuyang'],
        ['pledge_sign', '2026-12-03', 'zhoutao', 'zhangying'],
      ]);
    },
  );

  it('the member already in it is said, nothing added', async () => {
    await recorded('周涛', '12月3日和张颖签订了廉政承诺书');
    const answer = await answerText('张颖', '12月3日周涛部长签承诺书那条漏了我');
    expect(answer).toMatch(/已经有您了/);
    expect(activities()).toHaveLength(1);
  });

  it('none stored is said, nothing recorded', async () => {
    const answer = await answerText('张颖', '12月3日周涛部长签承诺书那条漏了我，是和我签的');
    expect(answer).toMatch(/没有找到/);
    expect(activities()).toHaveLength(0);
  });
});

describe('4. 第N条是X和Y签的 after a receipt', () => {
  it('林晓 「第2条是周涛部长和组联部全体人员签的」 → record 2 becomes 周涛–张颖 on 确认 (was: refused)', async () => {
    await stored('林晓', '11月24日和孙杰进行了提醒谈话，11月25日和张颖签订了廉政承诺书', 2);
    const answer = await answerText('林晓', '第2条是周涛部长和组联部全体人员签的');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).not.toMatch(/同一个人|没有等待确认/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-24', 'linxiao', 'sunjie'],
      ['pledge_sign', '2026-11-25', 'zhoutao', 'zhangying'],
    ]);
  });

  it('a group of several: record 2 takes the first, the others are new records, all on 确认', async () => {
    await stored('林晓', '11月24日和孙杰进行了提醒谈话，11月25日和刘洋签订了廉政承诺书', 2);
    const answer = await answerText('林晓', '第2条是吴静部长和康复部全体人员签的');
    expect(answer).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(2);
    await say('林晓', '确认');
    const signings = rows().filter((r) => r[0] === 'pledge_sign');
    expect(signings.every((r) => r[1] === '2026-11-25' && r[2] === 'wujing')).toBe(true);
    expect(signings.map((r) => r[3])).toContain('liuyang');
    expect(signings.map((r) => r[3])).not.toContain('wujing');
  });

  it('a number beyond the receipt is said, nothing changed', async () => {
    await stored('林晓', '11月24日和孙杰进行了提醒谈话，11月25日和张颖签订了廉政承诺书', 2);
    const answer = await answerText('林晓', '第3条是周涛部长和组联部全体人员签的');
    expect(answer).toMatch(/没有第3条/);
    expect(rows()[1]).toEqual(['pledge_sign', '2026-11-25', 'linxiao', 'zhangying']);
  });
});

describe('5. a person named: 改成<person>, 撤销 with a reason', () => {
  it.each([['和王强那条改成李娟'], ['王强那条改成李娟'], ['和王强那次改为李娟']])('孙丽 「%s」 → 对象 李娟 after 确认 (was: 没看懂)', async (text) => {
    await recorded('孙丽', '11月27日和王强进行了廉政谈话');
    const answer = await answerText('孙丽', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/改为：[^\n]*对象：李娟/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-27', 'sunli', 'lijuan']]);
  });

  it('孙丽 「王强那条改成12月3日」 → the day on the 请确认修改 card', async () => {
    await recorded('孙丽', '11月27日和王强进行了廉政谈话');
    const answer = await answerText('孙丽', '王强那条改成12月3日');
    expect(answer).toMatch(/改为：廉政谈话｜2026-12-03/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-03', 'sunli', 'wangqiang']]);
  });

  it.each([['王强那条撤销'], ['王强那条撤销 他没谈']])('孙丽 「%s」 (the latest report) → withdrawn at once, either way', async (text) => {
    await recorded('孙丽', '11月27日和王强进行了廉政谈话');
    const answer = await answerText('孙丽', text);
    expect(answer).toMatch(/已撤销：[^\n]*对象：王强/);
    expect(activities()).toHaveLength(0);
  });

  it('孙丽 「王强那条撤销 他没谈」 when a later report came since → found and offered, nothing withdrawn before 撤销', async () => {
    await recorded('孙丽', '11月27日和王强进行了廉政谈话');
    await recorded('孙丽', '今天组织学习了《廉洁自律准则》，参加8人');
    const answer = await answerText('孙丽', '王强那条撤销 他没谈');
    expect(answer).toMatch(/找到 1 条/);
    expect(activities()).toHaveLength(2);
    await say('孙丽', '撤销');
    expect(rows()).toEqual([['edu_integrity', '2026-12-04', 'sunli', '']]);
  });
});
