// Issue 10, round 28 (n28), over HTTP: 「还有，前天她跟我谈了心」 after a report about the member's superior offers that
// superior for 她 (the sender is the one talked to, never asked 和谁); alone it still asks who 她 is. A report with someone
// absent (…，刘芳同志请假没有参加) is recorded on its 确认 card without them, never answered 没看懂.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours (a scheduled notice never interleaves). */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, answers, lastText, offered, rows, say } = chat;


describe('她跟我谈了心: the sender talked to, who 她 is asked', () => {
  it.each([
    ['王磊', '昨天赵敏书记和我进行了廉政谈话', '还有，前天她跟我谈了心', '赵敏', ['talk_heart', '2026-11-30', 'zhaomin', 'wanglei']],
    ['吴静', '今天上午刘芳副理事长和我进行了廉政谈话', '另外，上周五她找我谈了心', '刘芳', ['talk_heart', '2026-11-27', 'liufang', 'wujing']],
  ])('%s: 「%s」, then 「%s」 → %s offered; tapped, the talk is theirs with the sender', async (who, first, next, superior, after) => {
    await say(who, first);
    if (activities().length === 0) await say(who, '确认');
    expect(activities()).toHaveLength(1);
    const buttons = await offered(who, next);
    expect(lastText()).toMatch(/是哪一位/);
    expect(lastText()).not.toMatch(/和谁|没看懂/);
    expect(buttons).toContain(superior);
    await say(who, superior);
    if (activities().length === 1) await say(who, '确认');
    expect(rows().at(-1)).toEqual(after);
  });

  it('alone, nobody is offered but 不在名单里; a name typed answers', async () => {
    expect(await offered('王磊', '还有，前天她跟我谈了心')).toEqual(['不在名单里', '取消']);
    expect(lastText()).not.toMatch(/和谁/);
    await say('王磊', '赵敏');
    if (activities().length === 0) await say('王磊', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-30', 'zhaomin', 'wanglei']]);
  });
});

describe('someone absent from a reported deed', () => {
  it.each([
    ['张伟', '今天与班子成员开展集体廉政谈话，刘芳同志请假没有参加', '刘芳', [['talk_integrity', '2026-12-02', 'zhangwei', 'wangjianguo'], ['talk_integrity', '2026-12-02', 'zhangwei', 'chenzhiqiang'], ['talk_integrity', '2026-12-02', 'zhangwei', 'zhaomin']]],
    ['赵敏', '昨天与王磊、何平开展廉政谈话，何平同志因病没有参加', '何平', [['talk_integrity', '2026-12-01', 'zhaomin', 'wanglei']]],
  ])('%s: 「%s」 → a 确认 card naming %s as not done; 确认 stores the rest', async (who, text, absent, after) => {
    await say(who, text);
    expect(lastText()).not.toMatch(/没看懂/);
    expect(lastText()).toMatch(new RegExp(`${absent}[^」]*未参加」说的没有做`));
    expect(activities()).toHaveLength(0);
    await say(who, '确认');
    expect(rows()).toEqual(after);
  });
});
