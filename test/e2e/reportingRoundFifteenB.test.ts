// Round 15 (issue 10), faults B: a department's deed whose day is asked stays its head's through the answer and ends on
// the 确认 card, never stored as the sender's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-01, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const TUESDAY = new Date('2026-12-01T08:00:00+08:00');

const chat = useChatBot(TUESDAY);
const { activities, lastText, say } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.actorId]);

describe('中心/部里 with a part of a month: the head is the doer, through the day question', () => {
  it.each([
    ['徐辉', '11月上旬中心开展了作风纪律自查', '11月6日', '何平', ['report_self', '2026-11-06', 'heping']],
    ['杨帆', '11月中旬部里组织观看了警示教育片《围猎》', '11月16日', '王磊', ['edu_warning', '2026-11-16', 'wanglei']],
    ['刘洋', '11月下旬部里组织学习了《廉洁自律准则》', '前天', '吴静', ['edu_integrity', '2026-11-29', 'wujing']],
  ])('%s 「%s」, answered 「%s」: asked whose-day, then 确认 with 活动人 %s', async (from, text, day, head, stored) => {
    await say(from, text);
    expect(lastText()).toMatch(new RegExp(`${head}的.*是哪一天进行的`));
    await say(from, day);
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(new RegExp(`活动人：${head}`));
    await say(from, '确认');
    expect(rows()).toEqual([stored]);
  });
});
