// Round 52 (issue 10), fixer fwff: 刚才那条 + a kind noun + 不对/错了/应该是 is a correction of the record just reported.
// t55a F5: 刘芳's 「刚才那条党课不对，是组联部的」 after her 廉政党课 at 康复部 stored a second 廉政党课 at 组联部 at once (no
// duplicate warning), and 郑华's 「刚才那条警示片不对，是教就部组织的」 a 警示教育 titled 《不对》; now the record just reported is
// changed on a 请确认修改 card, as 「刚才那条不对，部门是教就部」 already was, and nothing new is recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, recorded } = chat;

/** Sends `text` as `who`, and 确认 when a card is shown, so the report is recorded. */
describe('t55a F5: 刚才那条 + a kind noun + 不对 changes the record just reported', () => {
  it.each([
    ['刚才那条党课不对，是组联部的'],
    ['刚才那个党课错了，应该是组联部'],
    ['上一条党课写错了，部门是组联部'],
  ])('「%s」 after a 廉政党课 at 康复部: a 请确认修改 card, one 党课 at 组联部 at 确认', async (said) => {
    await recorded('刘芳', '今天上午给康复部上了一堂廉政党课');
    expect(rows()).toEqual([['edu_lecture', '2026-11-30', 'liufang', '']]);
    const answer = await answerText('刘芳', said);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/组联部/);
    expect(activities()).toHaveLength(1);
    await say('刘芳', '确认');
    expect(activities()).toHaveLength(1);
    expect(JSON.stringify(activities()[0])).toMatch(/liaison/);
  });

  it('「刚才那条警示片不对，是教就部组织的」 after a 警示教育: no record titled 《不对》, the record changed on a card', async () => {
    await recorded('郑华', '今天上午组织观看了警示教育片《蜕变》');
    const answer = await answerText('郑华', '刚才那条警示片不对，是教就部组织的');
    expect(answer).not.toMatch(/《不对》/);
    expect(answer).toMatch(/请确认修改/);
    await say('郑华', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.title ?? '').not.toMatch(/不对/);
  });

  it('「刚才那条谈话错了，应该是11月26日」: the talk\'s day changed', async () => {
    await recorded('吴静', '今天和刘洋进行了廉政谈话');
    expect(await answerText('吴静', '刚才那条谈话错了，应该是11月26日')).toMatch(/请确认修改/);
    await say('吴静', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-26', 'wujing', 'liuyang']]);
  });

  it('near-miss: 「刚才给组联部上了廉政党课」 is a new 党课', async () => {
    await recorded('刘芳', '今天上午给康复部上了一堂廉政党课');
    await recorded('刘芳', '刚才给组联部上了廉政党课');
    expect(activities()).toHaveLength(2);
  });
});

describe('t55a F5: the department that held it (是教就部组织的) is the department', () => {
  it.each([['刚才那条不对，是教就部组织的'], ['刚才那个警示片错了，应该是教就部组织的'], ['刚才那条警示教育不是宣文部的，是教就部的']])('「%s」: a 请确认修改 card naming 教育就业部', async (said) => {
    await recorded('郑华', '今天上午宣文部组织观看了警示教育片《蜕变》');
    const answer = await answerText('郑华', said);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/教育就业部/);
    await say('郑华', '确认');
    expect(activities()).toHaveLength(1);
    expect(JSON.stringify(activities()[0])).toMatch(/employment/);
  });
});

describe('t55a F5: a day and the kind (今天上午那个党课 · 今天的廉政党课部门) name the record whose department changes', () => {
  it.each([['今天上午那个党课不是给康复部上的，是给组联部上的'], ['今天的廉政党课部门改成组联部'], ['刚才那个党课不是给康复部上的，是给组联部上的']])('「%s」: a 请确认修改 card, the 党课 at 组联部 at 确认', async (said) => {
    await recorded('刘芳', '今天上午给康复部上了一堂廉政党课');
    const answer = await answerText('刘芳', said);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/组联部/);
    await say('刘芳', '确认');
    expect(activities()).toHaveLength(1);
    expect(JSON.stringify(activities()[0])).toMatch(/liaison/);
  });
});
