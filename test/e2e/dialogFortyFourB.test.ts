// Over HTTP: round 44 (fqb), t45a F5/F6 and two round-43 left-alones, turn by turn through the real bot (issue 10).
//  - a check done by two is one check, the one who went along named on the card and the receipt (「同行：…」);
//  - 「林晓带黄书记到办公室检查了考勤」 asks whose check it was between the two; the answer gives it to that one;
//  - 「…，另外11月24日王建国副理事长和我谈了话」 is stored as 王建国's talk with the sender once its type is answered;
//  - a deed added with 另外 and no day of its own says on the card that it took the day before.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('t45a F6: companions on a check', () => {
  it('跟孙科长一起去…查了: one check, 孙丽\'s, the sender named as gone along', async () => {
    const said = await reply('王强', '昨天跟孙科长一起去康复中心查了专项资金使用情况');
    expect(said).toContain('请确认以下 1 条记录');
    expect(said).toContain('同行：您本人（同一次检查，未另记）');
    await chat.say('王强', '确认');
    expect(chat.rows()).toEqual([['inspect_funds', '2026-11-29', 'sunli', '']]);
  });

  it('a 检查人 cell of two: one check, the second checker named', async () => {
    const said = await reply('黄志刚', '序号\t检查时间\t检查内容\t被检查科室\t检查人\n1\t11月18日\t作风纪律检查\t康复部\t黄志刚、林晓\n2\t11月25日\t专项资金检查\t财务科\t黄志刚');
    expect(said).toContain('请确认以下 2 条记录');
    expect(said).toContain('同行：林晓（同一次检查，未另记）');
    await chat.say('黄志刚', '确认');
    expect(chat.rows()).toEqual([
      ['inspect_style', '2026-11-18', 'huangzhigang', ''],
      ['inspect_funds', '2026-11-25', 'huangzhigang', ''],
    ]);
  });

  it('林晓带黄书记…检查: whose check is asked, the answer decides', async () => {
    expect(await reply('胡军', '11月26日林晓带黄书记到办公室检查了考勤')).toContain('是谁');
    expect(await reply('胡军', '黄书记')).toContain('请确认以下 1 条记录');
    await chat.say('胡军', '确认');
    expect(chat.rows()).toEqual([['inspect_style', '2026-11-26', 'huangzhigang', '']]);
  });
});

describe('round-43 left-alone: X和我谈了话 after 另外', () => {
  it('is X\'s talk with the sender once the type is answered', async () => {
    expect(await reply('胡军', '11月20日和冯雪谈了心，另外11月24日王建国副理事长和我谈了话')).toContain('哪类');
    expect(await reply('胡军', '廉政谈话')).toContain('请确认以下 2 条记录');
    await chat.say('胡军', '确认');
    expect(chat.rows()).toEqual([
      ['talk_heart', '2026-11-20', 'hujun', 'fengxue'],
      ['talk_integrity', '2026-11-24', 'wangjianguo', 'hujun'],
    ]);
  });
});

describe('t45a F5: a deed added with 另外 and no day of its own', () => {
  it('takes the day before, said on the card', async () => {
    const said = await reply('吴静', '周一部门学习，组织学了新修订的《中国共产党纪律处分条例》，刘洋做了发言,另外我还单独跟刘洋谈了次心');
    expect(said).toContain('请确认以下 2 条记录');
    expect(said).toContain('日期沿用上一句：11-30');
    await chat.say('吴静', '确认');
    expect(chat.rows()).toEqual([
      ['edu_integrity', '2026-11-30', 'wujing', ''],
      ['talk_heart', '2026-11-30', 'wujing', 'liuyang'],
    ]);
  });
});
