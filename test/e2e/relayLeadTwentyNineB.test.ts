// Round 29b K1/K4 (issue 10, b29): a clerk's relay lead that names the leader but no reporting verb (转书记的话： · 书记交代：
// · 替X：) and a telegraphic 代报 X … line were stored AT ONCE as the clerk's own talk, or carded as the clerk's talks with
// the leader and the counterpart. Through the real app: nothing stored before 确认, the leader on the card, stored so after.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe("a relay lead naming the leader: the leader's deed, on a card", () => {
  it.each([
    ['王芳', '转书记的话：11月10日已和陈志强同志完成廉政谈话，请记录', '张伟', [['talk_integrity', '2026-11-10', 'zhangwei', ['chenzhiqiang']]]],
    ['胡军', '书记交代：11月18日和王建国签了责任书', '张伟', [['pledge_sign', '2026-11-18', 'zhangwei', ['wangjianguo']]]],
    ['孙杰', '替何平主任：11月25日和徐辉廉政谈话', '何平', [['talk_integrity', '2026-11-25', 'heping', ['xuhui']]]],
    ['胡军', '代报 王建国 11月19日 与孙丽 签订责任书', '王建国', [['pledge_sign', '2026-11-19', 'wangjianguo', ['sunli']]]],
  ])('%s 「%s」: nothing stored before 确认, 活动人 %s on the card, stored so after', async (from, text, doer, stored) => {
    await say(from, text);
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(new RegExp(`活动人：${doer}`));
    await say(from, '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual(stored);
  });
});
