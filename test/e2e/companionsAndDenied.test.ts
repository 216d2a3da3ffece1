// Round 24b A, C and D (issue 10): someone who only came along, someone named only to deny them, and a 诫勉谈话 were stored
// at once as talks (a second person talked to, the denied one, a 廉政谈话). Over HTTP: what is stored, and when.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('people named only as companions or to deny them, and 诫勉谈话', () => {
  it('「…，何主任也一起」 from his deputy: one talk on a card, 何平 no counterpart, stored after 确认', async () => {
    await say('徐辉', '前天跟孙杰谈心谈话，何主任也一起');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/何平是一同参加的，未记为对象/);
    expect(lastText()).not.toMatch(/对象：何平/);
    await say('徐辉', '确认');
    expect(stored()).toEqual([['talk_heart', '2026-11-30', 'xuhui', ['sunjie']]]);
  });

  it('「…，王科长也一起参加了」 from the head: her one talk, stored at once, the deputy named as a companion', async () => {
    await say('孙丽', '昨天和李娟谈心谈话，王科长也一起参加了');
    expect(stored()).toEqual([['talk_heart', '2026-12-01', 'sunli', ['lijuan']]]);
    expect(lastText()).toMatch(/王强是一同参加的/);
  });

  it('「昨天不是和王强，是和李娟进行的廉政谈话」: one talk with 李娟, stored at once, the denial said', async () => {
    await say('孙丽', '昨天不是和王强，是和李娟进行的廉政谈话');
    expect(stored()).toEqual([['talk_integrity', '2026-12-01', 'sunli', ['lijuan']]]);
    expect(lastText()).toMatch(/不是和王强/);
  });

  it('「…，不是廉政谈话，是谈心」: one 谈心谈话, no 廉政谈话 beside it', async () => {
    await say('冯雪', '上周五跟赵磊谈了话，不是廉政谈话，是谈心');
    expect(stored()).toEqual([['talk_heart', '2026-11-27', 'fengxue', ['zhaolei']]]);
  });

  it('「本周一和吴静部长签了责任书，周涛部长还没签」: one signing with 吴静 stored, 周涛 said not done, no completion query', async () => {
    await say('刘芳', '本周一和吴静部长签了责任书，周涛部长还没签');
    expect(lastText()).not.toMatch(/完成情况查询/);
    expect(lastText()).toMatch(/还没有做的签责任书/);
    expect(stored()).toEqual([['pledge_sign', '2026-11-30', 'liufang', ['wujing']]]);
  });

  it('「…胡军、王芳分别谈心谈话，王芳那个其实是廉政谈话」: two talks on the card, 王芳\'s a 廉政谈话 only', async () => {
    await say('李明', '昨天跟胡军、王芳分别谈心谈话，王芳那个其实是廉政谈话');
    expect(activities()).toEqual([]);
    await say('李明', '确认');
    expect(stored()).toEqual([
      ['talk_heart', '2026-12-01', 'liming', ['hujun']],
      ['talk_integrity', '2026-12-01', 'liming', ['wangfang']],
    ]);
  });

  it('「昨天和陈静进行了诫勉谈话」: nothing stored, its type asked', async () => {
    await say('郑华', '昨天和陈静进行了诫勉谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/是哪类活动/);
  });
});
