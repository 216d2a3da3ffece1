// Round 52 (issue 10), fixer fwgg: a counted deed keeps its count through a question about something else.
// t55b F1: 林晓's 11月 list (…观看警示教育片《围猎》…；4、报送廉政信息3篇) was asked whose the 警示教育 is; answered 黄志刚, the
// next question was the day of 「信息报送」 in the singular, and one 信息报送 was stored — the 3篇 lost without a word. The answer
// to whose rebuilt the other records' questions from their fields (followUp's problemsOf) and dropped the day question's
// count; now a day question still open keeps its count, so the day answered makes three 信息报送.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

const LONG = '报一下11月份机关纪委工作：1、11月4日黄志刚书记带队对财务科开展作风纪律检查，本人参加；2、11月12日组织机关全体党员观看警示教育片《围猎》，参加38人；3、11月20日黄书记与新提拔的财务科副科长王强进行任前廉政谈话；4、报送廉政信息3篇。';
const SHORT = '1、11月12日组织机关全体党员观看警示教育片《围猎》，参加38人；2、报送廉政信息3篇。';

describe('t55b F1: 报送廉政信息3篇 beside a deed asked whose keeps its 3篇 through the answer', () => {
  it.each([[LONG], [SHORT]])('「%s」: whose answered, then the day: three 信息报送 stored', async (text) => {
    const first = await answerText('林晓', text);
    expect(first).toMatch(/谁|哪位/);
    const second = await answerText('林晓', '黄志刚');
    expect(second).toMatch(/共 ?3 ?次信息报送/);
    const third = await answerText('林晓', '都是11月27日');
    if (/确认/.test(third) && !activities().some((a) => a.type === 'report_info')) await say('林晓', '确认');
    expect(activities().filter((a) => a.type === 'report_info')).toHaveLength(3);
  });
});
