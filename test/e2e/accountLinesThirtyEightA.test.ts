// Round 38 (fka; t37c F1, F4, F13; issue 10): an account's dated lines sent with their breaks lost (glued, or the n of a \n
// whose backslash was lost) are each their own deed on the 确认 card, and an account's title of a period not over with its
// first item after the colon makes no item a plan, through the real app.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 11:44 in Shanghai, when the tester sent them. */
const FRIDAY = new Date('2026-12-04T11:44:00+08:00');

const chat = useChatBot(FRIDAY);

describe("an account's lines and title: each line its own day and deed, the title no plan", () => {
  it.each([
    [
      '陈静',
      '教就部补录：10月22日郑部长和我进行了廉证谈话10月29日组织本部门观看警示教育片《蜕变》，应到7人，实到6人',
      [
        ['talk_integrity', '2026-10-22', 'zhenghua', 'chenjing'],
        ['edu_warning', '2026-10-29', 'zhenghua', ''],
      ],
    ],
    [
      '孙丽',
      '财务科12月上旬党风廉政建设台帐：12月1日组织全科同志开展以案说纪学习，参加4人；12月2日和李娟谈心谈话；12月3日对科室报销票据进行自查。',
      [
        ['edu_warning', '2026-12-01', 'sunli', ''],
        ['talk_heart', '2026-12-02', 'sunli', 'lijuan'],
        ['report_self', '2026-12-03', 'sunli', ''],
      ],
    ],
    [
      '杨帆',
      '宣文部11月工作台帐n11月5日 组织全体人员学习《中国共产党纪律处分条例》n11月12日 王磊部长与我进行谈心谈话n11月19日 报送廉政信息2篇n11月26日 组织观看警示教育片《围猎》，参加6人',
      [
        ['edu_integrity', '2026-11-05', 'wanglei', ''],
        ['talk_heart', '2026-11-12', 'wanglei', 'yangfan'],
        ['report_info', '2026-11-19', 'wanglei', ''],
        ['report_info', '2026-11-19', 'wanglei', ''],
        ['edu_warning', '2026-11-26', 'wanglei', ''],
      ],
    ],
  ])('%s 「%s」: a card of every line, nothing named unmatched or a plan, all stored after 确认', async (from, text, stored) => {
    await chat.say(from, text);
    expect(chat.activities()).toEqual([]);
    const card = chat.lastText();
    expect(card).not.toMatch(/没有对应到任何记录|计划安排/);
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual(stored);
  });
});
