// Round 59 (issue 10), fixer fcd (t61b F3): 「…检查…，孙科长陪同」 reads 孙丽 as going along on the check (as today); the
// member's answer that she was of the side checked — 「孙丽不算同行，她是被检查科室的」 · 「孙科长是被检查的，不是同行人」 — takes
// her off as companion (was: 没看懂 after a stored record, 「这条消息没有记录」 on a waiting card).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai: the corpus's day. */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, recorded, say, lastText } = chat;

describe('a stored check: the companion denied is taken off on a 原来/改为 card', () => {
  it.each([
    ['孙丽不算同行，她是被检查科室的'],
    ['孙科长是被检查的，不是同行人'],
    ['不对，孙丽不是陪同人员，她是被检查科室的负责人'],
    ['去掉同行孙丽'],
  ])('林晓 「11月27日对财务科进行作风纪律检查，孙科长陪同」 then 「%s」', async (text) => {
    await recorded('林晓', '11月27日对财务科进行作风纪律检查，孙科长陪同');
    expect(activities()[0]!.companionIds).toEqual(['sunli']);
    const answer = await answerText('林晓', text);
    expect(answer).toMatch(/孙丽不记为同行/);
    expect(answer).toMatch(/原来：作风纪律检查｜2026-11-27｜财务科/);
    expect(activities()[0]!.companionIds).toEqual(['sunli']);
    await say('林晓', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.companionIds).toBeUndefined();
    expect(activities()[0]!.departmentId).toBe('finance');
  });

  it('a check stored at no department: put at hers when she was of the side checked', async () => {
    await recorded('林晓', '11月27日进行作风纪律检查，孙科长陪同');
    expect(activities()[0]!.departmentId).toBeUndefined();
    expect(await answerText('林晓', '孙丽不算同行，她是被检查科室的')).toMatch(/孙丽不记为同行，被检查科室为财务科/);
    await say('林晓', '确认');
    expect(activities()[0]!.companionIds).toBeUndefined();
    expect(activities()[0]!.departmentId).toBe('finance');
  });

  it('someone never read as going along: said, nothing changed', async () => {
    await recorded('林晓', '11月27日对财务科进行作风纪律检查，孙科长陪同');
    expect(await answerText('林晓', '王强不算同行，他是被检查的')).toMatch(/没有把王强记为同行/);
    expect(activities()[0]!.companionIds).toEqual(['sunli']);
  });
});

describe('a waiting card: the companion denied is taken off the card', () => {
  it.each([['孙科长是被检查的，不是同行人'], ['孙丽不算同行，她是被检查科室的'], ['孙丽同志不是一起去的']])(
    '林晓 「11月27日黄书记带队对财务科进行作风纪律检查，孙科长陪同」 then 「%s」',
    async (text) => {
      const first = await answerText('林晓', '11月27日黄书记带队对财务科进行作风纪律检查，孙科长陪同');
      expect(first).toMatch(/同行：孙丽/);
      const answer = await answerText('林晓', text);
      expect(answer).toMatch(/已按您的更正修改（孙丽不记为同行/);
      expect(answer).not.toMatch(/同行：孙丽/);
      expect(answer).toMatch(/作风纪律检查｜2026-11-27｜财务科｜活动人：黄志刚/);
      expect(activities()).toEqual([]);
      await say('林晓', '确认');
      expect(activities()).toHaveLength(1);
      expect(activities()[0]!.actorId).toBe('huangzhigang');
      expect(activities()[0]!.companionIds).toBeUndefined();
      expect(lastText()).not.toMatch(/同行：孙丽/);
    },
  );
});
