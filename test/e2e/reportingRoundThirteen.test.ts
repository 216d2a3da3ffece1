// Reporting end to end, faults of the tester's round 13 (issue 10): 刚和…谈完 told as a held talk, not a question;
// 「都是11月20日」 giving one day to every activity of a count; 11月下旬 asked as a day, the one named before it the doer.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;

describe('round 13', () => {
  it('「刚和何平、王磊谈完,谈心谈话」 records two 谈心谈话 today, never a completion answer (E)', async () => {
    await say('赵敏', '刚和何平、王磊谈完,谈心谈话');
    expect(lastText()).not.toMatch(/完成情况|没能识别|哪一天/);
    if (/请确认/.test(lastText())) await say('赵敏', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([
      ['talk_heart', '2026-12-01', 'zhaomin', 'heping'],
      ['talk_heart', '2026-12-01', 'zhaomin', 'wanglei'],
    ]);
  });

  it('「报了信息2篇」 then 「都是11月20日」 records both on 11-20, never asking the second day (I)', async () => {
    await say('王磊', '报了信息2篇');
    expect(lastText()).toContain('共 2 次信息报送，分别是哪几天？');
    await say('王磊', '都是11月20日');
    expect(lastText()).not.toMatch(/哪一天|哪几天/);
    if (/请确认/.test(lastText())) await say('王磊', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['report_info', '2026-11-20', 'wanglei'],
      ['report_info', '2026-11-20', 'wanglei'],
    ]);
  });

  it('「陈志强副理事长11月下旬和冯雪进行了廉政谈话」 asks the day once; 「11月26日」 completes 陈志强’s talk with 冯雪 (B)', async () => {
    await say('胡军', '陈志强副理事长11月下旬和冯雪进行了廉政谈话');
    expect(lastText()).toMatch(/哪一天/);
    expect(lastText()).not.toMatch(/对象：陈志强/);
    await say('胡军', '11月26日');
    expect(lastText()).not.toMatch(/哪一天/);
    if (/请确认/.test(lastText())) await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['talk_integrity', '2026-11-26', 'chenzhiqiang', 'fengxue']]);
  });

  it('「周涛：刚才和张颖谈好了，廉政谈话」 is a held talk; 「和张颖的廉政谈话谈完了吗？」 stays a question (E)', async () => {
    await say('周涛', '和张颖的廉政谈话谈完了吗？');
    expect(lastText()).not.toMatch(/请确认|已记录/);
    expect(activities()).toEqual([]);
    await say('周涛', '刚才和张颖谈好了，廉政谈话');
    if (/请确认/.test(lastText())) await say('周涛', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['talk_integrity', '2026-12-01', 'zhoutao', 'zhangying']]);
  });
});
