// Round 32a F5 (issue 10): 「不对，和冯雪是上周四」 typed while 「（类型未知）｜2026-11-27｜对象：冯雪 是哪类活动？」 waited brought the
// same question again, the day unchanged and nothing said; on the card, 「日期错了，和冯雪那条是上周四」 was 「…未记录」 and the
// card unchanged. Now the record named by its person takes the day, on the question as on the card, and what is not read
// as an answer is said so.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

/**
 * 陈志强: a typed talk with 郑华 on 11-28, and an untyped one with 冯雪 on 上周五 (11-27): the type of the second is asked.
 * 「…，和冯雪是上周五谈的」 is now the same kind as the talk before (round 50 fxe: 「…李娟昨天谈过了」), so 聊 keeps it untyped.
 */
const REPORT = '前天和郑华进行了廉政谈话，和冯雪是上周五聊的';

describe('a record named by its person takes a day while a question or a card waits', () => {
  it('「不对，和冯雪是上周四」 to 是哪类活动 moves 冯雪\'s day, says so, and asks the type again', async () => {
    await say('陈志强', REPORT);
    expect(lastText()).toContain('是哪类活动');
    await say('陈志强', '不对，和冯雪是上周四');
    expect(lastText()).toContain('已按您的更正修改（日期改为 2026-11-26）');
    expect(lastText()).toContain('（类型未知）｜2026-11-26｜对象：冯雪');
    expect(lastText()).toContain('是哪类活动');
    await say('陈志强', '廉政谈话');
    await say('陈志强', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-28', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-11-26', 'chenzhiqiang', 'fengxue'],
    ]);
  });

  it('「日期错了，和冯雪那条是上周四」 on the 确认 card changes that record only', async () => {
    await say('陈志强', REPORT);
    await say('陈志强', '廉政谈话');
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('陈志强', '日期错了，和冯雪那条是上周四');
    expect(lastText()).toContain('已按您的更正修改（日期改为 2026-11-26）');
    expect(activities()).toHaveLength(0);
    await say('陈志强', '确认');
    expect(rows().map((r) => r[1])).toEqual(['2026-11-28', '2026-11-26']);
  });

  it('someone not in the report is said, nothing changed, the question still asked', async () => {
    await say('陈志强', REPORT);
    await say('陈志强', '不对，和王强是上周四');
    expect(lastText()).toContain('没有和王强的记录');
    expect(lastText()).toContain('（类型未知）｜2026-11-27｜对象：冯雪');
    expect(lastText()).toContain('是哪类活动');
  });

  it('near-miss: to 和谁谈的, 「和冯雪是昨天谈的」 is the answer, not a correction of a record', async () => {
    await say('陈志强', '昨天进行了廉政谈话');
    expect(lastText()).toContain('和谁');
    await say('陈志强', '和冯雪是昨天谈的');
    expect(lastText()).not.toContain('没有和冯雪的记录');
    expect(rows()).toEqual([['talk_integrity', '2026-11-29', 'chenzhiqiang', 'fengxue']]);
  });

  it('a reply read as neither answer nor change is said, never the bare question again', async () => {
    await say('陈志强', REPORT);
    await say('陈志强', '这个嘛，回头再说吧');
    expect(lastText()).toContain('没能把这条回复读成下面问题的答案');
    expect(lastText()).toContain('是哪类活动');
    expect(activities()).toHaveLength(0);
  });
});
