// Round 20u (issue 10, d20): 「‹部门›全体党员观看…」 from a 科员 and 「组织‹the sender›等同志…」 are the department head's, shown on
// a card (P01 was stored at once as the 科员's own), through the real app.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities } = chat;

describe('a department\'s whole-membership study reported by a member: the head\'s, on the card', () => {
  it.each([
    ['杨帆', '11月27日宣文部全体党员观看廉政微电影《一念之差》，参加7人', '王磊', [['edu_integrity', '2026-11-27', 'wanglei']]],
    ['陈静', '11月25日教育就业部全体党员观看警示教育片《围猎》，参加6人', '郑华', [['edu_warning', '2026-11-25', 'zhenghua']]],
    ['赵磊', '11月24日，组织赵磊等同志到市中级法院旁听职务犯罪案件庭审', '冯雪', [['edu_warning', '2026-11-24', 'fengxue']]],
  ])('%s 「%s」: nothing stored before 确认, 活动人 %s on the card, stored so after', async (from, text, head, stored) => {
    await chat.confirmHeadsCard(from, text, head);
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual(stored);
  });
});
