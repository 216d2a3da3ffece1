// Round 50 (issue 10), fixer E (fxe) kind 2: a deed told with a question whether to report it.
// 「杨帆今天和我签了廉政承诺书 这个要报吗」 · 「请问上个月的廉政教育还能补录吗 11月20号我们部学习了廉洁自律准则 …」 were read
// whole as questions: no record, the deed the member told lost. Now the deed is read without the question and shown on a
// 确认 card that answers it (要报，补录也可以); 确认 stores it. A question whether to report with no deed beside it is still
// answered as a question, nothing stored.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

describe('fxe kind 2: a deed told with 这个要报吗 / 还能补录吗', () => {
  it.each([
    ['王磊', '昨天和杨帆签了廉政承诺书 这个要报吗', 'pledge_sign', '2026-11-29'],
    ['郑华', '请问上个月的廉政教育还能补录吗 11月20号我们部学习了廉洁自律准则 陈静也参加了 一共三个人', 'edu_integrity', '2026-11-20'],
    ['孙丽', '上周五科里看了警示教育片，四个人，需要登记吗？', 'edu_warning', '2026-11-27'],
  ])('%s「%s」: a 确认 card answering the question, 确认 stores the deed', async (who, said, type, date) => {
    await say(who, said);
    expect(lastText()).toMatch(/确认/);
    expect(lastText()).toMatch(/要报，补录也可以/);
    expect(activities()).toEqual([]);
    await say(who, '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([[type, date]]);
  });

  it('the question alone (廉政谈话还能补录吗) stores nothing', async () => {
    await say('王建国', '上个月的廉政谈话还能补录吗');
    expect(lastText()).not.toMatch(/要报，补录也可以/);
    expect(activities()).toEqual([]);
  });
});
