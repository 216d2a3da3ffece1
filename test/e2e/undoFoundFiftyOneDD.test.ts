// Round 51 (issue 10), fzdd: t54a F3/F9, t54b B-F3. An older record found by words (撤销12月1日和王强的谈心谈话) was shown
// under 【已记录 1 项】 although nothing was recorded, and a typed 撤销 then acted on the latest report, not on the record
// found. A second 撤销 of a withdrawn record said 「您还没有可以撤销的记录」. Now the search card is headed 【找到 N 条记录】,
// a typed 撤销 / 确认撤销 withdraws the one record it showed (several: 撤销第2条), and a record withdrawn already is said so,
// with its day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-03T22:00:00+08:00'));
const { lastText, rows, say } = chat;

const REPORT = '12月2日，王建国副理事长分别与王强、李娟同志进行了廉政谈话';

/** An older talk with 王强, then a later report of two records (the latest report). */
async function olderAndLatest(): Promise<void> {
  await say('孙丽', '12月1日和王强谈心谈话');
  await say('孙丽', REPORT);
  await say('孙丽', '确认');
  expect(rows()).toHaveLength(3);
}

describe('撤销 typed after a search card acts on what the card found', () => {
  it.each(['撤销', '确认撤销', '撤销掉', '撤回'])('「%s」 after 【找到 1 条记录】 withdraws that older record, not the latest report', async (word) => {
    await olderAndLatest();
    await say('孙丽', '撤销12月1日和王强的谈心谈话');
    expect(lastText()).toContain('找到 1 条记录');
    expect(lastText()).not.toContain('已记录');
    expect(rows()).toHaveLength(3);
    await say('孙丽', word);
    expect(lastText()).toContain('已撤销：谈心谈话');
    expect(rows()).toHaveLength(2);
    expect(rows().every((r) => r[0] === 'talk_integrity')).toBe(true);
  });

  it('a second 撤销 says the found record was withdrawn already, with its day, and touches nothing else', async () => {
    await olderAndLatest();
    await say('孙丽', '撤销12月1日和王强的谈心谈话');
    await say('孙丽', '撤销');
    await say('孙丽', '撤销');
    expect(lastText()).toContain('已于12月3日撤销过了');
    expect(rows()).toHaveLength(2);
  });

  it('several found: 撤销 asks which by number; 撤销第2条 withdraws the card\'s 第2条', async () => {
    await say('孙丽', '11月30日和王强谈心谈话');
    await say('孙丽', '12月1日和王强谈心谈话');
    await say('孙丽', REPORT);
    await say('孙丽', '确认');
    expect(rows()).toHaveLength(4);
    await say('孙丽', '撤销和王强的谈心谈话');
    expect(lastText()).toContain('找到 2 条记录');
    await say('孙丽', '撤销');
    expect(lastText()).toContain('撤销第2条');
    expect(rows()).toHaveLength(4);
    await say('孙丽', '撤销第2条');
    expect(lastText()).toContain('已撤销第2条');
    expect(rows().filter((r) => r[0] === 'talk_heart')).toEqual([['talk_heart', '2026-11-30', 'sunli', 'wangqiang']]);
    expect(rows()).toHaveLength(3);
  });

  it('near-miss: a new report after the search makes 撤销 the new report again', async () => {
    await say('孙丽', '12月1日和王强谈心谈话');
    await say('孙丽', '撤销12月1日和王强的谈心谈话');
    expect(lastText()).toContain('找到 1 条记录');
    await say('孙丽', '今天和李娟谈心谈话');
    expect(rows()).toHaveLength(2);
    await say('孙丽', '撤销');
    expect(lastText()).toContain('已撤销：谈心谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'sunli', 'wangqiang']]);
  });

  it('near-miss: 撤销 with no search still withdraws the latest record; 确认撤销 alone with nothing found does too', async () => {
    await say('孙丽', '12月1日和王强谈心谈话');
    await say('孙丽', '今天和李娟谈心谈话');
    await say('孙丽', '确认撤销');
    expect(lastText()).toContain('已撤销：谈心谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'sunli', 'wangqiang']]);
  });
});

describe('a second 撤销 of the only record (t54a F9)', () => {
  it('says it was withdrawn already, on which day, rather than 「还没有可以撤销的记录」', async () => {
    await say('孙丽', '12月1日和王强谈心谈话');
    await say('孙丽', '撤销');
    expect(rows()).toHaveLength(0);
    await say('孙丽', '撤销');
    expect(lastText()).toContain('已于12月3日撤销过了');
    expect(lastText()).not.toContain('还没有可以撤销');
    await say('孙丽', '撤销第1条');
    expect(lastText()).toContain('已于12月3日撤销过了');
  });

  it('near-miss: a member who never reported is still told there is nothing to withdraw', async () => {
    await say('孙丽', '撤销');
    expect(lastText()).toContain('您还没有可以撤销的记录');
  });
});
