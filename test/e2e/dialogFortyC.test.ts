// Over HTTP: round 40's fmc (t39b F12, issue 10), turn by turn through the real bot.
//  - 「第2条日期是12月2日」「第2条日期错了，应该是12月2日」「修改第2条日期为12月2日」 right after a report stored at once with its
//    receipt numbered 1., 2. gives the 「请确认修改」 card for record 2 (was: 没看懂, or 「…没有读出需要记录的…活动」), as
//    撤销第2条 already addressed the receipt's numbering; nothing changes before 确认;
//  - 「我和郑华」 to 「陈志强是和谁谈的？」 keeps 我, the sender, one talk each (t39a F20: only 郑华 was kept).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-04T12:00:00+08:00'));
const { lastText, rows, say } = chat;

const TWO = '11月30日和12月1日分别与王强、李娟进行了廉政谈话';
const STORED = [
  ['talk_integrity', '2026-11-30', 'sunli', 'wangqiang'],
  ['talk_integrity', '2026-12-01', 'sunli', 'lijuan'],
];

async function stored(): Promise<void> {
  await say('孙丽', TWO);
  expect(rows()).toEqual(STORED);
}

describe('a correction addressed by the receipt\'s number, nothing waiting', () => {
  it.each(['第2条日期是12月2日', '第2条日期错了，应该是12月2日', '修改第2条日期为12月2日', '把第二条的日期改成12月2日'])('「%s」 → record 2 moved on a 确认 card', async (said) => {
    await stored();
    await say('孙丽', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(/原来：廉政谈话｜2026-12-01[\s\S]*改为：廉政谈话｜2026-12-02/);
    expect(rows()).toEqual(STORED);
    await say('孙丽', '确认');
    expect(lastText()).toMatch(/已修改：日期改为 2026-12-02/);
    expect(rows()).toEqual([STORED[0], ['talk_integrity', '2026-12-02', 'sunli', 'lijuan']]);
  });

  it('第1条 addresses the first record, by its person too', async () => {
    await stored();
    await say('孙丽', '第1条不是王强，是李明');
    expect(lastText()).toMatch(/请确认修改/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'sunli', 'liming'], STORED[1]]);
  });

  it('a number beyond the receipt is said, nothing changed', async () => {
    await stored();
    await say('孙丽', '第3条日期是12月2日');
    expect(lastText()).toContain('没有第3条');
    expect(rows()).toEqual(STORED);
  });

  it('near-miss: 撤销第2条 still withdraws record 2', async () => {
    await stored();
    await say('孙丽', '撤销第2条');
    expect(lastText()).toContain('已撤销第2条');
    expect(rows()).toEqual([STORED[0]]);
  });

  it('near-miss: 刚才那条日期错了 after a two-record report still asks which', async () => {
    await stored();
    await say('孙丽', '刚才那条日期错了，应该是12月2日');
    expect(lastText()).toContain('要把哪一项日期改为');
    expect(rows()).toEqual(STORED);
  });
});

describe('我 among the people answered to 「X是和谁谈的？」', () => {
  const ASKED = '前天下午陈志强副理事长与部门负责人进行了廉政谈话';

  it.each(['我和郑华', '郑华和我', '我、郑华', '和我还有郑华'])('「%s」 → 陈志强 talked with 冯雪 and 郑华', async (said) => {
    await say('冯雪', ASKED);
    expect(lastText()).toContain('陈志强是和谁谈的');
    await say('冯雪', said);
    expect(lastText()).toMatch(/请确认/);
    await say('冯雪', '确认');
    // Talks count pairs: one record each (the fixer's first try stored one record with both).
    expect(rows().map((r) => r.join(' ')).sort()).toEqual(['talk_integrity 2026-12-02 chenzhiqiang fengxue', 'talk_integrity 2026-12-02 chenzhiqiang zhenghua']);
  });

  it('near-miss: 「和我」 alone is still the sender only', async () => {
    await say('冯雪', ASKED);
    await say('冯雪', '和我');
    await say('冯雪', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'chenzhiqiang', 'fengxue']]);
  });

  it('near-miss: 「郑华」 alone is 郑华 only', async () => {
    await say('冯雪', ASKED);
    await say('冯雪', '郑华');
    await say('冯雪', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'chenzhiqiang', 'zhenghua']]);
  });
});
