// Round 36 (issue 10, helper ffh): dialogs of the kinds t36a/t36b found.
// - 「上周三、前天，黄书记分两次带队对康复中心、财务科开展作风纪律检查。」 asked who (黄书记 is 黄志刚, the only 黄 书记), then
//   the second day (前天 was written), then put both places on both checks and the second on the clerk: now one card, each
//   day with its own place and 黄志刚 on both.
// - 「今天下午组织部门党员观看警示教育片《蜕变》，参加6人」 sent in the morning was stored at once as done: now the plan reply.
// - 「各分管领导分别到分管科室开展廉政谈话」 asked 「各分管领导」 as one person: now the leaders' group, each leader asked the day
//   of their talks as 班子成员分别与分管科室负责人… is.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;
const checks = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId]);

describe('days listed before 分两次 with as many places', () => {
  it('one card, no question; 确认 records each day at its own place, 黄志刚 on both', async () => {
    await say('胡军', '上周三、前天，黄书记分两次带队对康复中心、财务科开展作风纪律检查。');
    expect(lastText()).not.toContain('是谁');
    expect(lastText()).not.toContain('哪一天');
    expect(lastText()).toContain('确认');
    expect(activities()).toHaveLength(0);
    await say('胡军', '确认');
    expect(checks()).toEqual([
      ['inspect_style', '2026-11-25', 'huangzhigang', 'center'],
      ['inspect_style', '2026-11-28', 'huangzhigang', 'finance'],
    ]);
  });
});

describe('a head count with a time of today still ahead', () => {
  it('「今天下午…观看警示教育片《蜕变》，参加6人」 in the morning is a plan: nothing recorded', async () => {
    await say('周涛', '今天下午组织部门党员观看警示教育片《蜕变》，参加6人');
    expect(lastText()).not.toContain('已记录');
    expect(activities()).toHaveLength(0);
  });
});

describe('各分管领导 as the subject of a talk 到分管科室', () => {
  it('never asked as one person nor 和谁; each leader asked the day of their talks, then every leader with the heads they supervise', async () => {
    await say('王芳', '11月中下旬，各分管领导分别到分管科室开展廉政谈话，共谈话8人次');
    expect(lastText()).not.toContain('是哪一位');
    expect(lastText()).not.toContain('和谁');
    expect(lastText()).toContain('王建国与李明、孙丽的廉政谈话是哪一天进行的？');
    // Each leader talked on a day of their own: the leaders are asked in turn, never one day guessed for all.
    const days = ['11月18日', '11月19日', '11月20日', '11月23日'];
    for (const day of days) {
      expect(lastText()).toContain('是哪一天进行的');
      await say('王芳', day);
    }
    if (activities().length === 0) await say('王芳', '确认');
    const talks = activities().map((a) => [a.actorId, a.counterpartIds.join(','), a.date]);
    expect(talks).toHaveLength(8);
    expect(talks).toContainEqual(['wangjianguo', 'liming', '2026-11-18']);
    expect(talks).toContainEqual(['liufang', 'wujing', '2026-11-19']);
    expect(talks).toContainEqual(['zhaomin', 'heping', '2026-11-23']);
  });
});
