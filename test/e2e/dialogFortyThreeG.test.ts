// Round 43 (fpg, issue 10) in the dialog: a 纪检 officer's own check table pasted from Excel (序号 时间 被检查单位 检查方式
// 发现问题, days written 12.1) was answered 没看懂 (t44b F5). Now each row is one check at the row's 被检查单位 on its day: the
// title's kind (作风纪律检查台账) on a card at once; with no title and no row naming a kind, the kind asked once, the one
// answer typing every row; a 带队 column's person the doer.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: 12.1–12.3 are days of this week, before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { activities, lastText, say } = chat;

const checks = () => activities().map((a) => [a.type, a.date, a.actorId, a.departmentId ?? '']);
const ROWS = '1\t12.1\t办公室\t现场查看\t无\n2\t12.2\t组联部\t现场查看\t1处\n3\t12.3\t维权部\t现场查看\t无';
const HEADER = '序号\t时间\t被检查单位\t检查方式\t发现问题';

describe('a pasted check table', () => {
  it('with no title: the kind asked once, 作风纪律检查 answered types all three rows', async () => {
    await say('黄志刚', `${HEADER}\n${ROWS}`);
    expect(lastText()).not.toContain('没看懂');
    expect(lastText()).toContain('作风纪律检查');
    await say('黄志刚', '作风纪律检查');
    expect(lastText()).toContain('请确认');
    expect(lastText()).not.toContain('是哪类活动');
    await say('黄志刚', '确认');
    expect(checks()).toEqual([
      ['inspect_style', '2026-12-01', 'huangzhigang', 'office'],
      ['inspect_style', '2026-12-02', 'huangzhigang', 'liaison'],
      ['inspect_style', '2026-12-03', 'huangzhigang', 'rights'],
    ]);
  });

  it('under 机关纪委12月作风纪律检查台账: a card of three 作风纪律检查, stored after 确认', async () => {
    await say('黄志刚', `机关纪委12月作风纪律检查台账\n${HEADER}\n${ROWS}`);
    expect(lastText()).toContain('请确认');
    await say('黄志刚', '确认');
    expect(checks()).toEqual([
      ['inspect_style', '2026-12-01', 'huangzhigang', 'office'],
      ['inspect_style', '2026-12-02', 'huangzhigang', 'liaison'],
      ['inspect_style', '2026-12-03', 'huangzhigang', 'rights'],
    ]);
  });

  it('a Markdown table with a 带队领导 column from 林晓: 赵敏 the doer of each row', async () => {
    await say('林晓', '专项资金检查台账\n| 日期 | 检查对象 | 检查方式 | 带队领导 |\n|---|---|---|---|\n| 12月1日 | 财务科 | 现场查看 | 赵敏 |\n| 12月2日 | 康复部 | 现场查看 | 赵敏 |');
    expect(lastText()).toContain('请确认');
    await say('林晓', '确认');
    expect(checks()).toEqual([
      ['inspect_funds', '2026-12-01', 'zhaomin', 'finance'],
      ['inspect_funds', '2026-12-02', 'zhaomin', 'rehab'],
    ]);
  });
});
