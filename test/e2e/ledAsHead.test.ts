// Round 22 K7 (issue 10, r22): 「由X牵头，对…进行了检查」 names who led the check; the bot asked 「是谁带队检查的？」 anyway.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('由X牵头 names the leader', () => {
  it('shows the check as the leader\'s on a card, asks no one, and stores it after 确认', async () => {
    await say('胡军', '11月18日，由王建国副理事长牵头，对财务科专项资金使用情况进行了检查');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/是谁带队/);
    expect(lastText()).toMatch(/活动人：王建国/);
    await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['inspect_funds', '2026-11-18', 'wangjianguo']]);
  });
});
