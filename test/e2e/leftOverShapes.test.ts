// Shapes left over after round 11, over HTTP (issue 10): a corrected day goes to the 确认 card; a year not begun is said so.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;

describe('a corrected day', () => {
  it('「11月3号，不对，是4号…」 in one message is shown on the 确认 card with the corrected day, and recorded on it after 确认', async () => {
    await say('陈志强', '11月3号，不对，是4号和冯雪进行了廉政谈话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*11月4日|请确认[\s\S]*2026-11-04/);
    expect(lastText()).toContain('您更正过的内容');
    await say('陈志强', '确认');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', date: '2026-11-04', counterpartIds: ['fengxue'] }]);
  });

  it('「不对，是前天」 answering 是哪一天 is the day, shown for 确认 before anything is recorded', async () => {
    await say('陈志强', '和冯雪进行了廉政谈话');
    expect(lastText()).toContain('是哪一天进行的');
    await say('陈志强', '不对，是前天');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('您更正过的内容');
    await say('陈志强', '确认');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', date: '2026-11-29', counterpartIds: ['fengxue'] }]);
  });

  it('「11月3号，不对，是4号」 answering 是哪一天 takes the 4th, never the 3rd', async () => {
    await say('陈志强', '和冯雪进行了廉政谈话');
    await say('陈志强', '11月3号，不对，是4号');
    await say('陈志强', '确认');
    expect(activities()).toMatchObject([{ date: '2026-11-04' }]);
  });
});

describe('a day taken back on the 确认 card', () => {
  it('「不对，是前天」 while the card waits puts the corrected day on the card; 确认 records that day', async () => {
    await say('李娟', '孙科长让我补录一下：昨天她和我进行了廉政谈话');
    expect(lastText()).toContain('请确认');
    await say('李娟', '不对，是前天');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*卡片已按您的修改更新/);
    await say('李娟', '确认');
    expect(activities()).toMatchObject([{ type: 'talk_integrity', date: '2026-11-29', actorId: 'sunli', counterpartIds: ['lijuan'] }]);
  });
});

describe('a day taken back after the receipt', () => {
  // k16: the record just made is changed on the before → after 确认 card (was: a hint to send 修改上一条).
  it('「不对，是前天」 with nothing waiting changes nothing before 确认, and offers the change of the record just made (was: 没看懂)', async () => {
    await say('陈志强', '昨天和冯雪进行了廉政谈话');
    expect(activities()).toMatchObject([{ date: '2026-11-30' }]);
    await say('陈志强', '不对，是前天');
    expect(lastText()).toMatch(/请确认修改[\s\S]*改为：廉政谈话｜2026-11-29/);
    expect(activities()).toMatchObject([{ date: '2026-11-30' }]);
  });
});

describe('a period that has not begun', () => {
  it.each(['明年完成情况', '2027年完成情况', '下个月完成情况', '明年谈话几次'])('「%s」 is answered that it has not begun, as the export says', async (text) => {
    await say('张伟', text);
    expect(lastText()).toMatch(/^2027年(?:1月)?还没有开始（今天是 2026-12-01），还没有可统计的完成情况/);
    expect(lastText()).not.toContain('无法');
  });

  it('this quarter is still answered with its card', async () => {
    await say('张伟', '本季度完成情况');
    expect(lastText()).toContain('2026年第四季度');
  });
});
