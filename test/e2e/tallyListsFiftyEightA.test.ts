// Round 58 (issue 10), fixer fda: tallies and lists of leaders' deeds, end to end.
// t60a F9: 黄志刚「本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次」 was asked as 2 talks and 「分别是12月1日、2日和4日」 refused
// (「回复了3个日期，问的是2次」). Now the tally is 3 records (2 廉政, 1 谈心), and an answer with three days fills them in order.
// t60b F3: 林晓's 「分别是11月9日黄书记与何平、…」 proposed three talks 林晓→黄志刚 beside the right ones; now only 黄志刚's three.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

describe('t60a F9: a tally split by type is that many deeds', () => {
  it('「其中廉政谈话2次、谈心谈话1次」 then three days: three talks on those days, in order', async () => {
    const asked = await answerText('黄志刚', '本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次');
    expect(asked).not.toMatch(/已记录/);
    const answer = await answerText('黄志刚', '分别是11月9日、16日和23日');
    expect(answer).not.toMatch(/对不上|问的是2次/);
    // The days in order: 廉政谈话 11-09, 廉政谈话 11-16, 谈心谈话 11-23; whom is asked next, nothing stored yet.
    expect(answer).toMatch(/廉政谈话｜2026-11-09[\s\S]*廉政谈话｜2026-11-16[\s\S]*谈心谈话｜2026-11-23/);
    expect(answer).toMatch(/和谁谈的/);
    expect(activities()).toHaveLength(0);
  });
});

describe('t60b F3: a 分别是 list of 「X与Y」 items is X\'s talks only', () => {
  it('林晓\'s list: 黄志刚\'s three talks stored at 确认, none with 黄志刚 as the one talked with', async () => {
    const card = await answerText('林晓', '11月开展廉政谈话3人次，分别是11月9日黄书记与何平、11月16日黄书记与徐辉、11月23日黄书记与孙杰。');
    expect(card).toMatch(/确认/);
    expect(card).not.toMatch(/句首的人被记成了对象/);
    await say('林晓', '确认');
    const stored = activities();
    expect(stored).toHaveLength(3);
    expect(stored.every((a) => a.actorId === 'huangzhigang' && !a.counterpartIds.includes('huangzhigang'))).toBe(true);
    expect(stored.map((a) => [a.date, a.counterpartIds.join()])).toEqual([
      ['2026-11-09', 'heping'],
      ['2026-11-16', 'xuhui'],
      ['2026-11-23', 'sunjie'],
    ]);
  });
});
