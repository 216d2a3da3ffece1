// Over HTTP, round 46 fixer F (t48b O1, messages as the testers wrote them on Sat 2026-12-05; issue 10): 张伟's 本季度完成情况
// showed 党组专题研究（下半年） 2, the second being 何平's 康复中心 专题会议. A 科室/中心's own 专题会议 or 学习 is the
// department's, not the 党组's: the line counts the 党组会 only and a note names the 中心's as not counted.
import { beforeAll, describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { startTestBot } from '../support/testBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
beforeAll(async () => (await startTestBot({})).close(), 120_000);
const { rows, lastText, say } = chat;

describe('t48b O1: a 中心’s own 专题会议 is not the 党组’s 专题研究', () => {
  it('张伟 本季度完成情况 counts his 党组会 once and names the 康复中心 one as not counted', async () => {
    await say('何平', '10月15日中心召开党风廉政建设专题会议，中心班子及各科室负责人9人参加');
    if (lastText().includes('哪类活动')) await say('何平', '专题会议');
    if (lastText().includes('请确认')) await say('何平', '确认');
    await say('张伟', '11月20日召开党组会议，专题研究全面从严治党和党风廉政建设工作');
    if (lastText().includes('请确认')) await say('张伟', '确认');
    expect(rows()).toEqual([
      ['meeting_special', '2026-10-15', 'heping', ''],
      ['meeting_special', '2026-11-20', 'zhangwei', ''],
    ]);
    await say('吴静', '11月13日部门集中学习了市纪委通报的4起典型问题，全体4人参加');
    if (lastText().includes('请确认')) await say('吴静', '确认');
    expect(rows()).toHaveLength(3);
    await say('张伟', '本季度完成情况');
    const card = lastText();
    // Was 2 | 2 (the 中心's meeting counted); the 康复部's study made the 党组's education 1.
    expect(card).toContain('党组专题研究全面从严治党、党风廉政建设（2026年下半年） | 党组（张伟） | 1 | 1 | 1 | 完成');
    expect(card).toContain('党性党风党纪和廉洁从政教育活动（2026年） | 党组（张伟） | 4 | 0 | 0 |');
    expect(card).toContain(
      '科室、中心自行开展的未计入党组：「党组专题研究全面从严治党、党风廉政建设」1次（残疾人康复中心1次）；' +
        '「党性党风党纪和廉洁从政教育活动」1次（康复部1次）；「警示教育」1次（康复部1次），仍在台账中。',
    );
    // 书记主持召开专题会议 counts the secretary's own, as before.
    expect(card).toContain('书记主持召开专题会议（2026年） | 张伟 | 2 | 1 | 1 |');
  });
});
