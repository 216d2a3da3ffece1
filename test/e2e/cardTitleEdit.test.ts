// Round 34a, A24 (issue 10): on a waiting 确认 card, 「修改：第3条题目改为…」「修改：第3条题目删掉」「第3条没有题目，学习的是…」
// were 「这条消息没有记录，下面的卡片仍在等您确认」, and 确认 stored the wrong title. Now the title named by its record's number is
// set or taken off, the card is shown again with the change said, and nothing is stored until 确认.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

/** 冯雪 (维权部部长): a talk, then a study whose notice the member wants titled otherwise. */
const REPORT = '11月25日与赵磊进行廉政谈话；11月27日组织部门学习，学习内容为违反中央八项规定精神典型问题通报，参加2人';

describe('a card title edited by text', () => {
  it('「第2条题目改为…」 sets the study\'s title; 确认 stores it so', async () => {
    await say('冯雪', REPORT);
    expect(activities()).toHaveLength(0);
    await say('冯雪', '修改：第2条题目改为八项规定精神典型问题通报');
    expect(lastText()).toContain('已按您的更正修改（第2条题目改为《八项规定精神典型问题通报》）');
    expect(activities()).toHaveLength(0);
    await say('冯雪', '确认');
    expect(activities().map((a) => [a.type, a.date, a.title ?? null])).toEqual([
      ['talk_integrity', '2026-11-25', null],
      ['edu_warning', '2026-11-27', '八项规定精神典型问题通报'],
    ]);
  });

  it('「第2条没有题目，学习的是典型问题通报」 takes the title off; 确认 stores none', async () => {
    await say('冯雪', REPORT);
    await say('冯雪', '第2条没有题目，学习的是典型问题通报');
    expect(lastText()).toContain('第2条题目已去掉');
    await say('冯雪', '确认');
    expect(activities().map((a) => [a.type, a.title ?? null])).toEqual([
      ['talk_integrity', null],
      ['edu_warning', null],
    ]);
  });

  it('「第1条题目删掉」 names the talk, which has none: said, the card unchanged', async () => {
    await say('冯雪', REPORT);
    await say('冯雪', '修改：第1条题目删掉');
    expect(lastText()).toContain('卡片没有改动');
    await say('冯雪', '确认');
    expect(activities().find((a) => a.type === 'edu_warning')?.title).toBe('违反中央八项规定精神典型问题通报');
  });
});
