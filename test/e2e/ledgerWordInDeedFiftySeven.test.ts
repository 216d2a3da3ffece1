// Round 57, the merge (t60a F8, refused): 张颖's 「刘芳副理事长本周工作：12月1日与周涛进行谈心谈话；12月4日到康复部检查廉政风险
// 防控台账」 was answered 「抱歉，您暂无权限查看刘芳、周涛的台账」 and both deeds were dropped: a 台账 named inside a dated deed
// is the deed's, not a request to export one. Over HTTP: the talk is read, the check's type asked, nothing refused.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Sunday 2026-12-06, 10:00 in Shanghai (the tester's day). */
const SUNDAY = new Date('2026-12-06T10:00:00+08:00');

const chat = useChatBot(SUNDAY);
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('a 台账 named inside a dated deed (t60a F8)', () => {
  it('a clerk\'s 「…本周工作：…检查廉政风险防控台账」: read as 刘芳\'s deeds, the check\'s type asked, then both on the card', async () => {
    await say('张颖', '刘芳副理事长本周工作：12月1日与周涛进行谈心谈话；12月4日到康复部检查廉政风险防控台账');
    expect(lastText()).not.toMatch(/暂无权限/);
    expect(lastText()).toMatch(/是哪类活动/);
    await say('张颖', '作风纪律检查');
    if (activities().length === 0) await say('张颖', '确认');
    expect(stored()).toEqual([
      ['talk_heart', '2026-12-01', 'liufang', ['zhoutao']],
      ['inspect_style', '2026-12-04', 'liufang', []],
    ]);
  });

  it('near-miss: 「导出11月5日至12月1日的检查台账」 from 黄志刚 still exports', async () => {
    await say('黄志刚', '导出11月5日至12月1日的检查台账');
    expect(activities()).toEqual([]);
    expect(lastText()).not.toMatch(/是哪类活动|没看懂/);
    expect(chat.t.emulator.files).toHaveLength(1);
  });
});
