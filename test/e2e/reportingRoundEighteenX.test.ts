// Round 18 (issue 10), doer and department faults: a department's study under a 「‹部门›…学习：」 heading sent by a clerk is
// the department's head's, shown on a card (it was stored at once as the clerk's own), through the real app.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities } = chat;

describe('a department\'s study under a heading opening the line: the head\'s, on the card', () => {
  it.each([
    ['赵磊', '维权部11月学习：11月11日观看警示教育片《迷途》', '冯雪', [['edu_warning', '2026-11-11', 'fengxue']]],
    ['王强', '财务科本月学习情况：11月9日学习《会计人员职业道德规范》和《廉洁自律准则》', '孙丽', [['edu_integrity', '2026-11-09', 'sunli']]],
    ['张颖', '组联部11月两次学习：11月3日学习《廉洁自律准则》，11月17日学习《纪律处分条例》', '周涛', [['edu_integrity', '2026-11-03', 'zhoutao'], ['edu_integrity', '2026-11-17', 'zhoutao']]],
  ])('%s 「%s」: nothing stored before 确认, 活动人 %s on the card, stored so after', async (from, text, head, stored) => {
    await chat.confirmHeadsCard(from, text, head);
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual(stored);
  });
});
