// Round 54 (issue 10), fixer fjc: tallies, leads and cancellations read as queries or as one deed (t56b F1, F3, F6; t56a B5).
// F1: 林晓's 「11月检查情况统计：检查3次（办公室11.6、…），…，黄书记带队」 was answered as a completion query; now a card of three.
// F3: 「不是查询，是上报：…」 gave a card with only the last check; now the card of three, the lead no part of them.
// F6: a cumulative tally (截至11月底…本年度共开展廉政谈话4次…) was one talk of each kind, the day asked; now nothing is recorded
// and the member is told it is a tally and asked for each deed with its day.
// B5: 「原定12月3日的警示教育因故取消了，改到下周」 was 「没看懂」; now the reply says a called-off activity is not recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

describe('t56b F1/F3: a check tally or a lead over checks is a card of each check, never the query', () => {
  it.each([
    '11月检查情况统计：检查3次（办公室11.6、康复部11.13、维权部11.27），均为作风纪律检查，黄书记带队',
    '11月检查情况汇总：检查3次（办公室11/6、康复部11/13、维权部11/27），均为作风纪律检查，黄书记带队',
    '不是查询，是上报：11月6日对办公室、11月13日对康复部、11月27日对维权部开展了作风纪律检查，均由黄书记带队',
  ])('「%s」: three checks of 黄志刚 on 确认', async (text) => {
    const answer = await answerText('林晓', text);
    expect(answer).not.toMatch(/没有完全听懂|没能识别|一个问题/);
    expect(answer).toMatch(/确认/);
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([
      ['inspect_style', '2026-11-06', 'huangzhigang', 'office'],
      ['inspect_style', '2026-11-13', 'huangzhigang', 'rehab'],
      ['inspect_style', '2026-11-27', 'huangzhigang', 'rights'],
    ]);
  });

  it('near-miss: 「本季度完成了几次检查」 is still answered as a question, nothing recorded', async () => {
    const answer = await answerText('林晓', '本季度完成了几次检查');
    expect(answer).not.toMatch(/确认|已记录/);
    expect(activities()).toEqual([]);
  });
});

describe('t56b F6: a cumulative tally records nothing and asks for each deed', () => {
  it.each([
    ['王芳', '截至11月底，王建国同志本年度共开展廉政谈话4次、谈心谈话6次，其中11月份谈心谈话2次'],
    ['王建国', '今年以来我累计开展谈心谈话6次'],
    ['林晓', '截至11月底，共开展作风纪律检查8次，专项资金检查2次'],
  ])('%s「%s」: told it is a tally, nothing recorded', async (who, text) => {
    const answer = await answerText(who, text);
    expect(answer).toMatch(/累计数/);
    expect(answer).toMatch(/没有记录/);
    expect(answer).not.toMatch(/哪一天|确认/);
    expect(activities()).toEqual([]);
  });
});

describe('t56a B5: an activity called off or put off records nothing, said plainly', () => {
  it.each([
    '原定12月3日的警示教育因故取消了，改到下周',
    '下周的廉政党课推迟了',
    '谈话延期到下月',
    '原定11月28日的廉政党课取消了',
  ])('「%s」: the called-off reply, nothing recorded', async (text) => {
    const answer = await answerText('何平', text);
    expect(answer).toMatch(/取消或推迟/);
    expect(answer).not.toMatch(/没看懂/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 「取消」 with nothing pending is not the called-off reply', async () => {
    const answer = await answerText('何平', '取消');
    expect(answer).not.toMatch(/取消或推迟/);
  });
});
