// Round 14 (issue 10), the dialog: a question about whose a deed is answered with the sender's own name or 「我本人」;
// a plan item in a pending report dropped with a word when the member says so (never sent to the query engine, never
// the same question again), and a deed dated after today never asked about; leaders' questions (谈过话没有, 怎么补录,
// 谢谢) answered, not 没看懂.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 09:00 in Shanghai (the round's day), before the reminders' hours. */
const TUESDAY = new Date('2026-12-01T09:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')]);

const THREE_THINGS = '本月中旬纪检组重点做了三件事：一是对财务科专项资金使用情况开展检查；二是组织机关干部赴市廉政教育基地参观学习；三是督促各部室报送述责述廉材料。';

describe('「这条…是谁的？」 answered by the sender', () => {
  it.each([['林晓'], ['我本人'], ['我'], ['本人'], ['是我']])('「%s」 takes it as the sender\'s, the question not asked again', async (answer) => {
    await say('林晓', THREE_THINGS);
    await say('林晓', '都是11月17日');
    const asked = lastText();
    expect(asked).toMatch(/是谁的？/);
    await say('林晓', answer);
    expect(lastText()).not.toEqual(asked);
    expect(lastText()).not.toMatch(/是谁的？/);
    expect(lastText()).toMatch(/请确认/);
    await say('林晓', '确认');
    expect(activities().length).toBeGreaterThan(0);
    expect(activities().every((a) => a.actorId === 'linxiao' && a.date === '2026-11-17')).toBe(true);
  });
});
