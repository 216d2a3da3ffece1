// Round 63, gcd (issue 10; t65a F6, gba's and gbh's left-alone): the doer and the department in pasted 工作动态 items and
// summaries over HTTP — 会同 between two people (the first led the check, the other along, on a card), a 分管科室会议 in a
// department's room (every department its leader supervises, on the card), a counted lead over items with dotted days
// (two records, no third), a pasted table's talk-row count that disagrees with the people (said on the card).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai: the findings' December days are past. */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
const rows = chat.datedRows;

describe('会同 between two people before a check', () => {
  it.each([
    ['12月3日，赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查'],
    ['12.3 赵书记会同黄书记到康复中心检查作风纪律'],
    ['12月3日赵敏书记与黄志刚书记一道，对康复中心开展了作风纪律检查'],
  ])('王芳 「%s」 → a card with 赵敏 the doer and 黄志刚 along, no question who led; 确认 stores one check', async (text) => {
    const card = await answerText('王芳', text);
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/活动人：赵敏/);
    expect(card).toMatch(/黄志刚/);
    expect(card).not.toMatch(/是谁带队/);
    expect(activities()).toEqual([]);
    await answerText('王芳', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-03', 'zhaomin', '', null]]);
    expect(activities()[0]!.departmentId).toBe('center');
    expect(activities()[0]!.companionIds).toEqual(['huangzhigang']);
  });

  it('王芳\'s pasted 工作动态 (t65a F6) → one card with the 分管科室会议 at 办公室、财务科 and 赵敏\'s check; 确认 stores both', async () => {
    const card = await answerText('王芳', '机关本周廉政工作动态：12月1日，王建国副理事长主持召开分管科室党风廉政建设工作会议，传达学习上级有关精神。12月3日赵敏书记会同黄志刚书记对康复中心开展了作风纪律检查。');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/办公室、财务科/);
    expect(card).not.toMatch(/是谁带队/);
    await answerText('王芳', '确认');
    expect(rows()).toEqual([
      ['meeting_dept', '2026-12-01', 'wangjianguo', '', null],
      ['inspect_style', '2026-12-03', 'zhaomin', '', null],
    ]);
    expect(activities().find((a) => a.type === 'meeting_dept')!.departmentIds).toEqual(['office', 'finance']);
  });

  it('near-miss: 「会同财务科对三公经费进行了自查」 keeps gbe\'s word on where it counts', async () => {
    const answer = await answerText('王芳', '12月3日会同财务科对三公经费进行了自查');
    expect(answer).toMatch(/计入财务科/);
    expect(activities()).toEqual([]);
  });
});

describe('a 分管科室会议 in a department\'s room', () => {
  it('王芳 「…王建国副理事长在办公室会议室主持召开分管科室…会议」 → the card shows 办公室、财务科; 确认 stores both', async () => {
    const card = await answerText('王芳', '12月1日，王建国副理事长在办公室会议室主持召开分管科室党风廉政建设工作会议');
    expect(card).toMatch(/办公室、财务科/);
    expect(activities()).toEqual([]);
    await answerText('王芳', '确认');
    expect(activities()[0]!.actorId).toBe('wangjianguo');
    expect(activities()[0]!.departmentIds).toEqual(['office', 'finance']);
  });
});

describe('a counted lead over items with dotted days', () => {
  it('李娟 「本月我科共开展廉政教育2次，其中12月1日学习《条例》，12.3观看警示教育片」 → a card with two, no day asked; 确认 stores two of 孙丽', async () => {
    const card = await answerText('李娟', '本月我科共开展廉政教育2次，其中12月1日学习《条例》，12.3观看警示教育片');
    expect(card).toMatch(/请确认以下 2 条/);
    expect(card).not.toMatch(/哪一天|是谁/);
    await answerText('李娟', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-12-01', 'sunli', '', null],
      ['edu_warning', '2026-12-03', 'sunli', '', null],
    ]);
  });
});

describe('a pasted table\'s talk-row count', () => {
  it('张颖 「…⏎11月16日⇥谈心谈话⇥周涛⇥张颖⇥4」 → the card says the 4 disagrees with the one talked with; 确认 stores the talk', async () => {
    const card = await answerText('张颖', '日期\t活动类型\t主持/谈话人\t对象\t人数\n11月16日\t谈心谈话\t周涛\t张颖\t4');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/人数「4」与对象栏列出的1人不一致/);
    expect(activities()).toEqual([]);
    await answerText('张颖', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-16', 'zhoutao', 'zhangying', null]]);
  });

  it('near-miss: a count equal to the people says nothing of it', async () => {
    const card = await answerText('张颖', '日期\t活动类型\t主持/谈话人\t对象\t人数\n11月16日\t谈心谈话\t周涛\t张颖\t1');
    expect(card).not.toMatch(/不一致/);
  });
});
