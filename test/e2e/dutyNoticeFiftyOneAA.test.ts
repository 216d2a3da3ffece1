// Round 51 (issue 10), fixer fzaa: 林晓 「今天下发了信息报送通知」 was stored at once as her 信息报送 of 11-30 (the catalogue's
// name inside 信息报送通知). A notice, form or requirement about a duty sent out now records nothing, and the member is
// told why; a deed told beside it is recorded and the notice named as not recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

describe('round 51 fzaa: a notice about a duty sent out is no record', () => {
  it.each([
    '今天下发了信息报送通知',
    '今天把信息报送通知发给各部门了',
    '上周五给各部门发了警示教育的通知',
    '今天布置了信息报送工作',
    '今天把廉政谈话登记表发给各部门了',
  ])('「%s」: the notice reply, nothing stored', async (said) => {
    const answer = await answerText('林晓', said);
    expect(answer).toMatch(/通知、提醒、表格或要求不属于需要登记的活动，清风没有记录/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: 「今天下发了信息报送通知，并报送了廉政信息1篇」 stores the paper', async () => {
    await answerText('林晓', '今天下发了信息报送通知，并报送了廉政信息1篇');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['report_info', '2026-11-30']]);
  });

  it('「今天下发了信息报送通知。下午和胡军进行了谈心谈话」: the talk stored, the notice named as not recorded', async () => {
    const answer = await answerText('林晓', '今天下发了信息报送通知。下午和胡军进行了谈心谈话');
    expect(answer).toMatch(/不单独记录/);
    // Round 59 (fcf): 下午 sent before noon is a part of today still to come: the talk waits on a card for 确认.
    await say('林晓', '确认');
    expect(activities().map((a) => a.type)).toEqual(['talk_heart']);
  });
});

describe('round 51 fzaa (fzb finding): papers per day past the total said are on a card saying so', () => {
  it('「报送廉政信息3篇，20号2篇，27号也是2篇」: a card of four papers naming 共3篇 and 合计4篇, nothing stored at once', async () => {
    const answer = await answerText('林晓', '报送廉政信息3篇，20号2篇，27号也是2篇');
    expect(activities()).toHaveLength(0);
    expect(answer).toMatch(/确认/);
    expect(answer).toMatch(/共3篇，按日期分列合计4篇/);
  });
});
