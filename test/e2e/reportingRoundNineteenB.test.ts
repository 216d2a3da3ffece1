// Round 19 (issue 10), sections and summaries: a 本周工作小结 with its span of days, a plan section under the deeds, and a
// paper duty said done then handed in, through the real app on the round's day (the plans were asked their day, 周三 went
// to today, and the 自查 was stored twice).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('a week\'s summary with a plan section: the deeds on their days, the plans named and never asked', () => {
  it('林晓 「工作小结（11.16-11.20）⏎一、已完成⏎…周二…周四…⏎二、下周安排⏎…」: a card of two, then stored on 11-17 and 11-19', async () => {
    await say('林晓', '纪检组工作小结（11.16-11.20）\n一、已完成\n1.周二黄书记与王强进行廉政谈话；\n2.周四会同办公室对各部室考勤进行抽查，发现迟到3人次。\n二、下周安排\n1.对宣文部开展专项资金检查；\n2.督促各部室报送信息。');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/「下周安排」所列各项是计划安排，未记录/);
    expect(lastText()).not.toMatch(/哪一天|日期未知/);
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? null, a.counterpartIds])).toEqual([
      ['talk_integrity', '2026-11-17', 'huangzhigang', ['wangqiang']],
      ['inspect_style', '2026-11-19', 'linxiao', []],
    ]);
  });

  it('黄志刚 「…11月24日…检查。⏎12月计划：…；督促各部室完成年度自查。」: the check only, no 自查 of his, nothing asked', async () => {
    await say('黄志刚', '11月份工作情况：\n11月24日对维权部开展作风纪律检查。\n12月计划：开展节前明查暗访；督促各部室完成年度自查。');
    expect(lastText()).not.toMatch(/哪一天|自查总结/);
    expect(lastText()).toMatch(/「12月计划」所列各项是计划安排，未记录/);
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['inspect_style', '2026-11-24']]);
  });
});

describe('a paper duty said done and then handed in: one record', () => {
  it('赵磊 「帮冯部长报一下：…自查已经结束，自查报告11月25日报到了机关纪委」: one 自查总结 of 冯雪 on 11-25', async () => {
    await say('赵磊', '帮冯部长报一下：维权部年度自查已经结束，自查报告11月25日报到了机关纪委');
    expect(activities()).toEqual([]);
    await say('赵磊', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['report_self', '2026-11-25', 'fengxue']]);
  });
});
