// Round 34a F10 (issue 10): on a waiting card of two talks (王建国 with 王芳 and with 胡军), 「去掉胡军」 was 「这条消息没有
// 记录」 — only 「去掉第2条」 or 「胡军那条不要」 were understood. A person named alone (去掉胡军 · 删掉和胡军的 · 把胡军去掉)
// now leaves that person's record as 去掉第N条 does; a name on several records, or on none, is asked, nothing taken off.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-03T22:00:00+08:00'));
const { lastText, rows, say } = chat;

const REPORT = '12月2日，王建国副理事长分别与王强、李娟同志进行了廉政谈话';

describe('a person named alone leaves that person\'s record of the waiting card', () => {
  it.each(['去掉李娟', '删掉和李娟的', '把李娟去掉', '李娟不要了', '李娟那条不要', '不要李娟了', '去掉李娟同志'])('「%s」 takes 李娟\'s talk off; 确认 stores the other', async (words) => {
    await say('孙丽', REPORT);
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('孙丽', words);
    expect(lastText()).toContain('已去掉第2条');
    expect(lastText()).not.toContain('这条消息没有记录');
    expect(rows()).toHaveLength(0);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'wangjianguo', 'wangqiang']]);
  });

  it('the doer of both records is asked which, nothing taken off', async () => {
    await say('孙丽', REPORT);
    await say('孙丽', '去掉王建国');
    expect(lastText()).toContain('卡片上第1、2条都是「王建国」');
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(2);
  });

  it('someone on no record of the card is said so, nothing taken off', async () => {
    await say('孙丽', REPORT);
    await say('孙丽', '去掉胡军');
    expect(lastText()).toContain('卡片上没有「胡军」的记录');
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(2);
  });

  it('near-miss: 去掉第1条 still works; 去掉日期 names no person and leaves the card as it was', async () => {
    await say('孙丽', REPORT);
    await say('孙丽', '去掉日期');
    expect(lastText()).toContain('请确认以下 2 条记录');
    expect(lastText()).not.toContain('已去掉');
    await say('孙丽', '去掉第1条');
    expect(lastText()).toContain('已去掉第1条');
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'wangjianguo', 'lijuan']]);
  });

  it('while a question waits on a report of two, 去掉李娟 leaves her talk and the question goes on', async () => {
    await say('孙丽', '上周王建国副理事长分别与王强、李娟同志进行了廉政谈话');
    expect(lastText()).toContain('哪一天');
    await say('孙丽', '去掉李娟');
    await say('孙丽', '11月25日');
    if (lastText().includes('请确认')) await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'wangjianguo', 'wangqiang']]);
  });
});
