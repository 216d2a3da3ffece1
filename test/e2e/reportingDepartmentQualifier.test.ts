// Issue 10 (g20): a department named right before a person qualifies them. 宣文部周部长 (宣文部 has no 周) was stored as
// 周涛's talks with the sender and with 宣文部's head; now the bot asks who is meant and keeps 我 as the one talked to.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('a department before a person not of it: asked, never a guess', () => {
  it('杨帆 「宣文部周部长本周一和我进行了廉政谈话」: asked who, then the answer\'s talk with 杨帆 only', async () => {
    await say('杨帆', '宣文部周部长本周一和我进行了廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/「宣文部周部长」是哪一位/);
    await say('杨帆', '王磊');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/对象：杨帆（宣文部科员）｜活动人：王磊/);
    await say('杨帆', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wanglei', 'yangfan']]);
  });

  it('张伟 「11月25日与办公室王强同志进行了廉政谈话」: asked who, nothing stored', async () => {
    await say('张伟', '11月25日与办公室王强同志进行了廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/办公室王强同志/);
  });
});
