// Over HTTP: round 44 (fqc), the dialog of t45a F7 and a fixers' left-alone, turn by turn through the real bot (issue 10).
//  - 冯雪「维权部11月份廉政工作：…3.11月24日参加机关警示教育大会」 asked 「这条警示教育是谁的？」 among the leaders; now one
//    card of three records, the third the department's attendance;
//    round 51 (fzc, policy): the 机关's conference only attended is no record of the department — the card holds the other
//    two and names the attended line as not recorded, as 参加了市残联警示教育大会 is (round 49);
//  - 王芳「班子成员本周廉政工作：11月23日与李明进行了廉政谈话」 was a card of 李明's talk with 王芳; now it asks whose among
//    the leaders, and the one answered holds the talk with 李明.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('round 44 fqc: needless and missing questions of whose', () => {
  it('t45a F7, round 51: a 机关 conference attended, in the head\'s own department list, is named as not recorded beside the card', async () => {
    const said = await reply('冯雪', '维权部11月份廉政工作：1.11月10日部门集中学习廉政准则；2.11月17日与赵磊谈心；3.11月24日参加机关警示教育大会');
    expect(said).not.toContain('是谁的');
    expect(said).toContain('请确认以下 2 条记录');
    expect(said).toContain('「参加机关警示教育大会」是参加市残联或上级统一组织的活动');
    await chat.say('冯雪', '确认');
    expect(chat.rows()).toEqual([
      ['edu_integrity', '2026-11-10', 'fengxue', ''],
      ['talk_heart', '2026-11-17', 'fengxue', 'zhaolei'],
    ]);
  });

  it('a 班子成员 heading over a talk asks whose among the leaders; the one answered holds it', async () => {
    const asked = await reply('王芳', '班子成员本周廉政工作：11月23日与李明进行了廉政谈话');
    expect(asked).toContain('这次廉政谈话是谁和李明谈的');
    expect(asked).not.toContain('请确认');
    expect(await reply('王芳', '王建国')).toContain('请确认以下 1 条记录');
    await chat.say('王芳', '确认');
    expect(chat.rows()).toEqual([['talk_integrity', '2026-11-23', 'wangjianguo', 'liming']]);
  });
});
