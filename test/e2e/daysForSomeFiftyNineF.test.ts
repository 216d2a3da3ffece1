// Round 59, fixer fcf (issue 10): answers that give days for only some of the waiting talks, and a deed said done at a part of
// today still to come. 张伟「和王建国、刘芳、陈志强进行了廉政谈话」 → 是哪一天 → 「王建国和刘芳是11月24日谈的」 was read as 王建国's new
// report (his talk with 刘芳, type asked) and all three waiting talks dropped; now the named take the day and the rest are asked
// again, one question. 「今天下午召开了党风廉政建设专题会议」 at 10:00 was stored at once; now a 确认 card. Over HTTP.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's today). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;
const byPerson = () => Object.fromEntries(activities().map((a) => [a.counterpartIds.join(','), a.date]));

/** Says `answer`, then 确认 when a card waits. */
async function answerAndConfirm(from: string, answer: string): Promise<void> {
  await say(from, answer);
  if (activities().length === 0 && /请确认/.test(lastText())) await say(from, '确认');
}

describe('a day for some of the waiting talks', () => {
  const THREE = '和王建国、刘芳、陈志强进行了廉政谈话';
  it.each([
    '王建国和刘芳是11月24日谈的',
    '王建国、刘芳是24号',
    '和王建国、刘芳是11月24日',
    '王建国 刘芳 上周二谈的',
    '嗯 王建国和刘芳是24号谈的',
    '王建国同志和刘芳同志是11月24日',
  ])('张伟: 「%s」 → those two on 11-24, 陈志强 asked again, then his own day', async (answer) => {
    await say('张伟', THREE);
    expect(lastText()).toMatch(/是哪一天/);
    await say('张伟', answer);
    expect(activities()).toHaveLength(0);
    // One question, for the one left; the two answered shown with their day.
    expect(lastText()).toMatch(/对象：陈志强[^\n]*\n[^]*是哪一天/);
    expect(lastText()).toMatch(/2026-11-24｜对象：王建国/);
    expect(lastText()).toMatch(/2026-11-24｜对象：刘芳/);
    await answerAndConfirm('张伟', '11月26日');
    expect(activities().every((a) => a.actorId === 'zhangwei' && a.type === 'talk_integrity')).toBe(true);
    expect(byPerson()).toEqual({ wangjianguo: '2026-11-24', liufang: '2026-11-24', chenzhiqiang: '2026-11-26' });
  });

  it('陈志强: 「郑华是11月24日谈的」 to his talks with 郑华 and 冯雪 → 冯雪 asked, then stored', async () => {
    await say('陈志强', '和郑华、冯雪进行了谈心谈话');
    await say('陈志强', '郑华是11月24日谈的');
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/是哪一天/);
    await answerAndConfirm('陈志强', '11月25日');
    expect(activities().map((a) => [a.counterpartIds[0], a.date]).sort()).toEqual([['fengxue', '2026-11-25'], ['zhenghua', '2026-11-24']]);
  });

  it('near-miss 「11月24日」 alone: every waiting talk on that day, as before', async () => {
    await answerAndConfirm('张伟', THREE);
    await answerAndConfirm('张伟', '11月24日');
    expect(byPerson()).toEqual({ wangjianguo: '2026-11-24', liufang: '2026-11-24', chenzhiqiang: '2026-11-24' });
  });

  it('near-miss: all three named with one day → all on it', async () => {
    await say('张伟', THREE);
    await answerAndConfirm('张伟', '王建国、刘芳、陈志强都是11月24日');
    expect(byPerson()).toEqual({ wangjianguo: '2026-11-24', liufang: '2026-11-24', chenzhiqiang: '2026-11-24' });
  });
});

describe('a deed said done at a part of today still to come (t61a F3)', () => {
  it.each([
    ['张伟', '今天下午召开了党风廉政建设专题会议', 'meeting_special'],
    ['黄志刚', '今天下午到财务科开展了作风纪律检查', 'inspect_style'],
    ['李明', '今天下午与王芳进行了谈心谈话', 'talk_heart'],
  ])('%s: 「%s」 at 10:00 → a 确认 card, stored on 确认', async (from, text, type) => {
    await say(from, text);
    expect(activities()).toHaveLength(0);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/时段今天还没到/);
    await say(from, '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([[type, '2026-11-30']]);
  });

  it('取消 on the card stores nothing', async () => {
    await say('张伟', '今天下午召开了党风廉政建设专题会议');
    await say('张伟', '取消');
    expect(activities()).toHaveLength(0);
  });

  it('near-miss 「今天上午召开了…」 at 10:00: stored at once', async () => {
    await say('张伟', '今天上午召开了党风廉政建设专题会议');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['meeting_special', '2026-11-30']]);
  });

  it('near-miss 「今天下午要召开…」: the plan reply, nothing stored', async () => {
    await say('张伟', '今天下午要召开党风廉政建设专题会议');
    expect(lastText()).toMatch(/计划安排/);
    expect(activities()).toHaveLength(0);
  });
});

describe('「已经开了」 after the plan reply (t61a F3)', () => {
  it.each([
    ['张伟', '今天下午要召开党风廉政建设专题会议', '不是计划，会已经开过了', 'meeting_special', []],
    ['张伟', '今天下午要召开党风廉政建设专题会议', '已经开了', 'meeting_special', []],
    ['张伟', '下午召开党风廉政建设专题会议', '开过了', 'meeting_special', []],
    ['李明', '下午要和王芳谈心谈话', '已经谈完了', 'talk_heart', ['wangfang']],
    ['李明', '今晚准备和王芳谈心谈话', '谈过了', 'talk_heart', ['wangfang']],
  ])('%s: 「%s」 → plan reply → 「%s」 → recorded today', async (from, plan, answer, type, people) => {
    await say(from, plan);
    expect(lastText()).toMatch(/计划安排/);
    await say(from, answer);
    if (activities().length === 0 && /请确认/.test(lastText())) await say(from, '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds])).toEqual([[type, '2026-11-30', people]]);
  });

  it('near-miss: 「已经开了」 with no plan before it stores nothing', async () => {
    await say('张伟', '已经开了');
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: a plan for tomorrow, then 「已经开了」: nothing stored', async () => {
    await say('张伟', '明天下午要召开党风廉政建设专题会议');
    await say('张伟', '已经开了');
    expect(activities()).toHaveLength(0);
  });
});
