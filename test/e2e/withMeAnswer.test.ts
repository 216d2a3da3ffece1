// Issue 10 part C, kind 4: a clerk reports her leader's talk (「王建国副理事长昨天开展了廉政谈话」) — before, read as her own
// talk with 王建国 (recorded at once when written 王副理事长…). Now the leader is the doer and 「和谁谈的？」 is asked; the
// answer 「和我」「跟我谈的」「我」 is the sender, and the card shows 王建国>李娟. The sender's own talk answered 「和我」
// is asked again precisely.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

describe('「和我」 to 「X是和谁谈的？」', () => {
  it.each([
    ['王建国副理事长昨天开展了廉政谈话', '和我'],
    ['王建国副理事长昨天开展了廉政谈话', '跟我谈的'],
    ['王副理事长昨天开展了廉政谈话', '我'],
    ['王建国昨天进行了廉政谈话', '好的，是和我谈的。'],
    ['王建国副理事长昨天开展了廉政谈话', ' 和我 '],
  ])('李娟: 「%s」 → 「%s」 → the card 王建国>李娟, stored on 确认', async (report, answer) => {
    await say('李娟', report);
    expect(lastText()).toMatch(/王建国是和谁谈的/);
    expect(activities()).toHaveLength(0);
    await say('李娟', answer);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-29（昨天）｜对象：李娟[^\n]*活动人：王建国/);
    expect(activities()).toHaveLength(0);
    await say('李娟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-29', 'wangjianguo', 'lijuan']]);
  });

  it('a name still answers as before', async () => {
    await say('李娟', '王建国副理事长昨天开展了廉政谈话');
    await say('李娟', '孙丽');
    if (activities().length === 0) await say('李娟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-29', 'wangjianguo', 'sunli']]);
  });

  it.each([['和我'], ['我']])('the sender\'s own talk answered 「%s」: asked again precisely, nothing stored', async (answer) => {
    await say('王建国', '昨天开展了廉政谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    await say('王建国', answer);
    expect(lastText()).toMatch(/谈话对象不能是您自己/);
    expect(lastText()).toMatch(/和谁谈的/);
    expect(activities()).toHaveLength(0);
    await say('王建国', '李明');
    expect(rows()).toEqual([['talk_integrity', '2026-11-29', 'wangjianguo', 'liming']]);
  });

  it('near-miss: 「昨天和王建国副理事长进行了廉政谈话」 stays the sender\'s talk with him', async () => {
    await say('李娟', '昨天和王建国副理事长进行了廉政谈话');
    expect(lastText()).not.toMatch(/和谁谈的/);
  });
});
