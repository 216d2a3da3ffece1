// Round 30g §9 B9 (issue 10): 杨帆 relays 「王部长说他昨天跟赵书记谈过了」; after the type answer the card read 王磊>赵敏, a
// head talking with his own 分管领导. The leader above holds it, from the question on through the stored record.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Thursday 2026-12-03, 10:00 in Shanghai (the round's real day). */
const THURSDAY = new Date('2026-12-03T10:00:00+08:00');

const chat = useChatBot(THURSDAY);
const { answerText, rows, say } = chat;

describe('a relayed talk between a head and his 分管领导', () => {
  it('asks the kind with the leader as the one who talked, and stores it so after 确认', async () => {
    const asked = await answerText('杨帆', '王部长说他昨天跟赵书记谈过了');
    expect(asked).toMatch(/活动人 赵敏.*对象：王磊/);
    const card = await answerText('杨帆', '谈心谈话');
    expect(card).toMatch(/对象：王磊（宣文部部长）｜活动人：赵敏/);
    expect(rows()).toEqual([]);
    await say('杨帆', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'zhaomin', 'wanglei']]);
  });

  it('keeps the head as the one who talked when he sought the talk', async () => {
    await say('杨帆', '王部长昨天找赵书记谈了心');
    await say('杨帆', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'wanglei', 'zhaomin']]);
  });
});
