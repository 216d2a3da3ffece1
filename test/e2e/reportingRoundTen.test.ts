// Reporting end to end, faults of the tester's rounds 10 and 11 (issue 10): a 责任书 whose people are only referred back to
// is asked 「和谁签订的？」, never stored with no one; the receipt after an answer names whose record it is; a pasted item's
// photo caption does not turn it into a question; a 党支部's activity is never recorded as the sender's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say, confirmIfAsked } = chat;

describe('round 10', () => {
  it('两位部长 with no one named before: asked 和谁签订的, and the answer gives one 责任书 per person', async () => {
    await say('刘芳', '11月17日与两位部长签订了责任书');
    expect(lastText()).toMatch(/和谁签订的/);
    expect(activities()).toEqual([]);
    await say('刘芳', '周涛、吴静');
    await confirmIfAsked('刘芳', lastText());
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? '', a.counterpartIds.join(',')])).toEqual([
      ['pledge_sign', '2026-11-17', 'liufang', 'zhoutao'],
      ['pledge_sign', '2026-11-17', 'liufang', 'wujing'],
    ]);
  });

  it('帮孙科长报一下：她… is 孙丽’s, on a card; the receipt after 确认 names her as the one who did it', async () => {
    await say('李娟', '帮孙科长报一下：她11月25号给科里讲了一次廉政党课');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/活动人：孙丽/);
    await say('李娟', '确认');
    expect(lastText()).toMatch(/廉政党课｜2026-11-25.*活动人：孙丽/);
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['edu_lecture', '2026-11-25', 'sunli']]);
  });

  it('the day asked of someone else’s lecture: the receipt after the answer names whose record it is', async () => {
    await say('孙杰', '党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    expect(lastText()).toMatch(/张伟的廉政党课是哪一天/);
    await say('孙杰', '11月9日');
    await confirmIfAsked('孙杰', lastText());
    expect(lastText()).toMatch(/廉政党课｜2026-11-09.*活动人：张伟/);
  });

  it('one’s own record says no 活动人 on its receipt', async () => {
    await say('李娟', '11月20日组织学习《民法典》，参加12人');
    await say('李娟', '廉政教育');
    await confirmIfAsked('李娟', lastText());
    expect(lastText()).toMatch(/廉政教育｜2026-11-20/);
    expect(lastText()).not.toMatch(/活动人/);
  });
});

describe('round 11', () => {
  it('a pasted check with its photo caption is a report on a card, not a question about records', async () => {
    await say(
      '陈静',
      '11月19日上午，陈志强副理事长带队深入维权部开展作风纪律明查暗访，重点检查工作人员在岗在位和工作纪律情况。检查组指出，要持之以恒纠“四风”。（图为检查组在维权部查看考勤记录）',
    );
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/作风纪律检查｜2026-11-19/);
    expect(lastText()).toContain('活动人：陈志强');
    expect(lastText()).not.toMatch(/图为|考勤记录/);
    await say('陈静', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['inspect_style', '2026-11-19', 'chenzhiqiang']]);
  });

  it('a 党支部’s visit reported by a 科员 asks whose it was, and records nothing until told', async () => {
    await say('王芳', '11.18，机关第一党支部组织支部党员赴市廉政教育基地开展警示教育活动');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/是谁的|哪位/);
  });
});
