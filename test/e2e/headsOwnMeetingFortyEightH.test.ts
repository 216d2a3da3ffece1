// Over HTTP (round 48, fub; t51a F5): 孙丽 (财务科科长) reported her own unit's 专题会议 and was asked which leader chaired it;
// 「我自己主持的」 was refused (「您本人不是单位领导…未采用」) and the meeting lost. A department's head holds her own unit's
// 专题会议 (as 「财务科召开专题会议」 is read at once): her answer is taken and the meeting recorded at her department. A deputy
// (王强, 财务科副科长) heads no unit: his 「我主持的」 is still refused, and the question stays.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const chat = useChatBot(new Date('2026-11-30T08:00:00+08:00'));
const { activities, lastText, rows, say } = chat;
// One bot started and closed first, so the module load under a busy machine does not time out the first test's hook.

describe('a head answering 我自己主持的 to who chaired her unit\'s 专题会议 is taken', () => {
  it.each([
    // [sender, report, answer, the row stored, its department]
    ['孙丽', '上周三召开专题会议，传达学习市纪委关于违规吃喝问题的通报，4人参加', '我自己主持的', ['meeting_special', '2026-11-25', 'sunli', ''], 'finance'],
  ])('%s: 「%s」 → 「%s」 stores %j at %s', async (from, text, answer, row, dept) => {
    await say(from, text);
    expect(lastText()).toMatch(/是哪位领导主持或主讲的/);
    await say(from, answer);
    expect(lastText()).not.toContain('不是单位领导');
    if (activities().length === 0) await say(from, '确认');
    expect(rows()).toEqual([row]);
    expect(activities()[0]!.departmentId).toBe(dept);
  });

  // Round 67 (ggb; t69b): a head's own bare 召开了专题会议 is his unit's at once, no chair asked (was: asked, then 我主持的 taken).
  it('周涛: 「11月24日召开了专题会议，研究廉政风险点排查工作」 is his at 组联部 at once, no chair asked', async () => {
    await say('周涛', '11月24日召开了专题会议，研究廉政风险点排查工作');
    expect(lastText()).not.toMatch(/是哪位领导主持或主讲的/);
    if (activities().length === 0) await say('周涛', '确认');
    expect(rows()).toEqual([['meeting_special', '2026-11-24', 'zhoutao', '']]);
    expect(activities()[0]!.departmentId).toBe('liaison');
  });

  it('孙丽: 「本周三组织科室召开专题会议…」 is asked no chair: hers at 财务科 (t51a F5 as written, days of the corpus)', async () => {
    await say('孙丽', '上周三组织科室召开专题会议，传达学习市纪委关于违规吃喝问题的通报，全科4人参加');
    expect(lastText()).not.toMatch(/是哪位领导主持或主讲的/);
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([['meeting_special', '2026-11-25', 'sunli', '']]);
    expect(activities()[0]!.departmentId).toBe('finance');
  });

  it('王强 (a deputy, heading no unit): 「我主持的」 is still refused, nothing stored', async () => {
    await say('王强', '上周三召开专题会议 传达学习通报');
    expect(lastText()).toMatch(/是哪位领导主持或主讲的/);
    await say('王强', '我主持的');
    expect(lastText()).toContain('不是单位领导');
    expect(activities()).toHaveLength(0);
  });
});
