// Round 57, the merge (t60a F3, stored wrong at once): an answer to 「是哪类活动？」 or 「和谁谈的？」 that denies a type or a
// person stored what it denied — 王磊 「12月2日和杨帆谈了话」 → 「不是廉政谈话，是谈心谈话」 stored a 廉政谈话; 黄志刚's 函询谈话 →
// 「这是函询，不是廉政谈话」 counted a 廉政谈话; 郑华 「12月3日进行了谈心谈话」 → 「不是王磊，是陈静」 stored talks with both. The
// denial in a report was read (companionsAndDenied); in an answer it is now read the same way. Over HTTP: what is stored.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai, before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('an answer that denies a type or a person (t60a F3)', () => {
  it('「不是廉政谈话，是谈心谈话」 to 是哪类活动: the talk stored as 谈心谈话', async () => {
    await say('王磊', '12月2日和杨帆谈了话');
    expect(lastText()).toMatch(/是哪类活动/);
    await say('王磊', '不是廉政谈话，是谈心谈话');
    expect(stored()).toEqual([['talk_heart', '2026-12-02', 'wanglei', ['yangfan']]]);
  });

  it('「是谈心谈话，不是廉政谈话」 (the named type first): 谈心谈话', async () => {
    await say('王磊', '12月2日和杨帆谈了话');
    await say('王磊', '是谈心谈话，不是廉政谈话');
    expect(stored()).toEqual([['talk_heart', '2026-12-02', 'wanglei', ['yangfan']]]);
  });

  it('a bare 「不是廉政谈话」: nothing stored, the denial said and the type asked again', async () => {
    await say('王磊', '12月2日和杨帆谈了话');
    await say('王磊', '不是廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/不是廉政谈话/);
    expect(lastText()).toMatch(/是哪类活动/);
    await say('王磊', '谈心谈话');
    expect(stored()).toEqual([['talk_heart', '2026-12-02', 'wanglei', ['yangfan']]]);
  });

  it('「这是函询，不是廉政谈话」: no 廉政谈话 stored, the question stays', async () => {
    await say('黄志刚', '12月4日上午约谈了财务科王强，就群众反映的报销问题进行了函询谈话');
    expect(activities()).toEqual([]);
    await say('黄志刚', '这是函询，不是廉政谈话');
    expect(activities()).toEqual([]);
    await say('黄志刚', '取消');
    expect(activities()).toEqual([]);
  });

  it('「不是王磊，是陈静」 to 和谁谈的: one talk, with 陈静', async () => {
    await say('郑华', '12月3日进行了谈心谈话');
    expect(lastText()).toMatch(/和谁/);
    await say('郑华', '不是王磊，是陈静');
    if (activities().length === 0) await say('郑华', '确认');
    expect(stored()).toEqual([['talk_heart', '2026-12-03', 'zhenghua', ['chenjing']]]);
  });

  it('「陈静，不是王磊」: one talk, with 陈静', async () => {
    await say('郑华', '12月3日进行了谈心谈话');
    await say('郑华', '陈静，不是王磊');
    if (activities().length === 0) await say('郑华', '确认');
    expect(stored()).toEqual([['talk_heart', '2026-12-03', 'zhenghua', ['chenjing']]]);
  });

  it('near-miss: 「不是今天，是12月1日」 to 是哪一天 keeps its reading', async () => {
    await say('王磊', '和杨帆签订了廉政承诺书');
    await say('王磊', '不是今天，是12月1日');
    if (activities().length === 0) await say('王磊', '确认');
    expect(stored()).toEqual([['pledge_sign', '2026-12-01', 'wanglei', ['yangfan']]]);
  });
});
