// Round 20u L20 (issue 10, h20): 「…深入教育就业部、维权部检查…，并现场与两个部门负责人进行了提醒谈话」 asked 「张伟是和谁谈的？」
// though the two departments are named. Their heads are the ones talked to, shown on the 确认 card and stored after it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

describe('两个部门负责人 after the departments a check went to', () => {
  it('are those departments\' heads, on the card, one talk each after 确认', async () => {
    await say('林晓', '11月26日黄志刚书记带队到宣文部、组联部检查考勤，并与这两个部门的负责人进行了提醒谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/和谁谈的/);
    expect(lastText()).toContain('王磊');
    expect(lastText()).toContain('周涛');
    await say('林晓', '确认');
    const talks = activities().filter((a) => a.type === 'talk_integrity');
    expect(talks.map((a) => [a.date, a.actorId, a.counterpartIds])).toEqual([
      ['2026-11-26', 'huangzhigang', ['wanglei']],
      ['2026-11-26', 'huangzhigang', ['zhoutao']],
    ]);
  });
});
