// Over HTTP, round 44 fixer E (the coordinator's own probes on the landed build, Sat 2026-12-05; issue 10):
//  1. 刘芳「本周一到康复部调研…座谈」 · 陈志强「…到教就部调研…」 — no record (a leader's visit is no 调研报告): the member is told
//     it was a 调研, not recorded, and which kinds 清风 keeps — never 没看懂.
//  2. 黄志刚「…发送廉政短信56条」 · 「…在工作群发布了节前廉政提醒」 · 「…印发了…提醒函」 (this one was a 廉政教育 on a card) —
//     no record, said plainly (清风 pushes the holiday reminder itself).
//  3. 吴静「部门学习 12.2 条例 8人」 — was no report: a card of 廉政教育 12-02 《条例》 8人 at 康复部, stored after 确认.
//  4. 黄志刚「12月3日对财务科、办公室开展作风纪律检查」 — one check, both departments on the card and kept on the record.
//  5. 何平「周一中心党支部开展主题党日活动，观看了警示教育片《围猎》」 — was asked whose: 何平's own, at the 中心.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the coordinator's day), before the reminders' hours. 本周一 = 11-30. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
// A first start, before the timed ones: a cold start under load took longer than a test's hook allows.
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.title ?? '', a.attendees ?? '', a.departmentId ?? '', (a.departmentIds ?? []).join(',')]);

describe('1: a leader’s visit is said for what it is, with the kinds 清风 keeps', () => {
  it.each([
    ['刘芳', '本周一到康复部调研党风廉政建设工作，与吴静部长及部门同志座谈', '11月30日的调研'],
    ['陈志强', '12月2日到教就部调研，了解部门党风廉政建设责任制落实情况', '12月2日的调研'],
    ['王建国', '12月1日到财务科走访，了解科室廉政风险防控情况', '12月1日的走访'],
    ['赵敏', '本周二在宣文部蹲点，座谈了解部门作风建设情况', '12月1日的座谈'],
  ])('%s「%s」 → 「%s，不属于…未记录」 and the kinds kept', async (who, text, said) => {
    await say(who, text);
    expect(lastText()).not.toContain('没看懂');
    expect(lastText()).toContain(`这条消息讲的是${said}，不属于需要记录的党风廉政建设活动，未记录`);
    expect(lastText()).toContain('清风记录的是：廉政谈话、谈心谈话、廉政教育');
    expect(activities()).toEqual([]);
  });
});

describe('2: a reminder passed on by message is no record, said plainly', () => {
  it.each([
    '本周开展了节前廉政提醒，向全体干部发送廉政短信56条',
    '元旦将至，12月4日在工作群发布了节前廉政提醒',
    '12月2日向各部室印发了元旦节前廉政提醒函',
  ])('黄志刚「%s」 → not recorded, the bot’s own push named', async (text) => {
    await say('黄志刚', text);
    expect(lastText()).not.toContain('没看懂');
    expect(lastText()).not.toContain('请确认');
    expect(lastText()).toContain('转发或群发廉政提醒不属于需要登记的活动');
    expect(activities()).toEqual([]);
  });
});

describe('3: a 台账-like line reads like its prose', () => {
  it('吴静「部门学习 12.2 条例 8人」 → a card; 确认 stores 廉政教育 12-02 《条例》 8人 at 康复部', async () => {
    await say('吴静', '部门学习 12.2 条例 8人');
    expect(lastText()).not.toContain('没看懂');
    expect(lastText()).toContain('请确认');
    expect(lastText()).toContain('书名号');
    expect(activities()).toEqual([]);
    await say('吴静', '确认');
    expect(stored()).toEqual([['edu_integrity', '2026-12-02', 'wujing', '条例', 8, 'rehab', '']]);
  });
});

describe('4: a check of two departments keeps both', () => {
  it('黄志刚「12月3日对财务科、办公室开展作风纪律检查」 → one check at 财务科 and 办公室', async () => {
    await say('黄志刚', '12月3日对财务科、办公室开展作风纪律检查');
    if (activities().length === 0) {
      expect(lastText()).toContain('财务科、办公室');
      await say('黄志刚', '确认');
    }
    expect(stored()).toEqual([['inspect_style', '2026-12-03', 'huangzhigang', '', '', 'finance', 'finance,office']]);
  });
});

describe('5: the head’s own 党支部 is the head’s', () => {
  it('何平「周一中心党支部开展主题党日活动，观看了警示教育片《围猎》」 → no 是谁 question; his 警示教育 at the 中心', async () => {
    await say('何平', '周一中心党支部开展主题党日活动，观看了警示教育片《围猎》');
    expect(lastText()).not.toMatch(/是谁|哪位/);
    if (activities().length === 0) await say('何平', '确认');
    expect(stored()).toEqual([['edu_warning', '2026-11-30', 'heping', '围猎', '', 'center', '']]);
  });
});
