// Round 59, the merge (issue 10; t62b G2, stored wrong): to 和谁谈的？ offering 王强 and 李娟, 孙丽 answered
// 「不是王强 就李娟一个 王强那天休假」 and both talks were stored — the clause saying 王强 was away named him again.
// One said to have been away (休假 · 请假 · 出差 · 没来…) is left out, as 不是X is: the receipt holds only the others.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 09:00 in Shanghai: 上周三 is 12-02. */
const MONDAY = new Date('2026-12-07T09:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
const talks = () => activities().map((a) => [a.type, a.date, a.counterpartIds.join()]);

describe('to 和谁 of a talk with 科里同志: one said to be away is left out', () => {
  it.each([
    ['不是王强 就李娟一个 王强那天休假'],
    ['只有李娟，王强那天休假'],
    ['就李娟 王强请假了'],
    ['李娟，王强当天出差'],
    ['就李娟一个，王强没来'],
  ])('孙丽 「%s」 → only 李娟\'s talk on the receipt', async (said) => {
    expect(await answerText('孙丽', '上周三找科里同志谈了谈心')).toMatch(/和谁/);
    const answer = await answerText('孙丽', said);
    expect(talks()).toEqual([['talk_heart', '2026-12-02', 'lijuan']]);
    expect(answer).toMatch(/已记录 1 项/);
    expect(answer).not.toMatch(/王强/);
  });

  it('near-miss: 「王强和李娟」 → both, as before', async () => {
    await answerText('孙丽', '上周三找科里同志谈了谈心');
    await answerText('孙丽', '王强和李娟');
    expect(talks().map((t) => t[2]).sort()).toEqual(['lijuan', 'wangqiang']);
  });

  it('「王强那天休假」 alone → nothing recorded, asked again with why', async () => {
    await answerText('孙丽', '上周三找科里同志谈了谈心');
    const answer = await answerText('孙丽', '王强那天休假');
    expect(activities()).toEqual([]);
    expect(answer).toMatch(/「王强那天休假」已按您说的排除，这一条还没有记录/);
  });
});
