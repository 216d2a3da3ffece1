// A clerk's lists over HTTP (e24, issue 10): a department gone along with on a check is no place checked (stored at
// once); talks clause by clause on several weekdays, each its own doer and day; day + department pairs, the type asked
// once for both; a 检查人 field's checkers: one check, the highest-ranking one's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (round 23's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe("a clerk's lists of several doers, days and departments", () => {
  it('stores a check done with another department at the department checked, not the companion', async () => {
    await say('黄志刚', '上周五同宣文部对维权部进行了作风纪律检查');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([['inspect_style', '2026-11-27', 'huangzhigang', 'rights']]);
  });

  it('gives each talk of a weekday list its own doer and day, on a card', async () => {
    await say('胡军', '本周谈话情况：周一张书记找陈志强副理事长谈了，周二刘副理事长和组联部周部长谈的，今天上午赵敏书记跟宣文部王磊谈，都是廉政谈话。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-30/);
    await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([
      ['talk_integrity', '2026-11-30', 'zhangwei', ['chenzhiqiang']],
      ['talk_integrity', '2026-12-01', 'liufang', ['zhoutao']],
      ['talk_integrity', '2026-12-02', 'zhaomin', ['wanglei']],
    ]);
  });

  // Round 41 (t39b F3): the kind answered once is both checks' (was: asked again for the second).
  it('asks the type of two day + department checks once and stores both, each at its own department', async () => {
    await say('林晓', '4号查了宣文部、9号查了组联部');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/2026-11-04｜宣文部[\s\S]*2026-11-09｜组联部/);
    await say('林晓', '作风纪律检查');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([
      ['inspect_style', '2026-11-04', 'publicity'],
      ['inspect_style', '2026-11-09', 'liaison'],
    ]);
  });

  it('stores a check whose 检查人 field names two checkers as the higher-ranking one\'s, after 确认', async () => {
    await say('林晓', '11月24日对教就部开展了到岗情况检查，检查人：林晓、黄志刚');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/黄志刚/);
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([['inspect_style', '2026-11-24', 'huangzhigang', 'employment']]);
  });

  it('puts two day + person talks with the deed said after them on a card, each on its own day (was: both stored at once on the first)', async () => {
    await say('孙丽', '9号和王强、16号和李娟分别进行了廉政谈话');
    expect(activities()).toEqual([]);
    await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds])).toEqual([
      ['talk_integrity', '2026-11-09', ['wangqiang']],
      ['talk_integrity', '2026-11-16', ['lijuan']],
    ]);
  });
});
