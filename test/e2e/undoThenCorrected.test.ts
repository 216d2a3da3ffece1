// Over HTTP: an undo (or a slip owned) and the right value in one message (round 21u #10: 「刚才那条撤销，应该是昨天下午
// 谈的」 was 没看懂 and the wrong record stood): the latest record and its corrected form on one 确认 card; the record
// changes only after 确认, and nothing new is added beside it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-12-02T12:00:00+08:00'));
// The first bot of a worker loads every module; on a loaded machine that alone passed the 20 s hook limit.

/** What the bot answered `from`'s message (its replies; the scheduler's broadcasts of the day left out). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('undo and the right value in one message', () => {
  it.each([
    ['张伟', '今天上午与赵敏同志进行了廉政谈话', '刚才那条撤销，应该是昨天下午谈的', ['talk_integrity', '2026-12-01', 'zhangwei', 'zhaomin']],
    ['郑华', '今天和陈静进行了廉政谈话', '刚才那条记错了，是周二不是周三', ['talk_integrity', '2026-12-01', 'zhenghua', 'chenjing']],
    ['吴静', '今天跟刘洋谈心谈话了', '上一条作废，应该是廉政谈话', ['talk_integrity', '2026-12-02', 'wujing', 'liuyang']],
    ['孙丽', '昨天和王强进行了廉政谈话', '撤回上一条，应该是和李娟谈的', ['talk_integrity', '2026-12-01', 'sunli', 'lijuan']],
    ['周涛', '今天和张颖开展谈心谈话', '撤回上一条，重新报：前天和王磊进行了廉政谈话', ['talk_integrity', '2026-11-30', 'zhoutao', 'wanglei']],
    ['冯雪', '今天与赵磊进行了廉政谈话', '刚才那条删掉，重新上报：昨天与赵磊谈心谈话', ['talk_heart', '2026-12-01', 'fengxue', 'zhaolei']],
  ])('%s: 「%s」 then 「%s」 → a 确认 card, the record changed only after 确认', async (from, report, fix, row) => {
    await chat.say(from, report);
    const stored = chat.rows();
    expect(stored).toHaveLength(1);
    const said = await reply(from, fix);
    expect(said).toContain('确认');
    expect(said).not.toContain('没看懂');
    expect(chat.rows()).toEqual(stored);
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it('a report after the undo that is not complete is said, nothing withdrawn or added', async () => {
    await chat.say('何平', '今天和徐辉进行了廉政谈话');
    const stored = chat.rows();
    const said = await reply('何平', '撤回上一条，重新报：和孙杰谈了');
    expect(said).toContain('没有撤回、也没有记录任何内容');
    expect(chat.rows()).toEqual(stored);
  });
});
