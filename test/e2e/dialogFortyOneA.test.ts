// Over HTTP: round 41's fna (t39b F3, t40b F23, issue 10), turn by turn through the real bot.
//  - 「11月16日、11月23日分别带队对组联部、宣文部开展了专项检查」: the kind asked once; 「专项资金检查」 types both checks (was: the
//    same question again for the second), the talk after them kept; checks of two numbered entries are still asked each;
//  - 「我们部长本周三组织我们学习了《…》，学完还单独和我谈了心」 (t40b F23): no 「和谁谈的？」, the card shows 王磊's talk with the
//    sender (was: asked 和谁, and 「和我」 refused).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-04T12:00:00+08:00'));
const { lastText, rows, say } = chat;

describe('a kind answered for one of the checks split from one 分别 verb', () => {
  const TWO = '11月16日、11月23日分别带队对组联部、宣文部开展了专项检查，林晓参加；11月30日约谈了康复中心徐辉副主任，进行了提醒谈话。';

  it.each([
    ['专项资金检查', 'inspect_funds'],
    ['作风纪律检查', 'inspect_style'],
  ])('「%s」 types both checks, asked once', async (said, code) => {
    await say('黄志刚', TWO);
    expect(lastText()).toContain('是哪类活动');
    await say('黄志刚', said);
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(lastText()).not.toContain('是哪类活动');
    await say('黄志刚', '确认');
    expect(rows()).toEqual([
      [code, '2026-11-16', 'huangzhigang', ''],
      [code, '2026-11-23', 'huangzhigang', ''],
      ['talk_integrity', '2026-11-30', 'huangzhigang', 'xuhui'],
    ]);
  });

  it('near-miss: checks of two numbered entries are each asked their kind', async () => {
    await say('黄志刚', '1. 11月16日带队对组联部开展了专项检查\n2. 11月23日带队对宣文部开展了专项检查');
    expect(lastText()).toContain('是哪类活动');
    await say('黄志刚', '专项资金检查');
    expect(lastText()).toContain('是哪类活动');
    expect(lastText()).toMatch(/专项资金检查｜2026-11-16｜组联部/);
    await say('黄志刚', '作风纪律检查');
    expect(lastText()).toMatch(/请确认/);
    await say('黄志刚', '确认');
    expect(rows()).toEqual([
      ['inspect_funds', '2026-11-16', 'huangzhigang', ''],
      ['inspect_style', '2026-11-23', 'huangzhigang', ''],
    ]);
  });
});

describe('学完还单独和我谈了心 after the head\'s study', () => {
  it('the head\'s study and talk with the sender on one card', async () => {
    await say('杨帆', '我们部长本周三组织我们学习了《廉洁自律准则》，学完还单独和我谈了心。');
    expect(lastText()).not.toContain('和谁谈的');
    expect(lastText()).toMatch(/请确认/);
    await say('杨帆', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-12-02', 'wanglei', ''],
      ['talk_heart', '2026-12-02', 'wanglei', 'yangfan'],
    ]);
  });
});
