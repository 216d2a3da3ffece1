// Round 31g F1/F4/F7 (issue 10): on a waiting card of several records, 「第2条人数不对，是29人」 and 「活动人错了，第3、4条是我参加的，
// 应该记在我名下」 were 「这条消息没有记录，下面的卡片仍在等您确认」 and the card unchanged. Now only the records named change, the
// card is shown again with the change said, and nothing is stored until 确认.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

/** 冯雪 (维权部部长) lists four things; the 党课 and the meeting are read as 王建国's, the film has 30 people. */
const LIST = '本月工作：1. 11月18日与王强进行廉政谈话；2. 11月19日组织观看警示教育片，参加30人；3. 11月20日王建国副理事长讲廉政党课；4. 11月24日王建国主持召开专题会议研究党风廉政建设';

describe('a multi-item card corrected by item number and field', () => {
  it('the head count of item 2 and the doer of items 3 and 4 change, then 确认 stores them so', async () => {
    await say('冯雪', LIST);
    expect(activities()).toHaveLength(0);
    await say('冯雪', '第2条人数不对，是29人');
    expect(lastText()).toContain('已按您的更正修改（第2条人数改为29人）');
    expect(activities()).toHaveLength(0);
    await say('冯雪', '活动人错了，第3、4条是我参加的，应该记在我名下');
    expect(lastText()).toContain('已按您的更正修改（第3、4条活动人改为「冯雪」）');
    expect(activities()).toHaveLength(0);
    await say('冯雪', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-18', 'fengxue', 'wangqiang'],
      ['edu_warning', '2026-11-19', 'fengxue', ''],
      ['edu_lecture', '2026-11-20', 'fengxue', ''],
      ['meeting_special', '2026-11-24', 'fengxue', ''],
    ]);
    expect(activities().map((a) => a.attendees ?? null)).toEqual([null, 29, null, null]);
  });

  it('警示教育那条 and 最后一条 name records by kind and place', async () => {
    await say('冯雪', LIST);
    await say('冯雪', '警示教育那条人数应为28人');
    expect(lastText()).toContain('第2条人数改为28人');
    await say('冯雪', '最后一条活动人是我');
    expect(lastText()).toContain('第4条活动人改为「冯雪」');
    await say('冯雪', '确认');
    expect(rows().map((r) => r[2])).toEqual(['fengxue', 'fengxue', 'wangjianguo', 'fengxue']);
    expect(activities().find((a) => a.type === 'edu_warning')?.attendees).toBe(28);
  });

  it('「不对，第2条警示教育是我们部组织的，活动人是我」 is a correction of item 2, not a new report', async () => {
    await say('冯雪', '1. 11月18日与王强进行廉政谈话；2. 11月19日王建国副理事长组织观看警示教育片，参加30人');
    await say('冯雪', '不对，第2条警示教育是我们部组织的，活动人是我');
    expect(lastText()).toContain('已按您的更正修改（第2条活动人改为「冯雪」）');
    await say('冯雪', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-18', 'fengxue', 'wangqiang'],
      ['edu_warning', '2026-11-19', 'fengxue', ''],
    ]);
  });

  it.each([
    ['第5条人数是3人', '卡片上只有 4 条记录，没有第5条'],
    ['第3条主讲人是王大锤', '没有在通讯录里找到「王大锤」'],
    ['第1、2条人数是9人', '第1条是谈话或签订责任书，没有参加人数'],
  ])('「%s」 cannot be applied: said precisely, the card unchanged', async (said, why) => {
    await say('冯雪', LIST);
    await say('冯雪', said);
    expect(lastText()).toContain(why);
    expect(lastText()).toContain('卡片没有改动');
    await say('冯雪', '确认');
    expect(rows().map((r) => r[2])).toEqual(['fengxue', 'fengxue', 'wangjianguo', 'wangjianguo']);
    expect(activities().find((a) => a.type === 'edu_warning')?.attendees).toBe(30);
  });
});

describe('「不用记」 with a reason to 是哪类活动 drops the waiting report (round 31g Part C)', () => {
  it.each([['就是工作上的交流，不用记'], ['不用登记'], ['只是随便聊了聊，这个不算'], ['这个不记']])('「%s」: dropped with a word, nothing stored', async (said) => {
    await say('冯雪', '11月25日和王强交流了一下');
    expect(lastText()).toMatch(/是哪类活动/);
    await say('冯雪', said);
    expect(lastText()).toContain('没有记录任何内容');
    expect(lastText()).not.toContain('仍在等您回答');
    await say('冯雪', '谈心谈话');
    expect(activities()).toHaveLength(0);
  });

  it('the type said instead still answers the question', async () => {
    await say('冯雪', '11月25日和王强交流了一下');
    await say('冯雪', '谈心谈话');
    if (activities().length === 0) await say('冯雪', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-25', 'fengxue', 'wangqiang']]);
  });

  it('「第1条不用记」 on a card still drops that one item only', async () => {
    await say('冯雪', LIST);
    await say('冯雪', '第1条不用记');
    await say('冯雪', '确认');
    expect(rows().map((r) => r[0])).toEqual(['edu_warning', 'edu_lecture', 'meeting_special']);
  });
});
