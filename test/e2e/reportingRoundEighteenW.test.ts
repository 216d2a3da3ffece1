// Round 18u (issue 10), doers and departments: items naming no doer under a department's 台账/补报 heading are its
// head's, shown on the card, never stored at once as the clerk's own — through the real app.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, say } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId ?? null]);

describe('a department\'s 台账/补报 heading over doer-less items: its head\'s, on the card', () => {
  it.each([
    ['王强', '财务科11月廉政工作台账\n11月16日 开展专项资金使用自查', '孙丽', [['report_self', '2026-11-16', 'sunli', 'finance']]],
    ['张颖', '组联部10月份补报：10月20日报送廉政信息1篇', '周涛', [['report_info', '2026-10-20', 'zhoutao', 'liaison']]],
    ['刘洋', '康复部11月工作台账\n11月9日 开展岗位廉政风险自查\n11月23日 上报廉政信息1篇', '吴静', [['report_self', '2026-11-09', 'wujing', 'rehab'], ['report_info', '2026-11-23', 'wujing', 'rehab']]],
  ])('%s 「%s」: nothing stored before 确认, 活动人 %s', async (from, text, head, stored) => {
    await chat.confirmHeadsCard(from, text, head);
    expect(rows()).toEqual(stored);
  });

  it('an item naming its own doer keeps it: 李娟 「财务科11月廉政工作台账⏎11月12日 孙丽 与 李娟 谈心谈话⏎11月19日 开展专项资金使用自查」', async () => {
    await say('李娟', '财务科11月廉政工作台账\n11月12日 孙丽 与 李娟 谈心谈话\n11月19日 开展专项资金使用自查');
    expect(activities()).toEqual([]);
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([
      ['talk_heart', '2026-11-12', 'sunli', ['lijuan']],
      ['report_self', '2026-11-19', 'sunli', []],
    ]);
  });
});
