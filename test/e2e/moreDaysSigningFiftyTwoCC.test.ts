// Over HTTP, round 52 fixer fwcc (issue 10), fwf's left-overs:
//  1. 王建国「和孙丽进行了廉政谈话」 → 「是哪一天？」 → 「11月20日，还有11月25日也谈了一次」: only the 11-20 talk was stored, the
//     11-25 one dropped without a word. A further day told after 还有 · 另外 (…也/又谈了一次 · 各一次) is one more day of the
//     talk asked: one record per day (followUp's occasionDays).
//  2. 王建国「11月28日签订了责任书」 was a 签订责任书 with nobody, stored at once. A leader's signing naming no one is asked
//     和谁, their supervised heads offered (leaderSigningAsked).
//  3. 林晓「按照通知上报廉政信息3篇」 was no report: the papers are read, their day asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
const { activities, lastText, offered, rows, say } = chat;

describe('fwf left-over 1: an answer to 是哪一天 that gives more days gives one record per day', () => {
  it.each([
    ['11月20日，还有11月25日也谈了一次'],
    ['11月20日，另外11月25日又谈了一次'],
    ['20号和25号各一次'],
    ['11月20日和25日各谈了一次'],
    ['20号，还有25号'],
  ])('王建国 「和孙丽进行了廉政谈话」 → 「%s」: the talk with 孙丽 on 11-20 and on 11-25', async (answer) => {
    await say('王建国', '和孙丽进行了廉政谈话');
    expect(lastText()).toContain('哪一天');
    await say('王建国', answer);
    if (activities().length < 2 && lastText().includes('请确认')) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-20', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-11-25', 'wangjianguo', 'sunli'],
    ]);
  });

  it('near-miss: 「11月20日」 alone is the one talk', async () => {
    await say('王建国', '和孙丽进行了廉政谈话');
    await say('王建国', '11月20日');
    if (activities().length < 1 && lastText().includes('请确认')) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-20', 'wangjianguo', 'sunli']]);
  });
});

describe('fwf left-over 3: a leader\'s signing naming no one is asked 和谁', () => {
  it('王建国 「11月28日签订了责任书」 → 和谁签订的, 李明 and 孙丽 offered; 孙丽 tapped → 王建国>孙丽', async () => {
    const buttons = await offered('王建国', '11月28日签订了责任书');
    expect(lastText()).toMatch(/和谁签订的/);
    expect(activities()).toHaveLength(0);
    expect(buttons).toEqual(expect.arrayContaining(['李明', '孙丽']));
    await say('王建国', '孙丽');
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-11-28', 'wangjianguo', 'sunli']]);
  });

  // Round 53 (fkf): a head's 责任书 is signed with someone too (her 分管领导, or her staff): asked 和谁, never stored with
  // nobody (was: stored at once as her own pledge, t55a's kind).
  it('孙丽 「11月28日签订了责任书」 → 和谁签订的, 王建国 and her staff offered; 王强 tapped → 孙丽>王强', async () => {
    const buttons = await offered('孙丽', '11月28日签订了责任书');
    expect(lastText()).toMatch(/和谁签订的/);
    expect(activities()).toHaveLength(0);
    expect(buttons).toEqual(expect.arrayContaining(['王建国', '王强', '李娟']));
    await say('孙丽', '王强');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-11-28', 'sunli', 'wangqiang']]);
  });

  it('near-miss: 孙丽 「11月28日签订了个人廉洁承诺书」 is her own pledge, stored', async () => {
    await say('孙丽', '11月28日签订了个人廉洁承诺书');
    if (activities().length === 0 && lastText().includes('请确认')) await say('孙丽', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-11-28', 'sunli', '']]);
  });
});

describe('fwf left-over 2: any verb of sending a paper after an instruction followed', () => {
  it('林晓 「按照通知上报廉政信息3篇」: the papers read, their day asked', async () => {
    await say('林晓', '按照通知上报廉政信息3篇');
    expect(lastText()).toContain('我理解的是：信息报送｜（日期未知）');
    expect(lastText()).toContain('共 3 次');
    expect(activities()).toHaveLength(0);
  });
});
