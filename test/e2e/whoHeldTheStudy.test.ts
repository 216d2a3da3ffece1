// Who did it, end to end (p29, issue 10): at a study someone 主持, a leader who only 作点评讲话 is no doer (the chair's record on
// the 确认 card); a member's own 我为…讲了廉政党课 is recorded as theirs without a question; a 座谈 on a 调研 visit is answered
// as work no duty counts, never a 廉政谈话 with the department's head.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

const records = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(','), a.title ?? '', a.attendees ?? '']);

describe('who held the study, the lecture, the visit (p29)', () => {
  it('何平 who 主持 the film is its doer, not 赵敏 who commented: on the card, then stored as his', async () => {
    await say('何平', '11月20日，康复中心党支部组织开展警示教育活动，支部书记何平主持，全体党员集中观看了警示教育片《蜕变的代价》，共15人参加。会上，赵敏同志作了点评讲话');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('是谁的');
    expect(lastText()).toContain('赵敏在活动中讲话');
    await say('何平', '确认');
    expect(records()).toEqual([['edu_warning', '2026-11-20', 'heping', '', '蜕变的代价', 15]]);
  });

  it('a clerk’s news item of the same film is the chair’s, 何平, never the commenting leader’s', async () => {
    await say('孙杰', '11月20日康复中心党支部开展警示教育，何平主持，赵敏副理事长作点评讲话，观看警示教育片《蜕变的代价》，15人参加');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认[\s\S]*活动人：何平/);
    await say('孙杰', '确认');
    expect(records()).toEqual([['edu_warning', '2026-11-20', 'heping', '', '蜕变的代价', 15]]);
  });

  it('a 副科长’s own 我为…讲了廉政党课 is his, with no question of whose it was', async () => {
    await say('王强', '我昨天为财务科全体党员讲了廉政党课');
    expect(lastText()).not.toContain('是谁的');
    if (activities().length === 0) await say('王强', '确认');
    expect(records()).toEqual([['edu_lecture', '2026-11-29', 'wangqiang', '', '', '']]);
  });

  it('a 调研 visit with 座谈交流 is said to be no duty’s work: no 廉政谈话 with 冯雪, no question', async () => {
    await say('冯雪', '11月20日，陈志强副理事长到维权部调研，与部门干部座谈交流，听取了冯雪部长的工作汇报');
    expect(lastText()).toContain('这条消息讲的是11月20日的调研，不属于需要记录的党风廉政建设活动，未记录');
    expect(activities()).toHaveLength(0);
  });
});
