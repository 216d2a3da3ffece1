// Round 68, ghb (t70b, on the round-67 merge, its clock Tue 2026-12-08): counted summaries over the real bot. 林晓's titled
// 11月份纪检工作小结 was a card of four checks (a dateless fourth made from the total); 张颖's 2条，其中被市纪委网站采用1条 kept the
// note on both papers, 「具体哪天记不清了 都是11月份报的」 was not read and 「都算11月30日吧」 dated the first paper only; 胡军's
// 「本月办公室谈心谈话2人次、警示教育1次」 was 李明's talk asked its day and person. Now: three checks, the total weighed; the
// papers' day question answered once for both, the note on one; a total, nothing recorded, the deeds asked one by one.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 10:00 in Shanghai (t70b's clock): 11月 is last month. */
const chat = useChatBot(new Date('2026-12-08T10:00:00+08:00'));
const { activities, answerText, rows, say } = chat;

const CHECKS = '11月份纪检工作小结：本月共开展作风纪律检查3次，其中上班纪律检查2次（11月5日、11月19日），公车使用情况检查1次（11月26日）。';

describe('a titled total over its listed checks', () => {
  it.each([
    [CHECKS],
    ['11月份纪检工作小结 本月共开展作风纪律检查3次 其中上班纪律检查2次（11月5日、11月19日） 公车使用情况检查1次（11月26日）'],
    ['11月份紀檢工作小結：本月共開展作風紀律檢查3次，其中上班紀律檢查2次（11.5、11.19），公車使用情況檢查1次（11.26）。'],
  ])('林晓 「%s」 → a card of the three checks, no dateless fourth; 确认 stores them', async (text) => {
    const card = await answerText('林晓', text);
    expect(card).toMatch(/请确认/);
    expect(card).not.toMatch(/日期未知|是哪一天/);
    expect(activities()).toEqual([]);
    const receipt = await answerText('林晓', '确认');
    expect(receipt).not.toMatch(/是哪一天/);
    expect(rows()).toEqual([
      ['inspect_style', '2026-11-05', 'linxiao', ''],
      ['inspect_style', '2026-11-19', 'linxiao', ''],
      ['inspect_style', '2026-11-26', 'linxiao', ''],
    ]);
  });

  it('a total of 4 over three listed checks: the card says so, three stored, none made up', async () => {
    const card = await answerText('林晓', CHECKS.replace('检查3次', '检查4次'));
    expect(card).toMatch(/消息说共4次作风纪律检查，「其中」写明日期的有3次/);
    expect(card).not.toMatch(/日期未知/);
    await say('林晓', '确认');
    expect(activities().map((a) => a.date)).toEqual(['2026-11-05', '2026-11-19', '2026-11-26']);
  });

  it('取消 on the card stores nothing; after 确认, 撤销 withdraws none of the three and offers each', async () => {
    await answerText('林晓', CHECKS);
    await say('林晓', '取消');
    expect(activities()).toEqual([]);
    await chat.stored('林晓', CHECKS, 3);
    expect(activities()).toHaveLength(3);
    const undo = await answerText('林晓', '撤销');
    expect(undo.match(/作风纪律检查/g)?.length).toBeGreaterThanOrEqual(3);
    expect(activities()).toHaveLength(3);
  });
});

describe('张颖: 2条，其中被市纪委网站采用1条 — the day question for both, the note on one', () => {
  const PAPERS = '11月份组联部报送廉政信息2条，其中被市纪委网站采用1条。';

  it('「具体哪天记不清了 都是11月份报的」 says a day is needed; 「都算11月30日吧」 dates both; the note once', async () => {
    expect(await answerText('张颖', PAPERS)).toMatch(/共 2 次信息报送，分别是哪几天/);
    const forgot = await answerText('张颖', '具体哪天记不清了 都是11月份报的');
    expect(forgot).toMatch(/您说的是11月，记录需要具体是哪一天/);
    expect(forgot).not.toMatch(/没能把这条回复读成/);
    const card = await answerText('张颖', '都算11月30日吧');
    expect(card).not.toMatch(/还有 1 次信息报送是哪一天/);
    await chat.confirmIfAsked('张颖', card);
    const papers = activities();
    expect(papers.map((a) => [a.type, a.date])).toEqual([
      ['report_info', '2026-11-30'],
      ['report_info', '2026-11-30'],
    ]);
    expect(papers.map((a) => a.note)).toEqual(['其中1条被市纪委网站采用', undefined]);
  });

  it('「都是11月30日」 to the same question gives both the day too', async () => {
    await answerText('张颖', PAPERS);
    await chat.confirmIfAsked('张颖', await answerText('张颖', '都是11月30日'));
    expect(activities().map((a) => a.date)).toEqual(['2026-11-30', '2026-11-30']);
  });
});

describe('胡军: a bare monthly count with the unit, no names', () => {
  it.each([['本月办公室谈心谈话2人次、警示教育1次'], ['11月份办公室工作小结：本月办公室谈心谈话2人次、警示教育1次'], ['本月 办公室 谈心谈话2人次 警示教育1次']])(
    '「%s」 → a total: nothing recorded, nothing waiting, the deeds asked one by one',
    async (text) => {
      const answer = await answerText('胡军', text);
      expect(answer).toMatch(/合计数/);
      expect(answer).toMatch(/谈心谈话/);
      expect(answer).toMatch(/警示教育/);
      expect(answer).not.toMatch(/是哪一天进行的|李明/);
      expect(activities()).toEqual([]);
      // Nothing waits: the next complete report is its own.
      await chat.recorded('胡军', '11月24日和王芳进行了谈心谈话');
      expect(rows()).toEqual([['talk_heart', '2026-11-24', 'hujun', 'wangfang']]);
    },
  );

  it('near-miss: one deed with its unit is still asked its day', async () => {
    const answer = await answerText('胡军', '本月办公室开展警示教育1次');
    expect(answer).toMatch(/是哪一天/);
    expect(activities()).toEqual([]);
  });
});
