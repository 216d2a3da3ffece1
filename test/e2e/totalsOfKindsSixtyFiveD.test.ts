// Round 65 (issue 10), fixer ged: totals of several kinds, totals beside their items, a total said in an answer.
// 1. 张伟「本月共开展廉政谈话3人次、签订责任书5份、警示教育1次」 (was: three deeds asked their day, the question waiting): no record,
//    one reply naming each total and asking for the deeds of every kind. 2. A running figure of several kinds names each too.
// 3. Totals beside dated items (was: a talk of no day, or the counts dropped): the items on a card, each kind's count weighed.
// 4. 「12月1日 一共谈了3人次」 to 是哪一天 (was: the day taken, the 3 dropped): the day taken, the difference said on the card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai. */
const NOW = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(NOW);
const { activities, answerText, say, rows } = chat;

describe('1. totals of several kinds alone', () => {
  it.each([
    ['张伟', '本月共开展廉政谈话3人次、签订责任书5份、警示教育1次', ['廉政谈话3人次', '签订责任书5份', '警示教育1次']],
    ['张伟', '12月份：廉政谈话3人次，谈心谈话2人次，专题会议1次', ['廉政谈话3人次', '谈心谈话2人次', '专题会议1次']],
    ['王建国', '本月 共开展谈心谈话4次 签订责任书2份', ['谈心谈话4次', '签订责任书2份']],
  ])('%s 「%s」 → no record, each total named, one request, nothing waiting', async (who, text, totals) => {
    const answer = await answerText(who, text);
    expect(answer).toMatch(/合计数/);
    for (const t of totals) expect(answer).toContain(t);
    expect(answer).toMatch(/请逐条告诉我每一次活动/);
    expect(answer).not.toMatch(/是哪一天|还差一点/);
    expect(activities()).toEqual([]);
    await say(who, '12月1日与李明进行了廉政谈话');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([['talk_integrity', '2026-12-01', 'liming']]);
  });

  it('林晓 「截至目前，今年共开展廉政党课4次、警示教育6次、廉政谈话36人次」 → the 累计数 reply names each figure', async () => {
    const answer = await answerText('林晓', '截至目前，今年共开展廉政党课4次、警示教育6次、廉政谈话36人次');
    expect(answer).toMatch(/累计数（廉政党课4次、警示教育6次、廉政谈话36人次）/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 本月签订责任书2份、开展廉政谈话1次 (no total word) → still asked, as rounds 58–59', async () => {
    const answer = await answerText('张伟', '本月签订责任书2份、开展廉政谈话1次');
    expect(answer).not.toMatch(/合计数/);
    expect(activities()).toEqual([]);
  });
});

describe('2. totals beside their dated items', () => {
  it('a count the items do not reach → the items on a card, the kind said → 确认 stores the items only', async () => {
    const card = await answerText('张伟', '本月共开展廉政谈话2人次、作风纪律检查1次：12月1日与李明进行廉政谈话，12月3日到财务科开展作风纪律检查');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/「廉政谈话2人次」与列出的1项不一致/);
    expect(card).not.toMatch(/「作风纪律检查1次」与/);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([
      ['talk_integrity', '2026-12-01', 'liming'],
      ['inspect_style', '2026-12-03', ''],
    ]);
  });

  it('every count matching → the card says no difference', async () => {
    const card = await answerText('王建国', '本月共签订责任书2份、开展谈心谈话1次：12月1日与李明签订责任书，12月2日与孙丽签订责任书，12月3日与李明进行谈心谈话');
    expect(card).toMatch(/请确认以下 3 条记录/);
    expect(card).not.toMatch(/不一致/);
  });

  it('a sheet with a 小计 row its talks do not reach → said on the card', async () => {
    const card = await answerText('孙丽', '日期\t类型\t对象\n12月1日\t廉政谈话\t王强\n12月2日\t廉政谈话\t李娟\n小计\t廉政谈话\t3人次');
    expect(card).toMatch(/表中「小计 廉政谈话 3人次」与列出的2项不一致/);
    expect(activities()).toEqual([]);
  });
});

describe('3. a total said in the answer to 是哪一天', () => {
  it('「12月1日 一共谈了3人次」 → the day taken, the 3 weighed on a card, no record made up → 确认 stores one talk', async () => {
    expect(await answerText('张伟', '和孙杰进行了廉政谈话')).toMatch(/是哪一天/);
    const card = await answerText('张伟', '12月1日 一共谈了3人次');
    expect(card).toMatch(/「一共谈了3人次」与列出的1人不一致/);
    expect(activities()).toEqual([]);
    await say('张伟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'zhangwei', 'sunjie']]);
  });

  it('a total that matches (共谈了2人, two talks asked) → no remark', async () => {
    await say('张伟', '和孙杰、李明进行了廉政谈话');
    const answer = await answerText('张伟', '都是12月1日，共谈了2人');
    expect(answer).not.toMatch(/不一致/);
  });

  it('near-miss: 「12月1日」 alone → one talk stored at once, as before', async () => {
    await say('张伟', '和孙杰进行了廉政谈话');
    await say('张伟', '12月1日');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'zhangwei', 'sunjie']]);
  });
});
