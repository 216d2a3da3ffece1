// Over HTTP (c19, issue 10, round 19 fault 5): a pasted 台账 with 日期 / 事项 / 负责人 / 参加人员 columns is a card of one
// record per row, each the 负责人's, the 参加人员 the one talked to or the head count (was: 活动人：您本人 on every row,
// the talk paired with the doer, the month-span title 「第1行没有读出可记录的活动」).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { lastText, rows, say } = chat;

describe('a 负责人/参加人员 table', () => {
  it('is the 负责人\'s, one record per row, recorded as shown after 确认', async () => {
    await say('王强', '财务科9-11月廉政工作台账\n日期\t事项\t负责人\t参加人员\n9月24日\t观看警示教育片《蜕变》\t孙丽\t全科7人\n11月16日\t谈心谈话\t孙丽\t李娟');
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    expect(lastText()).not.toMatch(/您本人|没有读出/);
    expect(rows()).toEqual([]);
    await say('王强', '确认');
    expect(rows()).toEqual([
      ['edu_warning', '2026-09-24', 'sunli', ''],
      ['talk_heart', '2026-11-16', 'sunli', 'lijuan'],
    ]);
  });

  it('「（对象：X）」 in a 内容 cell is the one talked to, not the 负责人', async () => {
    await say('张颖', '组联部廉政活动登记表\n时间\t内容\t负责人\n11月10日\t廉政谈话（对象：张颖）\t周涛\n11月24日\t观看警示教育片《初心》\t周涛');
    expect(lastText()).toMatch(/请确认以下 2 条记录/);
    await say('张颖', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-10', 'zhoutao', 'zhangying'],
      ['edu_warning', '2026-11-24', 'zhoutao', ''],
    ]);
  });
});
