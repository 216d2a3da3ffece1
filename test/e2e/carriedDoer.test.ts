// Issue 10, F1 of round 27 (g28): the doer named once in a pasted news item is the doer of its later deed clauses, on the
// 确认 card; a talk with the sender's superior in a message of another's deeds with no 我 is asked whose, never turned round.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

const stored = () => activities().map((a) => [a.type, a.date, a.actorId ?? a.reporter, a.counterpartIds]);

describe('the doer named once in a pasted item', () => {
  it('holds the later talks on the card, and 确认 stores them as the leader\'s with the sender\'s head talked to', async () => {
    await say('胡军', '王建国副理事长11月9日主持召开分管科室党风廉政建设工作会议。11月10日分别与李明、孙丽进行了廉政谈话。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下 3 条记录/);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-10｜对象：李明（办公室主任）｜活动人：王建国/);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-10｜对象：孙丽（财务科科长）｜活动人：王建国/);
    expect(lastText()).not.toMatch(/是您的上级/);
    await say('胡军', '确认');
    expect(stored()).toEqual([
      ['meeting_dept', '2026-11-09', 'wangjianguo', []],
      ['talk_integrity', '2026-11-10', 'wangjianguo', ['liming']],
      ['talk_integrity', '2026-11-10', 'wangjianguo', ['sunli']],
    ]);
  });

  // f3 (issue 10 kind 7): the visit clause gives no record but names the doer the 分别 talks go on with; was asked whose.
  it('gives the talks after a leader\'s visit clause to that leader, on the card, never to the sender\'s head', async () => {
    await say('陈静', '11月13日，陈志强副理事长率队到维权部调研，11月20日分别与郑华、冯雪进行了廉政谈话。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    expect(lastText()).toMatch(/陈志强/);
    expect(lastText()).not.toMatch(/是谁的？/);
    await say('陈静', '确认');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-11-20', 'chenzhiqiang', ['zhenghua']],
      ['talk_integrity', '2026-11-20', 'chenzhiqiang', ['fengxue']],
    ]);
  });
});
