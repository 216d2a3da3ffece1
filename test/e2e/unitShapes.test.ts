// Over HTTP (k16, issue 10): a whole unit's signing, a check of 各部室 and a 分管科室会议 naming a department not the
// doer's are shown on the 确认 card as the directory expands them, and stored only after 确认.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-01T08:00:00+08:00'));
const { activities, lastText, rows, say } = chat;

describe('shapes the directory expands, on the card', () => {
  it('徐辉 「9月10日中心全体职工签订廉洁从业承诺书」: 何平 with 徐辉 and 孙杰, after 确认 (was: 和谁签订的？)', async () => {
    await say('徐辉', '9月10日中心全体职工签订廉洁从业承诺书');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/和谁签订/);
    expect(lastText()).toMatch(/何平/);
    expect(activities()).toEqual([]);
    await say('徐辉', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-09-10', 'heping', 'xuhui'],
      ['pledge_sign', '2026-09-10', 'heping', 'sunjie'],
    ]);
  });

  it('张伟 「3月5日全局干部职工层层签订责任书」 asks whom, and stores nothing', async () => {
    await say('张伟', '3月5日全局干部职工层层签订责任书');
    expect(lastText()).toMatch(/和谁签订/);
    expect(activities()).toEqual([]);
  });

  // 各部室 covers 康复中心 too, as 各部室负责人 covers its head (one reading since f18).
  it('林晓 「11月20日对各部室进行了作风纪律检查」: the departments named on the card, stored after 确认', async () => {
    await say('林晓', '11月20日对各部室进行了作风纪律检查');
    expect(lastText()).toMatch(/请确认[\s\S]*办公室、财务科、组联部、康复部、教育就业部、宣文部、维权部、残疾人康复中心/);
    await say('林晓', '确认');
    expect(activities()).toMatchObject([{ type: 'inspect_style', date: '2026-11-20', departmentIds: ['office', 'finance', 'liaison', 'rehab', 'employment', 'publicity', 'rights', 'center'] }]);
  });

  it('刘芳 with 维权部 (陈志强\'s) at her 分管科室会议: 维权部 named once, as not hers', async () => {
    await say('刘芳', '11月18日召开分管科室党风廉政建设工作会议，组联部、康复部、维权部负责人参加');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText().split('维权部').length - 1).toBe(1);
    expect(lastText()).toContain('「维权部」不是您分管的科室');
  });
});
