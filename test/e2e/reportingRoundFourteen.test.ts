// Reporting end to end, parser faults of the tester's round 14 (issue 10): a clerk's 组织<部门>全体… never stored as the
// clerk's; labelled minutes read without a question; a study and a case briefing kept apart; 督促…报送 no record; a span of days.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;

describe('round 14', () => {
  it('王芳 (办公室科员) 「2026.11.20 组织办公室全体人员学习《…》」 is shown with 李明 as doer, stored only on 确认 (F1)', async () => {
    await say('王芳', '2026.11.20 组织办公室全体人员学习《中国共产党纪律处分条例》，参加6人');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toContain('李明');
    expect(activities()).toEqual([]);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title])).toEqual([['edu_integrity', '2026-11-20', 'liming', '中国共产党纪律处分条例']]);
  });

  it('会议纪要 with 时间：/主持人：/内容： on lines of their own asks no day and names no unread line (F2)', async () => {
    await say('胡军', '会议纪要\n时间：11月24日下午\n地点：三楼会议室\n主持人：张伟\n参加人员：王建国、刘芳、陈志强、赵敏\n内容：党组专题研究党风廉政建设工作，分析研判机关政治生态。');
    expect(lastText()).not.toMatch(/哪一天|没有读出/);
    if (/请确认/.test(lastText())) await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([
      ['meeting_special', '2026-11-24', 'zhangwei'],
      ['review_analysis', '2026-11-24', 'zhangwei'],
    ]);
  });

  it('a meeting that 学习了《…》 and 通报了典型案例 keeps both teachings, the title the study’s (F8)', async () => {
    await say('胡军', '11月26日上午，机关党支部召开专题组织生活会，赵敏书记出席并讲话，会上集中学习了《廉洁自律准则》，并通报了近期典型案例。');
    expect(lastText()).toMatch(/请确认/);
    await say('胡军', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title ?? ''])).toEqual([
      ['edu_integrity', '2026-11-26', 'zhaomin', '廉洁自律准则'],
      ['edu_warning', '2026-11-26', 'zhaomin', ''],
    ]);
  });

  it('「督促各部室报送述责述廉材料」 in a list is named as not recorded, never a 述责述廉 (F10)', async () => {
    await say('黄志刚', '1.11月18日到财务科检查了考勤；2.11月20日督促各部室报送述责述廉材料');
    expect(lastText()).toContain('第2条是督促他人报送材料');
    await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['inspect_style', '2026-11-18']]);
  });

  it('机关纪委 from an inspector is asked whose; a span of days is recorded on its first day, the card saying so (F9)', async () => {
    await say('林晓', '11月16日至11月20日，机关纪委对各部室执行工作纪律情况开展了专项督查');
    expect(lastText()).toMatch(/是谁带队检查的/);
    expect(activities()).toEqual([]);
    await say('林晓', '黄志刚');
    expect(lastText()).toContain('按第一天11月16日记录');
    expect(lastText()).not.toContain('多项活动');
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['inspect_style', '2026-11-16', 'huangzhigang']]);
  });
});
