// Over HTTP: a no typed with its reason, on a question or a card (round 42, tester t42c F9/F10, /work/rounds/t42c-findings.md):
//  F9  「算了，日子记不清了，取消吧」 while the day was asked — was: 「没能把这条回复读成下面问题的答案」 and the question again;
//  F10 「不用，报重了」 on the 可能重复 card — was: 「这条消息没有记录，下面的卡片仍在等您确认」.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

// Saturday noon, as the tester's session was: 上周四 = 11-26.
const chat = useChatBot(new Date('2026-12-05T12:00:00+08:00'));

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

describe('F9: a no with its reason while a question waits', () => {
  it.each(['算了，日子记不清了，取消吧', '取消，以后再报', '算了 回头再说吧', '不用了，已经报过了', '不记了，记不清是哪天了'])(
    '「%s」 drops the waiting report; nothing is recorded',
    async (no) => {
      expect(await reply('李明', '前几天和胡军进行了谈心谈话')).toMatch(/哪一天/);
      expect(await reply('李明', no)).toContain('已取消');
      expect(await reply('李明', '确认')).not.toContain('已记录');
      expect(chat.activities()).toHaveLength(0);
    },
  );

  it('a reason alone is no cancel: 「日子记不清了」 is still told the way on, the question waits', async () => {
    await chat.say('李明', '前几天和胡军进行了谈心谈话');
    const said = await reply('李明', '日子记不清了');
    expect(said).not.toContain('已取消');
    expect(said).toContain('取消');
    expect(await reply('李明', '12月1日')).toMatch(/已记录|请确认/);
    if (chat.activities().length === 0) await chat.say('李明', '确认');
    expect(chat.rows()).toEqual([['talk_heart', '2026-12-01', 'liming', 'hujun']]);
  });
});

describe('F10: a no with its reason on the 可能重复 card', () => {
  const report = '上周四下午跟郑华部长谈心谈话了';

  it.each(['不用，报重了', '报重了', '重复了，不用记了', '算了，发重了'])('「%s」 drops the repeat; the first record stays alone', async (no) => {
    expect(await reply('陈志强', report)).toContain('已记录');
    expect(await reply('陈志强', report)).toContain('已有一条相同记录');
    expect(await reply('陈志强', no)).toContain('已取消');
    expect(chat.rows()).toEqual([['talk_heart', '2026-11-26', 'chenzhiqiang', 'zhenghua']]);
  });

  it('「算了，还是记吧」 is no cancel there either', async () => {
    await chat.say('陈志强', report);
    await chat.say('陈志强', report);
    expect(await reply('陈志强', '算了，还是记吧')).not.toContain('已取消');
  });
});
