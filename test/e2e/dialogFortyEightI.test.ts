// Round 48, fixer fuc (issue 10), found by t51a:
// - F7: 「撤销和孙丽那条」 right after recording talks with 李明 and 孙丽 was 没看懂 (「第2条撤销」 worked). 撤销/撤回 before or
//   after a record named by its person, kind or day now withdraw that record of the latest report, as 第2条撤销 does;
//   words that fit several show the receipt with a 撤销 under each, nothing withdrawn.
// - F2: 「跟郑华 冯雪两位部长分别谈了话，一次是2号一次是3号 都是廉政谈话」 asked the type, then 和谁 for a third talk: now two
//   talks recorded at once, each person on their own day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { lastText, rows, say } = chat;

describe('a record of the latest report withdrawn by 撤销 and its name', () => {
  it('「撤销和孙丽那条」 withdraws the talk with 孙丽 only', async () => {
    await say('王建国', '上周和李明、孙丽分别进行了廉政谈话，分别是11月23日、11月25日');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-23', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-25', 'wangjianguo', 'sunli'],
    ]);
    await say('王建国', '撤销和孙丽那条');
    expect(lastText()).not.toContain('没看懂');
    expect(lastText()).toContain('已撤销：廉政谈话｜2026-11-25');
    expect(rows()).toEqual([['talk_integrity', '2026-11-23', 'wangjianguo', 'liming']]);
  });

  it('「11月23日那条撤回」 names the record by its day', async () => {
    await say('王建国', '上周和李明、孙丽分别进行了廉政谈话，分别是11月23日、11月25日');
    await say('王建国', '11月23日那条撤回');
    expect(lastText()).toContain('已撤销：廉政谈话｜2026-11-23');
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'wangjianguo', 'sunli']]);
  });

  it('「撤销廉政谈话那条」 fits both: the receipt is shown, nothing withdrawn', async () => {
    await say('王建国', '上周和李明、孙丽分别进行了廉政谈话，分别是11月23日、11月25日');
    await say('王建国', '撤销廉政谈话那条');
    expect(lastText()).not.toContain('没看懂');
    expect(rows()).toHaveLength(2);
  });
});

describe('two people and their instance days, paired in order', () => {
  it('「…分别谈了话，一次是2号一次是3号 都是廉政谈话」 records two talks at once, no question', async () => {
    await say('陈志强', '这个月跟郑华 冯雪两位部长分别谈了话，一次是2号一次是3号 都是廉政谈话');
    expect(lastText()).not.toContain('和谁谈的');
    expect(lastText()).not.toContain('哪一类');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-02', 'chenzhiqiang', 'zhenghua'],
      ['talk_integrity', '2026-11-03', 'chenzhiqiang', 'fengxue'],
    ]);
  });
});
