// Round 67, the merge (t70b FB2): 郑华 「刚才那条报错了，实际是廉政谈话，不是谈心谈话」 right after his 谈心谈话 was stored got
// 「没能读出要改成什么（「廉政谈话,不是谈心谈话」）」, while 「刚才那条应该是廉政谈话」 worked: the right value and the wrong one
// after an owned slip (报错了，实际是X，不是Y) are now read as 是X，不是Y is — the 请确认修改 of the stored record, one tap.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, answerText, say, recorded } = chat;

describe('报错了，实际是X，不是Y on the latest stored record', () => {
  it.each([
    ['刚才那条报错了，实际是廉政谈话，不是谈心谈话'],
    ['刚才那条写错了，实际是廉政谈话 不是谈心谈话'],
    ['刚才那条报错了，其实是廉政谈话，而不是谈心谈话'],
  ])('郑华 「%s」 → 类型 谈心谈话 → 廉政谈话 on 请确认修改; 确认 changes it, nothing new', async (text) => {
    await recorded('郑华', '昨天和陈静进行了谈心谈话');
    const answer = await answerText('郑华', text);
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/改为：廉政谈话/);
    expect(answer).not.toMatch(/没能读出/);
    await say('郑华', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds])).toEqual([['talk_integrity', '2026-11-29', ['chenjing']]]);
  });

  it('取消 keeps the 谈心谈话', async () => {
    await recorded('郑华', '昨天和陈静进行了谈心谈话');
    expect(await answerText('郑华', '刚才那条报错了，实际是廉政谈话，不是谈心谈话')).toMatch(/请确认修改/);
    await say('郑华', '取消');
    expect(activities().map((a) => a.type)).toEqual(['talk_heart']);
  });

  it('near-miss: 刚才那条报错了 alone still asks what is wrong, nothing changed', async () => {
    await recorded('郑华', '昨天和陈静进行了谈心谈话');
    const answer = await answerText('郑华', '刚才那条报错了');
    expect(answer).not.toMatch(/请确认修改/);
    expect(activities().map((a) => a.type)).toEqual(['talk_heart']);
  });
});
