// Over HTTP (round 32b F7: 「修改 活动人改成王建国」 → 「抱歉，没看懂」): a field of the record just stored and its new value,
// said in words (修改 活动人改成X · 日期改为… · 类型改成…), reaches the before → after 确认 card; nothing changes before 确认.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai, before the reminders' hours. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { lastText, rows, say } = chat;

describe('a field of the record just stored, changed in words', () => {
  it.each([['修改 活动人改成王建国'], ['谈话人改为王建国'], ['修改：把活动人改成王建国']])('「%s」 → the doer changed after 确认 only', async (said) => {
    await say('孙丽', '昨天和王强进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
    await say('孙丽', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(/活动人改为「王建国」/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang']]);
    expect(lastText()).toMatch(/^已修改/);
  });

  it.each([
    ['修改 日期改成11月28日', ['talk_integrity', '2026-11-28', 'sunli', 'wangqiang']],
    ['类型改为谈心谈话', ['talk_heart', '2026-11-30', 'sunli', 'wangqiang']],
    ['修改 对象改成李娟', ['talk_integrity', '2026-11-30', 'sunli', 'lijuan']],
  ])('「%s」 → that field changed after 确认', async (said, after) => {
    await say('孙丽', '昨天和王强进行了廉政谈话');
    await say('孙丽', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([after]);
  });

  it('「活动人改成王建国」 on a report of two records asks which, and changes nothing', async () => {
    await say('孙丽', '昨天和王强、李娟进行了廉政谈话');
    await say('孙丽', '活动人改成王建国');
    expect(lastText()).toMatch(/最近一次上报记录了 2 项，要把哪一项的人改为「王建国」/);
    expect(rows().map((r) => r[2])).toEqual(['sunli', 'sunli']);
  });

  it('「日期改成下周三」 (a day to come) is no change and stores nothing', async () => {
    await say('孙丽', '昨天和王强进行了廉政谈话');
    await say('孙丽', '日期改成下周三');
    expect(lastText()).not.toMatch(/请确认修改/);
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'wangqiang']]);
  });
});
