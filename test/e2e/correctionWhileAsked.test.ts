// Over HTTP: a correction of the person or kind typed while the bot asks the day (round 21 leftover): the waiting
// report takes it, the day is still asked, and the corrected report ends on the 确认 card. Was: the same question
// again, the correction dropped without a word.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-12-02T12:00:00+08:00'));
// The first bot of a worker loads every module; on a loaded machine that alone passed the 20 s hook limit.

/** What the bot answered `from`'s message (its replies; the scheduler's broadcasts of the day left out). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('a correction while 是哪一天 waits', () => {
  it.each([
    ['赵敏', '和李娟进行了廉政谈话', '不对，是和孙丽谈的', '孙丽', '昨天', ['talk_integrity', '2026-12-01', 'zhaomin', 'sunli']],
    ['周涛', '跟张颖开展了谈心谈话', '不是张颖，是王磊', '王磊', '11月27日', ['talk_heart', '2026-11-27', 'zhoutao', 'wanglei']],
    ['吴静', '和刘洋同志谈心谈话', '说错了，应该是廉政谈话', '廉政谈话', '前天', ['talk_integrity', '2026-11-30', 'wujing', 'liuyang']],
    ['何平', '上周与徐辉进行了廉政谈话', '错了，是和孙杰谈的', '孙杰', '周四', ['talk_integrity', '2026-11-26', 'heping', 'sunjie']],
  ])('%s: 「%s」 → 「%s」 keeps asking the day, then the card shows the change', async (from, text, fix, shown, day, row) => {
    expect(await reply(from, text)).toMatch(/哪一天/);
    const said = await reply(from, fix);
    expect(said).toContain('已按您的更正修改');
    expect(said).toContain(shown);
    expect(said).toMatch(/哪一天/);
    expect(await reply(from, day)).toContain('请确认');
    expect(chat.activities()).toHaveLength(0);
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it('a person not in the directory is said, the question asked again, nothing changed', async () => {
    await chat.say('冯雪', '和赵磊进行了廉政谈话');
    const said = await reply('冯雪', '不对，是和赵大海谈的');
    expect(said).toMatch(/哪一天/);
    expect(said).toContain('赵大海');
    await chat.say('冯雪', '昨天');
    if (chat.activities().length === 0) await chat.say('冯雪', '确认');
    expect(chat.rows()).toEqual([['talk_integrity', '2026-12-01', 'fengxue', 'zhaolei']]);
  });
});
