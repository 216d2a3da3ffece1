// Over HTTP: round 34b §1a/§1b(iii) (issue 10). A talk the sender reports with anyone ABOVE them in the chain — not only the
// direct superior — is the superior's talk with the sender, on the 确认 card: written whole (周涛「今天和张伟书记进行了廉政
// 谈话」) or completed by an answer (李明「昨天进行了廉政谈话」 → 和谁谈的？ → 「张伟书记」). Was: stored at once as the member's
// talk with the 书记 or 分管领导 (周涛>张伟, 李明>张伟). Someone outside the chain, a 纪检 officer and a talk the sender sought
// stay the sender's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

// Friday morning, as the tester's: 今天 = 12-04, 昨天 = 12-03, 前天 = 12-02.
const chat = useChatBot(new Date('2026-12-04T10:00:00+08:00'));

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('a talk with a superior above the direct one is the superior\'s, on the card', () => {
  it.each([
    // [sender, report, answers…, the row 确认 stores]
    ['李明', '昨天进行了廉政谈话', ['张伟书记'], ['talk_integrity', '2026-12-03', 'zhangwei', 'liming']],
    ['李娟', '前天谈心了', ['王建国副理事长'], ['talk_heart', '2026-12-02', 'wangjianguo', 'lijuan']],
    ['王芳', '昨天进行了廉政谈话', ['王建国'], ['talk_integrity', '2026-12-03', 'wangjianguo', 'wangfang']],
    ['周涛', '昨天和张书记谈了话', ['廉政谈话'], ['talk_integrity', '2026-12-03', 'zhangwei', 'zhoutao']],
    ['杨帆', '和赵敏书记进行了谈心谈话', ['昨天'], ['talk_heart', '2026-12-03', 'zhaomin', 'yangfan']],
  ])('%s: 「%s」 → %j: 确认 card, then 确认 stores %j', async (from, text, answers, row) => {
    expect(await reply(from, text)).toContain('还差一点');
    let said = '';
    for (const a of answers) said = await reply(from, a);
    expect(said).toContain('请确认');
    expect(said).toContain('是您的上级');
    expect(chat.activities()).toHaveLength(0);
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it.each([
    ['周涛', '今天和张伟书记进行了廉政谈话', ['talk_integrity', '2026-12-04', 'zhangwei', 'zhoutao']],
    ['吴静', '昨天和张书记进行了廉政谈话', ['talk_integrity', '2026-12-03', 'zhangwei', 'wujing']],
    ['李娟', '昨天和王建国副理事长进行了廉政谈话', ['talk_integrity', '2026-12-03', 'wangjianguo', 'lijuan']],
  ])('%s: 「%s」 written whole: on the card, not stored at once', async (from, text, row) => {
    const said = await reply(from, text);
    expect(said).toContain('请确认');
    expect(said).toContain('是您的上级');
    expect(chat.activities()).toHaveLength(0);
    await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  // Near-misses: outside the chain (a leader and a head he does not supervise; 纪检), a sought talk: the sender's.
  it.each([
    ['周涛', '昨天进行了廉政谈话', ['王建国'], ['talk_integrity', '2026-12-03', 'zhoutao', 'wangjianguo']],
    ['黄志刚', '昨天进行了廉政谈话', ['张伟书记'], ['talk_integrity', '2026-12-03', 'huangzhigang', 'zhangwei']],
    ['王芳', '昨天进行了廉政谈话', ['刘芳'], ['talk_integrity', '2026-12-03', 'wangfang', 'liufang']],
    ['李明', '昨天进行了廉政谈话', ['张伟书记，是我找他谈的'], ['talk_integrity', '2026-12-03', 'liming', 'zhangwei']],
  ])('%s: 「%s」 → %j stays the sender\'s', async (from, text, answers, row) => {
    await chat.say(from, text);
    let said = '';
    for (const a of answers) said = await reply(from, a);
    expect(said).not.toContain('是您的上级');
    if (chat.activities().length === 0) await chat.say(from, '确认');
    expect(chat.rows()).toEqual([row]);
  });

  it('a person corrected while the day is asked to a superior above the direct one: the superior\'s, on the card', async () => {
    expect(await reply('李娟', '和王强进行了谈心谈话')).toMatch(/哪一天/);
    expect(await reply('李娟', '刚才说错了，是和王建国谈的')).toContain('已按您的更正修改');
    const said = await reply('李娟', '昨天');
    expect(said).toContain('请确认');
    expect(chat.activities()).toHaveLength(0);
    await chat.say('李娟', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-12-03', 'wangjianguo', 'lijuan']]);
  });
});
