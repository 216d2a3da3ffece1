// Round 40 (issue 10, t39b F12): right after a receipt of several records, 「第2条日期是12月2日」 · 「第2条日期错了，应该是…」 ·
// 「修改第2条日期为…」 were 没看懂 though 撤销第2条 was read. A record of the latest report named by the receipt's number is
// corrected on the same 「请确认修改」 card 「刚才那条日期错了」 gives: nothing changed before 确认, the other records untouched.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai, before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { lastText, rows, say } = chat;

/** Two talks on two days, stored at once with a receipt numbering them 1. and 2. */
const TWO = '11月30日和12月1日分别与王强、李娟进行了廉政谈话';

describe('a record of the latest receipt corrected by its number', () => {
  it.each([
    ['第2条日期是12月2日'],
    ['第2条日期错了，应该是12月2日'],
    ['修改第2条日期为12月2日'],
    ['把第二条的日期改成12月2日'],
    ['第2条应该是12月2日。'],
  ])('「%s」 → that record on a 确认 card; 确认 moves it alone', async (said) => {
    await say('孙丽', TWO);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-12-01', 'sunli', 'lijuan'],
    ]);
    await say('孙丽', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(/原来：廉政谈话｜2026-12-01[\s\S]*李娟[\s\S]*改为：廉政谈话｜2026-12-02/);
    expect(lastText()).not.toMatch(/没看懂/);
    expect(rows()[1]![1]).toBe('2026-12-01');
    await say('孙丽', '确认');
    expect(lastText()).toMatch(/已修改：日期改为 2026-12-02/);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'sunli', 'lijuan'],
    ]);
  });

  it('the person of the first record, by its number', async () => {
    await say('孙丽', TWO);
    await say('孙丽', '第一条对象是王强，不对，应该是第1条对象改为胡军');
    // Two corrections in one message are no one correction: not read as one, nothing changed.
    expect(rows()[0]![3]).toBe('wangqiang');
    await say('孙丽', '第1条对象是李明');
    expect(lastText()).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'sunli', 'liming'],
      ['talk_integrity', '2026-12-01', 'sunli', 'lijuan'],
    ]);
  });

  it('a number beyond the receipt: said, the receipt again, nothing changed', async () => {
    await say('孙丽', TWO);
    await say('孙丽', '第3条日期是12月2日');
    expect(lastText()).toMatch(/只有 2 项，没有第3条，没有改动/);
    expect(rows().map((r) => r[1])).toEqual(['2026-11-30', '2026-12-01']);
  });

  it('a day to come is refused, nothing changed', async () => {
    await say('孙丽', TWO);
    await say('孙丽', '第2条日期是12月8日');
    expect(lastText()).toMatch(/日期 2026-12-08 还没到.*第2条没有改动/);
    expect(rows().map((r) => r[1])).toEqual(['2026-11-30', '2026-12-01']);
  });

  it('a withdrawn record is said, not changed', async () => {
    await say('孙丽', TWO);
    await say('孙丽', '撤销第2条');
    await say('孙丽', '第2条日期是12月2日');
    expect(lastText()).toMatch(/第2条已经撤销了，没有改动/);
  });

  it('with nothing recorded: said plainly', async () => {
    await say('孙丽', '第2条日期是12月2日');
    expect(lastText()).toMatch(/还没有可以修改的记录/);
  });
});
