// Round 49 (issue 10), fixer fvd: hedged facts in the dialog, over HTTP.
// 「上周开展了廉政教育 应该是25号或者26号」 was a 确认 card offering 25号 alone, as if certain (「25号还是26号来着」 stored at
// once); now the bot asks which of the two, and the answer (either one) records it on that day. 「大概是25号吧」 was read as a
// question and nothing recorded; now a card. A 分管科室会议's attendees and a check's subject are kept in the note (t51a F8).
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { sentText } from '../support/testBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const chat = useChatBot(new Date('2026-11-30T08:00:00+08:00'));
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** What the bot answered `from`'s message (its replies only). */
async function reply(from: string, text: string): Promise<string> {
  return (await chat.answers(from, text)).filter((m) => m.kind === 'reply').map(sentText).join('\n');
}

/** The stored records as [type, date]. */
const stored = () => chat.activities().map((a) => [a.type, a.date]);

describe('two days offered are asked, never one taken', () => {
  it('「应该是25号或者26号」 asks which, naming both; 「26号」 records it on 11-26', async () => {
    const asked = await reply('吴静', '上周开展了廉政教育 应该是25号或者26号');
    expect(asked).toContain('25号或者26号');
    expect(asked).toMatch(/哪一天/);
    expect(chat.activities()).toEqual([]);
    const said = await reply('吴静', '26号');
    if (chat.activities().length === 0) {
      expect(said).not.toMatch(/没看懂/);
      await chat.say('吴静', '确认');
    }
    expect(stored()).toEqual([['edu_integrity', '2026-11-26']]);
  });

  it('「24或25号」 of a talk: the first day answered by its date', async () => {
    await reply('王建国', '11月24或25号和李明进行了廉政谈话');
    expect(chat.activities()).toEqual([]);
    const said = await reply('王建国', '11月24日');
    if (chat.activities().length === 0) {
      expect(said).not.toMatch(/没看懂/);
      await chat.say('王建国', '确认');
    }
    expect(chat.activities().map((a) => [a.type, a.date, a.counterpartIds.join()])).toEqual([['talk_integrity', '2026-11-24', 'liming']]);
  });

  it('「大概是25号吧」 is a report on a card, not a question', async () => {
    const said = await reply('吴静', '上周三康复部开展了廉政教育 大概是25号吧');
    expect(said).not.toMatch(/没看懂/);
    expect(chat.activities()).toEqual([]);
    await chat.say('吴静', '确认');
    expect(stored()).toEqual([['edu_integrity', '2026-11-25']]);
  });
});

describe('t51a F8: details kept in the stored note', () => {
  it('a 分管科室会议’s agenda and those named attending', async () => {
    await reply('王建国', '上周五跟分管的办公室和财务科开了分管科室会议 部署年底廉政风险防控 李明 孙丽参加');
    if (chat.activities().length === 0) await chat.say('王建国', '确认');
    expect(chat.activities().map((a) => [a.type, a.note])).toEqual([['meeting_dept', '部署年底廉政风险防控；李明、孙丽参加']]);
  });

  it('a check’s subject', async () => {
    await reply('孙丽', '本周一财务科对今年残疾人就业保障金使用情况开展了专项资金检查');
    if (chat.activities().length === 0) await chat.say('孙丽', '确认');
    expect(chat.activities().map((a) => [a.type, a.note])).toEqual([['inspect_funds', '检查残疾人就业保障金使用情况']]);
  });
});
