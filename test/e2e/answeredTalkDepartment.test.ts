// Round 34b §4 (issue 10): a talk whose type, day or person came in an answer was stored with no department, while the same
// talk reported in one message is at its counterpart's department (the 台账's department column and filter, late notes).
// Now every answered talk or signing takes its one counterpart's department, as parseSegment gives one read whole.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, say } = chat;
const placed = () => activities().map((a) => [a.type, a.date, a.counterpartIds, a.departmentId]);

describe('a talk made whole by answers is at its counterpart department', () => {
  it('「和赵磊谈了谈」 → type and day answered: 谈心谈话 at 维权部, as 「前天和赵磊谈心谈话」 is', async () => {
    await say('冯雪', '和赵磊谈了谈');
    await say('冯雪', '谈心谈话，上周五谈的');
    await say('冯雪', '11月26日和赵磊谈心谈话');
    expect(placed()).toEqual([
      ['talk_heart', '2026-11-27', ['zhaolei'], 'rights'],
      ['talk_heart', '2026-11-26', ['zhaolei'], 'rights'],
    ]);
  });

  it('two talks of a month, days answered: both at 组联部', async () => {
    // 谈了两次心 is read as 谈心谈话 since z1 (round 34b §3c): only the days are asked.
    await say('周涛', '上个月和张颖谈了两次心');
    await say('周涛', '11月5日、11月19日');
    await say('周涛', '确认');
    expect(placed()).toEqual([
      ['talk_heart', '2026-11-05', ['zhangying'], 'liaison'],
      ['talk_heart', '2026-11-19', ['zhangying'], 'liaison'],
    ]);
  });

  it('a talk between two leaders, neither of a department, stays with none after its type is answered', async () => {
    await say('刘芳', '11月20日和王建国谈了谈');
    await say('刘芳', '谈心谈话');
    expect(placed()).toEqual([['talk_heart', '2026-11-20', ['wangjianguo'], undefined]]);
  });
});
