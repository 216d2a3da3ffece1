// Round 34a F10 (issue 10): after a receipt of two records, 「撤销刚才那两条」 was 没看懂. Several records of the latest
// report are withdrawn together when the member says how many (matching the report) or all of them; a number that
// does not match withdraws nothing and shows the receipt with a 撤销 per record.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-03T22:00:00+08:00'));
const { lastText, rows, say } = chat;

const REPORT = '12月2日，王建国副理事长分别与王强、李娟同志进行了廉政谈话';

async function twoStored(): Promise<void> {
  await say('孙丽', REPORT);
  await say('孙丽', '确认');
  expect(rows()).toHaveLength(2);
}

describe('several records of the latest report withdrawn by words', () => {
  it.each(['撤销刚才那两条', '刚才那几条都撤回', '全部撤销', '这两条都撤回吧', '把刚才的两条记录删掉'])('「%s」 withdraws both, said as 撤销 says it', async (words) => {
    await twoStored();
    await say('孙丽', words);
    expect(lastText()).toContain('已撤销 2 项');
    expect(lastText()).toContain('王强');
    expect(lastText()).toContain('李娟');
    expect(lastText()).toContain('撤销记录保留在审计日志中');
    expect(rows()).toHaveLength(0);
  });

  it('a number the report does not have withdraws nothing and shows the records', async () => {
    await twoStored();
    await say('孙丽', '撤销刚才那三条');
    expect(lastText()).toContain('和您说的 3 条对不上，没有撤销任何一项');
    expect(rows()).toHaveLength(2);
  });

  it('an older report is not reached past the report just withdrawn', async () => {
    await say('孙丽', '12月1日和王强谈心谈话');
    await say('孙丽', REPORT);
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(3);
    await say('孙丽', '全部撤销');
    expect(rows()).toHaveLength(1);
    await say('孙丽', '全部撤销');
    expect(lastText()).toContain('已经撤销过了');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'sunli', 'wangqiang']]);
  });

  it('near-miss: 撤回刚才那条 after a receipt of two still asks which one; 撤销 after one record withdraws it', async () => {
    await twoStored();
    await say('孙丽', '撤回刚才那条');
    expect(lastText()).toContain('您最近一次上报记录了 2 项，还没有撤销任何一项');
    expect(rows()).toHaveLength(2);
    await say('孙丽', '12月1日和王强谈心谈话');
    expect(rows()).toHaveLength(3);
    await say('孙丽', '撤销');
    expect(lastText()).toContain('已撤销：谈心谈话');
    expect(rows()).toHaveLength(2);
  });

  it('near-miss: 全部撤销 while a card waits is not the stored records', async () => {
    await twoStored();
    await say('孙丽', '12月1日，王建国副理事长与王强同志进行了廉政谈话');
    await say('孙丽', '全部撤销');
    expect(lastText()).not.toContain('已撤销 2 项');
    expect(rows()).toHaveLength(2);
  });
});
