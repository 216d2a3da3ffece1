// Over HTTP, round 46 fixer C (the testers' findings on Sat 2026-12-05; issue 10):
//  1. t48b F3: 吴静「康复部：11月13日部门集中学习了…，全体4人参加；11月27日吴静同志向分管领导刘芳副理事长报告了部门全面从严治党
//     工作情况。」 — the card had the 警示教育 only and 「消息里的「11月27日」没有对应到任何记录」: now the report is its own item
//     (向党组报告 11-27, 吴静's, 康复部), and 确认 stores both.
//  2. t48a F2: 冯雪「维权部上月底组织观看警示片，后面又开了一次以案促改专题组织生活会，参加人数都是5人，片名忘了」 — only the film
//     was asked and stored: now both are asked their days, each with 5人.
//  3. t48b F3's kind: a day whose clause reads as no activity is named on the card with its words, not the day alone.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
// A first start, before the timed ones: a cold start under load took longer than a test's hook allows.
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId ?? '', a.attendees ?? '']).sort();

describe('1: a head\'s report to the 分管领导 beside a study is its own item', () => {
  it('吴静 → card of two, no 「11月27日」 left over; 确认 → both stored', async () => {
    await say('吴静', '康复部：11月13日部门集中学习了市纪委通报的4起违反中央八项规定精神典型问题，全体4人参加；11月27日吴静同志向分管领导刘芳副理事长报告了部门全面从严治党工作情况。');
    expect(lastText()).toContain('请确认');
    expect(lastText()).toContain('向党组报告');
    expect(lastText()).not.toContain('没有对应到任何记录');
    expect(activities()).toEqual([]);
    await say('吴静', '确认');
    expect(stored()).toEqual([
      ['edu_warning', '2026-11-13', 'wujing', 'rehab', 4],
      ['report_to_party', '2026-11-27', 'wujing', 'rehab', ''],
    ]);
  });
});

describe('2: a deed told as later (后面又…) is its own, its day asked', () => {
  it('冯雪 → both asked their days; 11月27日和11月30日 → two 警示教育 of 5人', async () => {
    await say('冯雪', '维权部上月底组织观看警示片，后面又开了一次以案促改专题组织生活会，参加人数都是5人，片名忘了');
    expect(lastText()).toContain('哪');
    expect(activities()).toEqual([]);
    await say('冯雪', '分别是11月27日和11月30日');
    if (lastText().includes('请确认')) await say('冯雪', '确认');
    expect(stored().map((r) => [r[0], r[1], r[4]])).toEqual([
      ['edu_warning', '2026-11-27', 5],
      ['edu_warning', '2026-11-30', 5],
    ]);
  });
});

describe('3: a day left over is named with its words', () => {
  it('吴静 …；11月27日…汇报了近期工作 → the card names 「吴静同志向刘芳副理事长汇报了近期工作」', async () => {
    await say('吴静', '康复部：11月13日部门集中学习了典型案例通报，全体4人参加；11月27日吴静同志向刘芳副理事长汇报了近期工作。');
    expect(lastText()).toContain('「11月27日」那句：吴静同志向刘芳副理事长汇报了近期工作');
  });
});
