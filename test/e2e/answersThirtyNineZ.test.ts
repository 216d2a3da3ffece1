// Round 39 (the coordinator's, t39a F7/F13/F14), over HTTP: answers and lists a tester's dialog got wrong on the round 38
// merge. 「11月24日和11月27日，谈了两次」 to 「是哪一天？」 was answered 「没有读出…活动」 and the question left waiting; a closing
// 对象均为赵磊 asked 和谁 of every day but the last; 10月、11月分别对办公室、财务科… stored each check at both departments
// once the days were answered.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: the tester's day, before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, rows, say } = chat;

describe('a day question answered with the days and how many times', () => {
  it.each([['11月24日和11月27日，谈了两次'], ['11月24日、11月27日，共两次'], ['11月24日和11月27日，一共谈了2次']])('「%s」 → two talks with 陈静, one a day', async (answer) => {
    await say('郑华', '上周和陈静谈心了');
    expect(lastText()).toMatch(/哪一天/);
    await say('郑华', answer);
    expect(lastText()).not.toMatch(/没有读出/);
    if (activities().length === 0 && /确认/.test(lastText())) await say('郑华', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-24', 'zhenghua', 'chenjing'],
      ['talk_heart', '2026-11-27', 'zhenghua', 'chenjing'],
    ]);
  });

  it('near-miss: 「11月27日和冯雪进行了廉政谈话」 while the day is asked names its own person and type, so it is a report of its own', async () => {
    await say('郑华', '上周和陈静谈心了');
    await say('郑华', '11月27日和冯雪进行了廉政谈话');
    expect(rows()).toContainEqual(['talk_integrity', '2026-11-27', 'zhenghua', 'fengxue']);
  });
});

describe('对象均为X closing a list of days', () => {
  it('「全年共开展廉政谈话4次，分别是3月5日、6月10日、9月8日、11月9日，对象均为赵磊。」: four talks with 赵磊, no 和谁', async () => {
    await say('冯雪', '全年共开展廉政谈话4次，分别是3月5日、6月10日、9月8日、11月9日，对象均为赵磊。');
    expect(lastText()).not.toMatch(/和谁/);
    if (activities().length === 0) await say('冯雪', '确认');
    expect(rows()).toEqual(['2026-03-05', '2026-06-10', '2026-09-08', '2026-11-09'].map((d) => ['talk_integrity', d, 'fengxue', 'zhaolei']));
  });
});

describe('months 分别 paired with departments', () => {
  it('「10月、11月分别对办公室、财务科开展了作风纪律检查」 then 「10月15日、11月19日」: each check at its own department', async () => {
    await say('黄志刚', '10月、11月分别对办公室、财务科开展了作风纪律检查');
    expect(lastText()).toMatch(/哪一天|哪几天/);
    await say('黄志刚', '10月15日、11月19日');
    if (activities().length === 0 && /确认/.test(lastText())) await say('黄志刚', '确认');
    const placed = activities().map((a) => [a.date, a.departmentIds ?? (a.departmentId ? [a.departmentId] : [])]);
    expect(placed).toEqual([
      ['2026-10-15', ['office']],
      ['2026-11-19', ['finance']],
    ]);
  });
});
