// Round 49, fixer M (fwc), task 3 (fva's and fve's left-alone): 刘芳「上周五和组联部 周涛部长开了个会」 was no report and the
// bot said nothing was recorded nowhere — the deed dropped. A leader's loose sitting with a department she supervises is now
// her 分管科室会议 on a card that says the type was inferred, recorded on 确认; a member's own 开了个会 stays no report, and
// the reply says nothing was recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

describe('a leader\'s loose sitting with a department she supervises', () => {
  it('「上周五和组联部 周涛部长开了个会」 is a 分管科室会议 on a card, recorded on 确认', async () => {
    await say('刘芳', '上周五和组联部 周涛部长开了个会');
    expect(lastText()).toContain('分管科室会议');
    expect(lastText()).toContain('开了个会');
    expect(rows()).toEqual([]);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['meeting_dept', '2026-11-27', 'liufang', '']]);
  });

  it('「昨天和郑华 冯雪两位部长碰了个头」 is one 分管科室会议 of both departments, never silence', async () => {
    await say('陈志强', '昨天和郑华 冯雪两位部长碰了个头');
    expect(lastText()).toContain('分管科室会议');
    expect(rows()).toEqual([]);
  });

  it('a member\'s 「昨天开了个会」 records nothing and says so', async () => {
    await say('林晓', '昨天开了个会');
    expect(lastText()).toMatch(/没有记录|没看懂|未记录/);
    expect(rows()).toEqual([]);
  });
});
