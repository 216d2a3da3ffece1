// Round 64, gdd (issue 10; gcd's left-alone and the real 工作动态 shape): over HTTP — 会同 naming the lead whoever joins
// (黄书记会同赵书记: 黄志刚's check, 赵敏 along) or a unit (赵敏书记会同办公室: the unit named on the card), items parted by
// spaces after a counted lead (both the lead's, no question), a group cell against its count (both numbers on the card,
// nothing stored before 确认), and a long pasted item with a 图为 caption and a 通讯员 trailer (one record).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai: the findings' December days are past. */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
const rows = chat.datedRows;

describe('会同 names the lead whoever joins', () => {
  it.each([
    ['12月3日黄书记会同赵书记对宣文部开展作风纪律检查'],
    ['12.3 黄书记 会同 赵书记 对宣文部开展作风纪律检查'],
    ['12月3日，机关纪委书记黄志刚会同机关党委书记赵敏对宣文部开展作风纪律检查。'],
  ])('林晓 「%s」 → a card with 黄志刚 the doer and 赵敏 along, no question who led; 确认 stores one check', async (text) => {
    const card = await answerText('林晓', text);
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/活动人：黄志刚/);
    expect(card).toMatch(/赵敏/);
    expect(card).not.toMatch(/是谁带队|是谁的/);
    expect(activities()).toEqual([]);
    await answerText('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-03', 'huangzhigang', '', null]]);
    expect(activities()[0]!.departmentId).toBe('publicity');
    expect(activities()[0]!.companionIds).toEqual(['zhaomin']);
  });

  it('林晓 「赵敏书记会同办公室对康复中心…」 → 赵敏\'s check of 康复中心, 办公室 named on the card; 取消 stores nothing', async () => {
    const card = await answerText('林晓', '12月3日赵敏书记会同办公室对康复中心开展了作风纪律检查');
    expect(card).toMatch(/活动人：赵敏/);
    expect(card).toMatch(/会同办公室」：办公室一同参加检查/);
    expect(card).not.toMatch(/是谁带队|是谁的/);
    await answerText('林晓', '取消');
    expect(activities()).toEqual([]);
  });

  it('林晓 the same with 确认 → stored at 康复中心, no one along', async () => {
    await answerText('林晓', '12月3日赵敏书记会同办公室对康复中心开展了作风纪律检查');
    await answerText('林晓', '确认');
    expect(rows()).toEqual([['inspect_style', '2026-12-03', 'zhaomin', '', null]]);
    expect(activities()[0]!.departmentId).toBe('center');
    expect(activities()[0]!.companionIds ?? []).toEqual([]);
  });
});

describe('items parted by spaces after a counted lead', () => {
  it('李娟 「本月我科共开展廉政教育2次 12月1日学习条例 12月3日观看警示教育片」 → one card of two, no question; 确认 stores two of 孙丽', async () => {
    const card = await answerText('李娟', '本月我科共开展廉政教育2次 12月1日学习条例 12月3日观看警示教育片');
    expect(card).toMatch(/请确认以下 2 条/);
    expect(card).not.toMatch(/哪一天|是谁/);
    await answerText('李娟', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-12-01', 'sunli', '', null],
      ['edu_warning', '2026-12-03', 'sunli', '', null],
    ]);
  });
});

describe('a group cell against its count', () => {
  const TABLE = '日期\t活动类型\t谈话人\t对象\t人数\n12月1日\t廉政谈话\t李明\t办公室全体\t2';

  it('王芳 「…李明⇥办公室全体⇥2」 → the card says 4 against 2, nothing stored; 取消 stores nothing', async () => {
    const card = await answerText('王芳', TABLE);
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/人数「2」与对象栏「办公室全体」列出的4人不一致/);
    expect(activities()).toEqual([]);
    await answerText('王芳', '取消');
    expect(activities()).toEqual([]);
  });

  it('胡军 the same row with no header, the kind second → 李明\'s talks, never 胡军\'s with 李明; 确认 stores the four', async () => {
    const card = await answerText('胡军', '12月1日\t廉政谈话\t李明\t办公室全体\t2');
    expect(card).toMatch(/人数「2」与对象栏/);
    await answerText('胡军', '确认');
    expect(rows().map((r) => r[2])).toEqual(['liming', 'liming', 'liming', 'liming']);
    expect(rows().map((r) => r[3]).sort()).toEqual(['huangzhigang', 'hujun', 'linxiao', 'wangfang']);
  });
});

describe('a long pasted 工作动态 item', () => {
  it('孙杰\'s item with a 图为 caption and a 通讯员 trailer → one 党课 of 何平; 确认 stores it alone', async () => {
    const card = await answerText(
      '孙杰',
      '康复中心开展廉政党课\n2026年12月3日，康复中心主任何平为中心全体党员讲授廉政党课《守住初心 廉洁从医》。何平从身边案例讲起，深入剖析了康复服务领域的廉政风险点。中心15名党员参加学习。\n图为党课现场\n（通讯员 孙杰）',
    );
    expect(card).toMatch(/活动人：何平/);
    expect(card).not.toMatch(/哪一天|是谁/);
    await answerText('孙杰', '确认');
    // The fifth column is the head count: 15, read from the item.
    expect(rows()).toEqual([['edu_lecture', '2026-12-03', 'heping', '', 15]]);
  });

  it('王芳\'s 党组会议 item with 「会上，张伟强调，…逐项整改」 → one 专题会议 of 张伟, not dropped', async () => {
    const card = await answerText('王芳', '党组召开党风廉政建设专题会议\n12月2日，市残联党组书记、理事长张伟主持召开党组会议，专题研究党风廉政建设工作。会上，张伟强调，各部室要对照检查发现的问题逐项整改。\n（通讯员 王芳）');
    expect(card).toMatch(/活动人：张伟/);
    await answerText('王芳', '确认');
    expect(rows()).toEqual([['meeting_special', '2026-12-02', 'zhangwei', '', null]]);
  });
});
