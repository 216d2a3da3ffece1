// Round 15 (issue 10): an outsider's title is never the directory's holder, and a complete report sent while a
// question waits is a report of its own, not the answer.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const { activities, lastText, say } = useChatBot(MONDAY);

describe('round 15: an outsider talked to', () => {
  it('a report with its own day and type while 「和谁谈的？」 waits is asked about on its own, and nobody is stored as 张伟', async () => {
    await say('何平', '11月16日进行了谈心谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    await say('何平', '11月17日与街道残联理事长刘建华谈心谈话');
    expect(lastText()).toMatch(/刘建华/);
    expect(lastText()).not.toMatch(/张伟/);
    expect(lastText()).toMatch(/我理解的是：谈心谈话｜2026-11-17/);
    expect(activities()).toEqual([]);
  });

  it('so is one naming a colleague and an outsider: its day is kept, the waiting talk is not completed with it', async () => {
    await say('何平', '11月16日进行了谈心谈话');
    expect(lastText()).toMatch(/和谁谈的/);
    await say('何平', '11月18日与孙杰、社区主任刘建华进行了谈心谈话');
    expect(lastText()).toMatch(/刘建华/);
    expect(lastText()).toMatch(/2026-11-18/);
    expect(lastText()).not.toMatch(/谈心谈话｜2026-11-16｜对象：孙杰/);
    expect(activities()).toEqual([]);
  });
});

describe('round 15: a forwarded notice', () => {
  it('records nothing and asks no day: its 要于…前完成 is a requirement of others', async () => {
    await say('王磊', '转发：关于做好2026年度党风廉政建设责任制考核工作的通知\n各部室、直属单位要于12月10日前完成年度自查总结，并将述责述廉报告报送机关纪委。');
    expect(lastText()).not.toMatch(/是哪一天|自查总结｜/);
    expect(activities()).toEqual([]);
  });
});
