// Over HTTP: round 43 (fpb), t43a F2's dialog, turn by turn through the real bot (issue 10).
//  - 「王部长本周廉政工作：⏎1. 11月24日与我进行了谈心谈话…」 from 杨帆 asked 和谁 with no doer; now one card, 王磊 with 杨帆;
//  - when the bot asks 「王磊是和谁谈的？」, 和我 · 我 · 是我 name the sender;
//  - a name answered fills the one talked to and the doer the question named stays, even when the one answered stands
//    above the doer (赵敏 over 王磊, 何平 over 徐辉): the answer never turns doer and counterpart round.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('t43a F2: a heading naming a person, and 和谁 answered', () => {
  it('the heading message is one card: 王磊 talked with 杨帆, 王磊 held the study', async () => {
    const said = await reply('杨帆', '王部长本周廉政工作：\n1. 11月24日与我进行了谈心谈话\n2. 11月26日组织宣文部全体党员学习《条例》，参加8人');
    expect(said).toContain('请确认以下 2 条记录');
    expect(said).not.toContain('和谁');
    await chat.say('杨帆', '确认');
    expect(chat.rows()).toEqual([
      ['talk_heart', '2026-11-24', 'wanglei', 'yangfan'],
      ['edu_integrity', '2026-11-26', 'wanglei', ''],
    ]);
  });

  it.each(['和我', '我', '是我'])('「%s」 to 「王磊是和谁谈的？」 names the sender', async (answer) => {
    expect(await reply('杨帆', '王磊部长11月24日进行了谈心谈话')).toContain('王磊是和谁谈的');
    expect(await reply('杨帆', answer)).toContain('请确认以下 1 条记录');
    await chat.say('杨帆', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-24', 'wanglei', 'yangfan']]);
  });

  it.each([
    ['杨帆', '王磊部长11月24日进行了谈心谈话', '赵敏', ['talk_heart', '2026-11-24', 'wanglei', 'zhaomin']],
    ['林晓', '11月12日徐辉副主任进行了廉政谈话', '何平', ['talk_integrity', '2026-11-12', 'xuhui', 'heping']],
    ['林晓', '11月12日徐辉副主任进行了廉政谈话', '和何平主任', ['talk_integrity', '2026-11-12', 'xuhui', 'heping']],
  ])('%s: 「%s」 answered 「%s」 fills the one talked to, the doer kept', async (from, text, answer, row) => {
    expect(await reply(from, text)).toContain('是和谁谈的');
    expect(await reply(from, answer)).toContain('请确认以下 1 条记录');
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });
});
