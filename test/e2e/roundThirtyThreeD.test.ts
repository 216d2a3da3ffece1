// Round 33a's faults 1, 1b and 5 over HTTP (issue 10): a plan clause beside a done deed, a pure plan of an invited lecture,
// a clause naming only a month. Sent on Thursday 2026-12-03 at 19:30, as t33a sent them.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

describe('sent on Thursday evening', () => {
  const { activities, answerText, rows, say } = useChatBot(new Date('2026-12-03T19:30:00+08:00'));

  it('12月还将邀请赵敏书记来部里讲廉政党课: the plan reply, never a day asked (P2)', async () => {
    const reply = await answerText('杨帆', '12月还将邀请赵敏书记来部里讲廉政党课。');
    expect(reply).toMatch(/看起来这是计划安排/);
    expect(reply).not.toMatch(/哪一天/);
    expect(activities()).toEqual([]);
  });

  it('宣文部11月20日组织观看警示教育片《围猎》，下一步还将邀请…: the film stored, the plan named as not recorded (P1)', async () => {
    const reply = await answerText('王磊', '宣文部11月20日组织观看警示教育片《围猎》，下一步还将邀请赵敏书记来部里讲廉政党课。');
    expect(reply).toMatch(/其中的计划安排，未记录/);
    expect(rows()).toEqual([['edu_warning', '2026-11-20', 'wanglei', '']]);
  });

  it('11月开展廉洁文化进机关活动，…，11月20日…《一念之间》: the month-only clause asked its day, never given 11-20 (P3)', async () => {
    const reply = await answerText('王强', '11月开展廉洁文化进机关活动，制作廉政公益海报3幅，11月20日组织部门干部观看廉政微电影《一念之间》。');
    expect(reply).toMatch(/哪一天进行的？消息说的是11月/);
    expect(activities()).toEqual([]);
  });
});
