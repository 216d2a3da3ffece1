// Over HTTP (round 30a, F5): 「6月和11月分别与分管科室负责人进行了廉政谈话」 is a talk a month with each head — four, none
// dropped — and the days asked are each month's; 两次 with a group counts the same way.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 18:00 in Shanghai: after the reminders' hours, so no catch-up reminder lands between turns. */
const THURSDAY = new Date('2026-12-03T18:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { activities, lastText, rows, say } = chat;

/** Answers the bot's questions with `days` (one answer a question) until a card or a receipt comes; taps 确认 on a card. */
async function answerDays(sender: string, days: string[]): Promise<void> {
  for (const d of days) {
    if (!/哪一天|哪几天|日期/.test(lastText())) break;
    await say(sender, d);
  }
  if (rows().length === 0 && /确认/.test(lastText())) await say(sender, '确认');
}

describe('F5: months said once over a group, 分别', () => {
  it('four talks: one in June and one in November with each of 李明 and 孙丽', async () => {
    await say('王建国', '6月和11月分别与分管科室负责人进行了廉政谈话');
    expect(rows()).toEqual([]);
    expect(lastText()).toMatch(/哪/);
    // One question a month (issue 10, round 31: the same question came back three times and a June-and-November answer
    // went to one person's two talks): June's days in order, then one day for both in November.
    expect(lastText()).toMatch(/6月与李明、孙丽的廉政谈话分别是哪一天/);
    await answerDays('王建国', ['6月18日、6月25日', '都是11月20日']);
    const talks = activities().filter((a) => a.type === 'talk_integrity');
    expect(talks.map((a) => `${a.counterpartIds[0]}|${a.date}`).sort()).toEqual(['liming|2026-06-18', 'liming|2026-11-20', 'sunli|2026-06-25', 'sunli|2026-11-20']);
  });

  it('「今年6月和11月各开展了一次廉政教育」 asks two days and keeps both', async () => {
    await say('刘芳', '今年6月和11月各开展了一次廉政教育');
    expect(rows()).toEqual([]);
    await answerDays('刘芳', ['6月12日、11月13日', '11月13日']);
    expect(activities().filter((a) => a.type === 'edu_integrity').map((a) => a.date).sort()).toEqual(['2026-06-12', '2026-11-13']);
  });
});
