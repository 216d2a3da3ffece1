// Round 61, gab (issue 10; t63a F1/F2/F4 and fbf's left-alone): summaries with counts. A tally's lead is no record of its
// own — it only checks the count, a difference said on the card — and its items keep their doer and their own day; a tally
// of talks of no kind is asked, never dropped.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai: the findings' December days are past. */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
const rows = chat.datedRows;

describe('a counted lead over its items: the items alone, each with its doer', () => {
  it('胡军 「报告：办公室本月组织廉政教育2次，其中…」 → two records on the card, the study 李明\'s; 确认 stores those two', async () => {
    const card = await answerText('胡军', '报告：办公室本月组织廉政教育2次，其中12月1日李明主任带领办公室全体人员学习了《中国共产党纪律处分条例》，12月4日组织观看警示教育片《零容忍》，参加6人。');
    expect(card).toMatch(/确认/);
    expect(card).not.toMatch(/哪一天/);
    expect(activities()).toEqual([]);
    await answerText('胡军', '确认');
    expect(rows()).toEqual([
      ['edu_integrity', '2026-12-01', 'liming', '', null],
      ['edu_warning', '2026-12-04', 'liming', '', 6],
    ]);
  });

  it('林晓 「开展提醒谈话3人次，黄志刚书记分别于…对王强、何平…」 → two talks of 黄志刚\'s, the 3 against 2 said on the card', async () => {
    const card = await answerText('林晓', '开展提醒谈话3人次，黄志刚书记分别于11月30日、12月3日对王强、何平进行了提醒谈话');
    expect(card).toMatch(/不一致/);
    await answerText('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'huangzhigang', 'wangqiang', null],
      ['talk_integrity', '2026-12-03', 'huangzhigang', 'heping', null],
    ]);
  });

  it('near-miss: the count matching (2人次) → the same two talks, no 不一致 on the card', async () => {
    const card = await answerText('林晓', '开展提醒谈话2人次，黄志刚书记分别于11月30日、12月3日对王强、何平进行了提醒谈话');
    expect(card).not.toMatch(/不一致/);
    await answerText('林晓', '确认');
    expect(rows().map((r) => [r[1], r[2], r[3]])).toEqual([
      ['2026-11-30', 'huangzhigang', 'wangqiang'],
      ['2026-12-03', 'huangzhigang', 'heping'],
    ]);
  });
});

describe('groups with their day–person pairs in brackets: each person on the day beside them', () => {
  it('林晓 「本月开展谈话4次，其中廉政谈话2次（12月1日与孙丽、12月2日与王强），谈心谈话2次（…）」 → four talks, four days', async () => {
    await answerText('林晓', '本月开展谈话4次，其中廉政谈话2次（12月1日与孙丽、12月2日与王强），谈心谈话2次（12月3日与李娟、12月4日与胡军）');
    await answerText('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-01', 'linxiao', 'sunli', null],
      ['talk_integrity', '2026-12-02', 'linxiao', 'wangqiang', null],
      ['talk_heart', '2026-12-03', 'linxiao', 'lijuan', null],
      ['talk_heart', '2026-12-04', 'linxiao', 'hujun', null],
    ]);
  });

  it('the lead\'s 5 against four pairs is said on the card', async () => {
    const card = await answerText('林晓', '本月开展谈话5次，其中廉政谈话2次（12月1日与孙丽、12月2日与王强），谈心谈话2次（12月3日与李娟、12月4日与胡军）');
    expect(card).toMatch(/本月开展谈话5次」与括号里列出的4人不一致/);
  });
});

describe('talk tallies of no kind: asked beside a count or under a person, never dropped', () => {
  it('near-miss: 林晓 「本月开展谈话5次」 alone → no record, and the reply says what each talk needs (round 59, as before)', async () => {
    const answer = await answerText('林晓', '本月开展谈话5次');
    expect(answer).toMatch(/只有次数/);
    expect(answer).toMatch(/和谁/);
    expect(activities()).toEqual([]);
  });

  it('林晓 「这个月检查了三次 谈话五次」 → both asked (the talks are not dropped), nothing stored', async () => {
    const answer = await answerText('林晓', '这个月检查了三次 谈话五次');
    expect(answer).not.toMatch(/没看懂|没有读出/);
    expect(activities()).toEqual([]);
    // The check asked its kind first, the talks waiting as the message's second record.
    expect(answer).toMatch(/同一条消息里还有 1 条/);
    expect(answer).toMatch(/作风纪律检查/);
  });

  it('林晓 「黄书记本月开展谈话3次」 → 黄志刚 holds the talks: never asked as the one talked to', async () => {
    const answer = await answerText('林晓', '黄书记本月开展谈话3次');
    expect(answer).toMatch(/活动人 黄志刚/);
    expect(answer).toMatch(/廉政谈话/);
    expect(activities()).toEqual([]);
    await answerText('林晓', '廉政谈话');
    expect(activities().filter((a) => a.counterpartIds.includes('huangzhigang'))).toEqual([]);
  });
});
