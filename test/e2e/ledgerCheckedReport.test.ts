// Over HTTP (round 29 t29f A7, issue 10): a pasted report that names the 台账 a leader checked was answered 「您暂无权限查看
// 班子成员…的台账」 by the export intent, and nothing was recorded; it is a report, shown on the 确认 card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai. */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { lastText, rows, say } = chat;

describe('a report of a 台账 checked is a report, not an export request', () => {
  it('赵磊: 陈志强 checked the 责任书 台账 at a visit → a 确认 card, stored after 确认', async () => {
    await say('赵磊', '11月20日，党组成员、副理事长陈志强带队到维权部、教育就业部调研党风廉政建设责任制落实情况，实地检查了责任书签订及落实台账，听取了冯雪、郑华关于本部门廉政风险防控工作的汇报。');
    expect(lastText()).not.toContain('暂无权限');
    expect(lastText()).toContain('请确认');
    await say('赵磊', '确认');
    expect(rows()).toEqual([['pledge_check', '2026-11-20', 'chenzhiqiang', '']]);
  });

  it('「导出台账」 is still the export', async () => {
    await say('赵磊', '导出台账');
    expect(lastText()).not.toContain('请确认');
    expect(rows()).toEqual([]);
  });
});
