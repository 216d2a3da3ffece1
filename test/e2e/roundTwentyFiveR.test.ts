// r25's kinds over HTTP (round 25b, issue 10): which day — a plan set for a weekday or for this evening, a deed that fell
// through, a span of days with several people, a vague first clause. Sent on Wednesday 2026-12-02, as b25 sent them.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

describe('sent on Wednesday at 10:00', () => {
  const { activities, answerText, lastText, rows, say } = useChatBot(new Date('2026-12-02T10:00:00+08:00'));

  it('和李明的廉政谈话约在周四: the plan reply, nothing stored (was: a talk on the past Thursday)', async () => {
    await say('王建国', '和李明的廉政谈话约在周四');
    expect(lastText()).toMatch(/看起来这是计划安排/);
    expect(activities()).toEqual([]);
  });

  it('今晚和王磊谈心: the plan reply, nothing stored (was: a talk stored as done this morning)', async () => {
    await say('赵敏', '今晚和王磊谈心');
    expect(lastText()).toMatch(/看起来这是计划安排/);
    expect(activities()).toEqual([]);
  });

  it('今晚和王磊谈了心: a slip, asked which day; 昨天 stores it on 12-01', async () => {
    await say('赵敏', '今晚和王磊谈了心');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/哪一天/);
    await say('赵敏', '昨天');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'zhaomin', 'wanglei']]);
  });

  it('今天和何平廉政谈话，他请假了改天再谈: said not recorded because it did not take place', async () => {
    await say('赵敏', '今天和何平廉政谈话，他请假了改天再谈');
    expect(lastText()).toMatch(/没有进行/);
    expect(activities()).toEqual([]);
  });

  it('上周一至周三和周涛、吴静进行了廉政谈话: asked the days, never both on the Monday; the answer gives each its own, shown for 确认', async () => {
    await say('刘芳', '上周一至周三和周涛、吴静进行了廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/哪一天/);
    // What the bot answers, not its last message: at 10:00 a scheduled 逾期提醒 may land after the card (flaky in CI).
    expect(await answerText('刘芳', '11月23日、11月25日')).toMatch(/2026-11-23｜对象：周涛[\s\S]*2026-11-25｜对象：吴静/);
    await say('刘芳', '确认');
    expect(rows().map((r) => [r[1], r[3]]).sort()).toEqual([['2026-11-23', 'zhoutao'], ['2026-11-25', 'wujing']].sort());
  });

  it('上周和王磊谈了心，今天和何平也谈了心: 王磊 asked the day, 何平 on today; both on a card after the answer, stored after 确认', async () => {
    await say('赵敏', '上周和王磊谈了心，今天和何平也谈了心');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/哪一天/);
    // What the bot answers, not its last message: at 10:00 a scheduled 逾期提醒 may land after the card (as above).
    expect(await answerText('赵敏', '上周二')).toMatch(/2026-11-24｜对象：王磊[\s\S]*2026-12-02（今天）｜对象：何平/);
    await say('赵敏', '确认');
    expect(rows().map((r) => [r[1], r[3]]).sort()).toEqual([['2026-11-24', 'wanglei'], ['2026-12-02', 'heping']].sort());
  });
});

describe('sent on Wednesday at 21:00', () => {
  const { lastText, rows, say } = useChatBot(new Date('2026-12-02T21:00:00+08:00'));

  it('今晚和王磊谈心: the evening has come, so it is a report of today', async () => {
    await say('赵敏', '今晚和王磊谈心');
    expect(lastText()).not.toMatch(/计划安排/);
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'zhaomin', 'wanglei']]);
  });
});
