// Round 66, gfc (issue 10): people present, not talked to (t68a/t68b after round 65; the tester's clock, Mon 2026-12-07 10:00).
// 1. (t68b Part B) On the receipt of 赵敏's three talks (李娟, 王强, 孙杰), 「孙杰只是在场，没和他谈，第3条不对」 · 「第3条不对 孙杰只是
//    旁听」 · 「孙杰没谈 他就在旁边」 were 没看懂: the talk with 孙杰 is withdrawn, the others kept, nothing new recorded.
//    On a waiting card the same words take 孙杰's talk off the card.
// 2. (t68b F4) 孙丽 「今天跟李娟谈心谈话 王强也一起 另外下午带大家看了警示片《迷途》」 put a talk with 王强 on the card: 确认 now
//    stores the talk with 李娟 and the film only.
// 3. (geb's leftover) 李明 「周涛和张颖今天一起参加了廉政谈话」 was 周涛's talk with 张颖 on a card: who held it is asked; the
//    answer 「刘芳」 stores 刘芳's talks with both.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

const people = () => activities().map((a) => a.counterpartIds.join('、')).sort();

describe('1. one talked to on a record said to have been only there', () => {
  it.each([['孙杰只是在场，没和他谈，第3条不对'], ['第3条不对 孙杰只是旁听'], ['孙杰没谈 他就在旁边'], ['孙杰只是在场 没和他谈 第三条不对']])(
    '赵敏 「%s」 on the receipt → the talk with 孙杰 withdrawn, 李娟 and 王强 kept',
    async (text) => {
      const receipt = await answerText('赵敏', '上周五分别和李娟、王强、孙杰进行了廉政谈话');
      expect(receipt).toMatch(/已记录 3 项/);
      const answer = await answerText('赵敏', text);
      expect(answer).not.toMatch(/没看懂|请确认以下/);
      expect(answer).toMatch(/已撤销：廉政谈话｜2026-12-04｜对象：孙杰/);
      expect(people()).toEqual(['lijuan', 'wangqiang']);
      expect(activities()).toHaveLength(2);
    },
  );

  it('near-miss: 「孙杰只是在场」 alone withdraws nothing', async () => {
    await answerText('赵敏', '上周五分别和李娟、王强、孙杰进行了廉政谈话');
    const answer = await answerText('赵敏', '孙杰只是在场');
    expect(answer).not.toMatch(/已撤销/);
    expect(people()).toEqual(['lijuan', 'sunjie', 'wangqiang']);
  });

  it.each([['孙杰只是在场，没和他谈，第3条不对'], ['孙杰没谈 他就在旁边']])('赵敏 「%s」 on a waiting card → 孙杰\'s talk leaves the card', async (text) => {
    const card = await answerText('赵敏', '上周五分别和李娟、王强、孙杰进行了廉政谈话，徐辉也一起');
    expect(card).toMatch(/请确认/);
    const answer = await answerText('赵敏', text);
    expect(answer).not.toMatch(/没看懂|这条消息没有记录/);
    expect(answer).toMatch(/去掉第3条/);
    await say('赵敏', '确认');
    expect(people()).toEqual(['lijuan', 'wangqiang']);
  });
});

describe('2. a bystander before a second deed', () => {
  it.each([['今天跟李娟谈心谈话 王强也一起 另外下午带大家看了警示片《迷途》'], ['今天跟李娟谈心谈话 王强也在场 然后下午带大家看了警示片《迷途》']])(
    '孙丽 「%s」 → 确认 stores the talk with 李娟 and the film, no talk with 王强',
    async (text) => {
      const card = await answerText('孙丽', text);
      expect(card).toMatch(/王强是一同参加的，未记为对象/);
      if (activities().length === 0) await say('孙丽', '确认');
      expect(activities().map((a) => `${a.type}:${a.counterpartIds.join('、')}`).sort()).toEqual(['edu_warning:', 'talk_heart:lijuan']);
      expect(activities().find((a) => a.type === 'edu_warning')?.title).toBe('迷途');
    },
  );
});

describe('3. two who attended a talk: who held it is asked', () => {
  it('李明 「周涛和张颖今天一起参加了廉政谈话」 → asked who; 「刘芳」 → 刘芳\'s talks with both', async () => {
    const asked = await answerText('李明', '周涛和张颖今天一起参加了廉政谈话');
    expect(asked).not.toMatch(/谈话人为周涛/);
    expect(asked).toMatch(/是谁/);
    expect(activities()).toEqual([]);
    const answer = await answerText('李明', '刘芳');
    if (activities().length === 0 && /确认/.test(answer)) await say('李明', '确认');
    const stored = activities();
    expect(stored.map((a) => a.actorId ?? a.reporter)).toEqual(stored.map(() => 'liufang'));
    expect(stored.flatMap((a) => a.counterpartIds).sort()).toEqual(['zhangying', 'zhoutao']);
  });
});
