// Round 40 (issue 10, t39a F20), over HTTP: 「我和郑华」 to 「陈志强是和谁谈的？」 about a leader's talks kept only 郑华's (the
// sender's own talk lost without a word). 我/本人 in a list of names answering 和谁 about someone else's talk is the sender.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai, before the reminders' hours. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');

const chat = useChatBot(FRIDAY);
const { lastText, rows, say, confirmIfAsked } = chat;

/** A leader's talks at his meeting, with no one named: 和谁 asked. */
const TALKS = '前天陈志强副理事长进行了廉政谈话';

describe('我 in an answer to 和谁 about a leader\'s talk', () => {
  it.each([['我和郑华'], ['郑华和我'], ['我、郑华'], ['本人和郑华部长']])('「%s」 → his talks with the sender and with 郑华, on the card', async (answer) => {
    await say('冯雪', TALKS);
    expect(lastText()).toMatch(/陈志强是和谁谈的/);
    await say('冯雪', answer);
    expect(lastText()).toMatch(/请确认/);
    await say('冯雪', '确认');
    expect(rows().map((r) => r.join(' ')).sort()).toEqual(['talk_integrity 2026-12-02 chenzhiqiang fengxue', 'talk_integrity 2026-12-02 chenzhiqiang zhenghua']);
  });

  it('「我」 alone is still the sender talked to', async () => {
    await say('冯雪', TALKS);
    await say('冯雪', '我');
    await confirmIfAsked('冯雪', lastText());
    expect(rows()).toEqual([['talk_integrity', '2026-12-02', 'chenzhiqiang', 'fengxue']]);
  });

  it('on the sender\'s own talk 「我和郑华」 is no answer: 我 is never the sender\'s own other party', async () => {
    await say('冯雪', '前天进行了廉政谈话');
    expect(lastText()).toMatch(/和谁/);
    await say('冯雪', '我和郑华');
    expect(rows().filter((r) => r[3] === 'fengxue')).toEqual([]);
  });
});

describe('days told one occasion each, to 「是哪一天？」 of two talks (round 40, t40b F8: the second dropped)', () => {
  it.each([['一次是1号，一次是3号'], ['第一次是12月1日，第二次是12月3日'], ['一次1号，另一次3号']])('「%s」 → both talks, each on its day', async (answer) => {
    await say('郑华', '这个月跟陈静谈了两次廉政谈话');
    expect(lastText()).toMatch(/哪一天/);
    await say('郑华', answer);
    await confirmIfAsked('郑华', lastText());
    expect(rows().map((r) => r.join(' ')).sort()).toEqual(['talk_integrity 2026-12-01 zhenghua chenjing', 'talk_integrity 2026-12-03 zhenghua chenjing']);
  });

  it('near-miss: 「1号」 alone to one talk is that day', async () => {
    await say('郑华', '这个月跟陈静谈了一次廉政谈话');
    await say('郑华', '1号');
    await confirmIfAsked('郑华', lastText());
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'zhenghua', 'chenjing']]);
  });
});
