// Round 19 (issue 10), group faults through the real app: a count in 分管的两个部门负责人 left a 责任书 stored at once with
// nobody; now each supervised head is on a card and stored only after 确认; a 责任书 signed with someone unread is asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('a group with a count word: one 责任书 per supervised head, on the card', () => {
  it.each([
    ['赵敏', '昨天下午和分管的两个部门负责人都签了廉政责任书', [['pledge_sign', '2026-12-01', 'zhaomin', 'wanglei'], ['pledge_sign', '2026-12-01', 'zhaomin', 'heping']]],
    ['刘芳', '昨天和分管的两位部长签了责任书', [['pledge_sign', '2026-12-01', 'liufang', 'zhoutao'], ['pledge_sign', '2026-12-01', 'liufang', 'wujing']]],
  ])('%s 「%s」: nothing stored before 确认, both heads stored after', async (from, text, stored) => {
    await say(from, text);
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/确认/);
    await say(from, '确认');
    expect(rows()).toEqual(stored);
  });

  it('a 责任书 signed 和单位 is asked whom, nothing stored with nobody', async () => {
    await say('孙丽', '昨天和单位签了廉洁承诺书');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/和谁/);
  });
});

describe('我 listed among those a leader talked to: the sender is one of them, on the card', () => {
  it('冯雪 「陈副理事长昨天找我们几个谈心谈话，我、赵磊都谈了」: both talks stored after 确认, none before', async () => {
    await say('冯雪', '陈副理事长昨天找我们几个谈心谈话，我、赵磊都谈了');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/没看懂/);
    await say('冯雪', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'chenzhiqiang', 'fengxue'], ['talk_heart', '2026-12-01', 'chenzhiqiang', 'zhaolei']]);
  });
});
