// Round 51 (issue 10), fixer fza, t53a F2: 「活动人是我本人」「活动人是我」 typed as the answer to 「这条…是谁的？」 were 「没能把这条
// 回复读成下面问题的答案」, and on a waiting card 「活动人是我本人」「是我组织的」 were 「这条消息没有记录」. Now each sets the doer to
// the member who sent the report.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

/** 陈静 (教就部 科员) reports her department's joint study with 维权部: a card, read as her head 郑华's. */
const JOINT = '上周三我们教就部和维权部一起开展了廉政教育 学习了准则 赵磊也在';
/** 林晓's three things of the 纪检组: whose the study was is asked (dialogRoundFourteen's message). */
const THREE_THINGS = '本月中旬纪检组重点做了三件事：一是对财务科专项资金使用情况开展检查；二是组织机关干部赴市廉政教育基地参观学习；三是督促各部室报送述责述廉材料。';

describe('t53a F2: the member named as the doer on a card', () => {
  it('the card names 郑华, the head, and 赵磊 only as there', async () => {
    await say('陈静', JOINT);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toContain('活动人：郑华');
    expect(activities()).toHaveLength(0);
  });

  it.each([['活动人是我本人'], ['活动人是我'], ['是我组织的'], ['修改 活动人是我本人'], ['不对，是我本人组织的']])('「%s」: the doer becomes 陈静, stored at 确认', async (said) => {
    await say('陈静', JOINT);
    await say('陈静', said);
    expect(lastText()).toContain('活动人改为「陈静」');
    expect(activities()).toHaveLength(0);
    await say('陈静', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['edu_integrity', '2026-11-25', 'chenjing']]);
  });
});

describe('t53a F2: the member named as the doer answering 「…是谁的？」', () => {
  it.each([['活动人是我本人'], ['活动人是我'], ['是我组织的']])('「%s」 takes it as the sender\'s, the question not asked again', async (answer) => {
    await say('林晓', THREE_THINGS);
    await say('林晓', '都是11月17日');
    expect(lastText()).toMatch(/是谁的？/);
    await say('林晓', answer);
    expect(lastText()).not.toMatch(/是谁的？|没能把这条回复读成/);
    expect(lastText()).toMatch(/请确认/);
    await say('林晓', '确认');
    expect(activities().length).toBeGreaterThan(0);
    expect(activities().every((a) => a.actorId === 'linxiao' && a.date === '2026-11-17')).toBe(true);
  });
});
