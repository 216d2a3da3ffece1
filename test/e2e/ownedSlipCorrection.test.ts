// Round 19, fault 2 (issue 10): 「不好意思，刚才那条记错了，应该是谈心谈话」 after a recorded talk was read as a new report
// (asked 和谁, then stored a second record dated today while the wrong one stood). A pointed, owned slip followed by a
// type, a day or a person changes the latest record on the 「请确认修改」 card, and makes no record of its own.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours (a notice never interleaves). */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { lastText, rows, say } = chat;

describe('a slip owned on the latest record, then what is right', () => {
  it.each([
    ['不好意思，刚才那条记错了，应该是谈心谈话', 'talk_heart', '2026-12-01', 'lijuan', /类型改为谈心谈话/],
    ['上一条弄错了，是谈心谈话', 'talk_heart', '2026-12-01', 'lijuan', /类型改为谈心谈话/],
    ['抱歉，刚才的写错了，应该是前天', 'talk_integrity', '2026-11-30', 'lijuan', /日期改为 2026-11-30/],
    ['对不起，刚才那条搞错了，应该是和王强谈的', 'talk_integrity', '2026-12-01', 'wangqiang', /王强/],
  ])('「%s」 → a 确认 card; the one record changed only after 确认', async (said, type, day, who, what) => {
    await say('孙丽', '昨天和李娟进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'lijuan']]);
    await say('孙丽', said);
    expect(lastText()).toMatch(/请确认修改/);
    expect(lastText()).toMatch(what);
    expect(lastText()).not.toMatch(/和谁谈的|已记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'lijuan']]);
    await say('孙丽', '确认');
    expect(rows()).toEqual([[type, day, 'sunli', who]]);
  });

  it('「刚才那条不对，是谈心谈话」 (吴静) changes the type of the talk two days ago, no new record', async () => {
    await say('吴静', '前天和刘洋进行了廉政谈话');
    await say('吴静', '刚才那条不对，是谈心谈话');
    expect(lastText()).toMatch(/原来：廉政谈话｜2026-11-30[\s\S]*改为：谈心谈话｜2026-11-30/);
    await say('吴静', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-30', 'wujing', 'liuyang']]);
  });

  it('a slip whose right value is not read: said so, nothing changed, no new record', async () => {
    await say('孙丽', '昨天和李娟进行了廉政谈话');
    await say('孙丽', '不好意思，刚才那条记错了，应该是上周和王强谈的');
    expect(lastText()).toMatch(/没能读出要改成什么[\s\S]*记录没有改动，也没有新增记录/);
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'sunli', 'lijuan']]);
  });
});
