// Round 24b B (issue 10): a deed someone told the sender of (周部长说昨天跟我谈的算谈心谈话 · 孙科说她昨天和王强谈过心了)
// is that person's, shown on a card for 确认; it was stored at once as the sender's, reversed when 跟我 was in it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a deed told by someone else', () => {
  it('周部长说昨天跟我谈的…: nothing stored before 确认, 周涛 the doer and the sender the one talked to', async () => {
    await say('张颖', '周部长说昨天跟我谈的算谈心谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：周涛/);
    await say('张颖', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_heart', '2026-12-01', 'zhoutao', ['zhangying']]]);
  });

  it('孙科说她…和王强谈过心了: the 科长 called 孙科 is the doer, never the sender', async () => {
    await say('李娟', '孙科说她昨天和王强谈过心了');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：孙丽/);
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_heart', '2026-12-01', 'sunli', ['wangqiang']]]);
  });

  it('还有，18号她跟王强谈了心 (nobody named before 她): who held it is asked, never stored as the sender\'s', async () => {
    await say('李娟', '还有，18号她跟王强谈了心');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/「她」/);
    await say('李娟', '孙丽');
    if (/确认/.test(lastText())) await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_heart', '2026-11-18', 'sunli', ['wangqiang']]]);
  });

  it('上周二、四分别和王强、李娟谈了心: each talk on its own day', async () => {
    await say('孙丽', '上周二、四分别和王强、李娟谈了心');
    if (/确认/.test(lastText())) await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([
      ['talk_heart', '2026-11-24', 'sunli', ['wangqiang']],
      ['talk_heart', '2026-11-26', 'sunli', ['lijuan']],
    ]);
  });
});
