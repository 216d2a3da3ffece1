// Round 28 F2 (h28) in the dialog: the bot asked, but its card showed the lead's day for a deed told in a later sentence
// with a day of its own, so 确认 would have stored it. Now the card shows each deed on its own day, the lecture's
// audience is no one asked about, and 确认 stores exactly that; a lead with no day of its own is asked, never dated by
// the sentence after it. Messages are read on Monday 2026-11-30.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const MONDAY = new Date('2026-11-30T10:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

describe('each day of a pasted item binds to its own deed', () => {
  it('杨帆: 赵敏的党课 on 11-03, her 谈心 with 王磊 on 11-17; no 「宣文部党员是哪一位？」; 确认 stores both so', async () => {
    await say('杨帆', '赵敏同志11月3日为宣文部党员讲授廉政党课。11月17日，与王磊开展谈心谈话。');
    expect(lastText()).not.toMatch(/宣文部党员/);
    expect(lastText()).toMatch(/11月17日|11-17/);
    expect(activities()).toHaveLength(0);
    await say('杨帆', '确认');
    expect(rows().sort()).toEqual([
      ['edu_lecture', '2026-11-03', 'zhaomin', ''],
      ['talk_heart', '2026-11-17', 'zhaomin', 'wanglei'],
    ]);
  });

  it('王芳: 先后两次 and two days → two 专题会议 of 张伟, on 11-04 and 11-25, after one 确认', async () => {
    await say('王芳', '11月份，张伟书记先后两次主持召开专题会议。11月4日研究部署党风廉政建设工作，11月25日听取纪检工作汇报。');
    expect(lastText()).not.toMatch(/是谁主持|谁主持/);
    await say('王芳', '确认');
    expect(rows().sort()).toEqual([
      ['meeting_special', '2026-11-04', 'zhangwei', ''],
      ['meeting_special', '2026-11-25', 'zhangwei', ''],
    ]);
  });

  it('胡军: 次日 is the day after the lead: the talk stored on 11-07', async () => {
    await say('胡军', '11月6日上午，王建国副理事长给新入职人员讲廉政党课。次日，与孙丽开展谈心谈话。');
    await say('胡军', '确认');
    expect(rows().sort()).toEqual([
      ['edu_lecture', '2026-11-06', 'wangjianguo', ''],
      ['talk_heart', '2026-11-07', 'wangjianguo', 'sunli'],
    ]);
  });

  it('孙丽: a lead with no day is asked its day; the answer dates it, the signing keeps 11-20', async () => {
    await say('孙丽', '王建国副理事长到财务科检查专项资金使用情况。11月20日，与孙丽签订党风廉政建设责任书。');
    expect(lastText()).toMatch(/哪一天/);
    expect(activities()).toHaveLength(0);
    await say('孙丽', '11月2日');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows().sort()).toEqual([
      ['inspect_funds', '2026-11-02', 'wangjianguo', ''],
      ['pledge_sign', '2026-11-20', 'wangjianguo', 'sunli'],
    ]);
  });

  it('杨帆: 月底 opening the sentence is asked, never stored on the lead\'s 11-03', async () => {
    await say('杨帆', '11月3日，赵敏书记为宣文部全体党员讲授廉政党课。月底，与王磊开展了谈心谈话。');
    expect(lastText()).toMatch(/哪一天/);
    await say('杨帆', '11月27日');
    if (activities().length === 0) await say('杨帆', '确认');
    expect(rows().sort()).toEqual([
      ['edu_lecture', '2026-11-03', 'zhaomin', ''],
      ['talk_heart', '2026-11-27', 'zhaomin', 'wanglei'],
    ]);
  });
});
