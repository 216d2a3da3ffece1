// Round 66 (issue 10), fixer gfa: counted summaries with 其中, over HTTP.
// 1. 林晓「11月份机关纪委共开展廉政谈话5人次，其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话，与何平进行了提醒谈话。」 (t68b F2; was: a
//    card with 林晓 the doer and 黄志刚 a counterpart, 5 against 4 not said): the day asked once for all four, then a card of
//    four talks of 黄志刚 saying 「…5人次」与列出的4人不一致; 确认 stores them. A count that matches says 只用来核对.
// 2. 「其中与王强谈话1次、与李娟谈话1次」 from a clerk (was: three records of the clerk's): whose asked once, the answer both
//    talks'; from 孙丽 (their head) hers on a card, unasked.
// 3. 「其中与中心和机关各科室负责人集体谈话」 (was: eight talks of no one, the clerk's): the eight heads on the card with who they
//    are, the day and the doer asked once each.
// 4. 「…其中黄志刚与王强谈话1次，另组织观看警示教育片1次」: the talk and the film apart, the film never 黄志刚's talk.
// 5. 「本月廉政谈话3人次、警示教育1次」 · 「11月：谈心谈话2人次」 (was: two deeds asked their day): no record, one reply asking
//    for the deeds, nothing waiting; 「今天和王强谈话1次」 still a talk asked its kind.
// 6. A check sheet with 「小计⇥⇥3次」 under two rows (was: a third check asked its day): a card of two, the 小计 weighed.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (上周 = 11-30…12-06). */
const NOW = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(NOW);
const { activities, answerText, say, rows } = chat;

describe('1. a counted lead over pairs of one doer', () => {
  it('林晓: the day asked once, four talks of 黄志刚 on a card, 5 against 4 said', async () => {
    const asked = await answerText('林晓', '11月份机关纪委共开展廉政谈话5人次，其中黄志刚书记与孙丽、王强、李娟分别进行了廉政谈话，与何平进行了提醒谈话。');
    expect(asked).toMatch(/黄志刚与孙丽、王强、李娟、何平的廉政谈话是哪一天/);
    expect(asked).not.toMatch(/对象：黄志刚/);
    const card = await answerText('林晓', '11月20日');
    expect(card).toMatch(/请确认以下 4 条记录/);
    expect(card).toMatch(/「11月份机关纪委共开展廉政谈话5人次」与列出的4人不一致，已按列出的逐人记录，请核对是否漏记或多记/);
    expect(card).not.toMatch(/活动人：您本人/);
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(rows().sort()).toEqual([
      ['talk_integrity', '2026-11-20', 'huangzhigang', 'heping'],
      ['talk_integrity', '2026-11-20', 'huangzhigang', 'lijuan'],
      ['talk_integrity', '2026-11-20', 'huangzhigang', 'sunli'],
      ['talk_integrity', '2026-11-20', 'huangzhigang', 'wangqiang'],
    ]);
  });

  it('voice spaces and dated pairs that add up: a card at once, the count only checks', async () => {
    const card = await answerText('林晓', '本月 机关纪委 共开展廉政谈话2人次 其中 黄志刚书记 12月1日与王强谈话1次 12月2日与李娟进行了提醒谈话');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/是合计，只用来核对/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'huangzhigang', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'huangzhigang', 'lijuan'],
    ]);
  });
});

describe('2. pairs that name no doer', () => {
  it('林晓: whose asked once for both, the answer both talks\'', async () => {
    const asked = await answerText('林晓', '本月共开展廉政谈话2人次，其中12月1日与王强谈话1次、12月2日与李娟谈话1次');
    expect(asked).toMatch(/是谁的/);
    expect(asked).toMatch(/孙丽/);
    const card = await answerText('林晓', '黄志刚');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).not.toMatch(/是谁的/);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'huangzhigang', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'huangzhigang', 'lijuan'],
    ]);
  });

  it('孙丽, their head: hers on a card, nothing asked', async () => {
    const card = await answerText('孙丽', '本月共开展廉政谈话2人次，其中12月1日与王强谈话1次、12月2日与李娟谈话1次');
    expect(card).not.toMatch(/是谁的/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-12-02', 'sunli', 'lijuan'],
    ]);
  });
});

describe('3. a group inside', () => {
  it('林晓: the eight heads with who they are, the day and the doer asked once each', async () => {
    const asked = await answerText('林晓', '上周共开展廉政谈话8人次，其中与中心和机关各科室负责人集体谈话');
    expect(asked).toMatch(/李明（办公室主任）/);
    expect(asked).toMatch(/何平（残疾人康复中心主任）/);
    expect(await answerText('林晓', '上周三')).toMatch(/是谁的/);
    const card = await answerText('林晓', '黄志刚');
    expect(card).toMatch(/请确认以下 8 条记录/);
    expect(card).toMatch(/按李明、孙丽、周涛、吴静、郑华、王磊、冯雪、何平共8人记录/);
    await say('林晓', '确认');
    expect(rows()).toHaveLength(8);
    expect(rows().every((r) => r[0] === 'talk_integrity' && r[1] === '2026-12-02' && r[2] === 'huangzhigang')).toBe(true);
  });
});

describe('4. another deed after the pairs', () => {
  it('林晓: the talk 黄志刚\'s, the film apart, the count unlike said', async () => {
    const card = await answerText('林晓', '本月共开展廉政谈话2人次，其中黄志刚书记12月1日与王强谈话1次，另12月2日组织观看警示教育片《迷途》，参加15人');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/「本月共开展廉政谈话2人次」与列出的1人不一致/);
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds ?? []])).toEqual([
      ['talk_integrity', '2026-12-01', 'huangzhigang', ['wangqiang']],
      ['edu_warning', '2026-12-02', 'linxiao', []],
    ]);
  });
});

describe('5. totals with no total word', () => {
  it.each([
    ['张伟', '本月廉政谈话3人次、警示教育1次'],
    ['林晓', '11月：谈心谈话2人次'],
  ])('%s 「%s」: no record, the deeds asked for, nothing waiting', async (who, text) => {
    const answer = await answerText(who, text);
    expect(answer).toMatch(/清风没有记录/);
    expect(answer).toMatch(/请逐条/);
    expect(answer).not.toMatch(/是哪一天|还差一点/);
    await say(who, '12月1日与李明进行了廉政谈话');
    expect(rows().map((r) => [r[0], r[1], r[3]])).toEqual([['talk_integrity', '2026-12-01', 'liming']]);
  });

  it('near-miss: 今天和王强谈话1次 is a talk, its kind asked', async () => {
    const asked = await answerText('王建国', '今天和王强谈话1次');
    expect(asked).toMatch(/哪类|哪一类|廉政谈话/);
    expect(asked).not.toMatch(/合计数|只有次数/);
  });
});

describe('6. a check sheet\'s 小计 row', () => {
  it('林晓: two checks on a card, the 小计 weighed, no third asked', async () => {
    const card = await answerText('林晓', '日期\t检查部门\t类型\n12月1日\t办公室\t作风纪律检查\n12月3日\t财务科\t作风纪律检查\n小计\t\t3次');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/表中「小计 3次」与列出的2项不一致/);
    expect(card).not.toMatch(/哪一天/);
    await say('林晓', '确认');
    expect(activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([
      ['inspect_style', '2026-12-01', 'office'],
      ['inspect_style', '2026-12-03', 'finance'],
    ]);
  });
});
