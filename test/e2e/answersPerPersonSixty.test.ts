// Round 60, the merge (issue 10; t63b B1/B2, both stored wrong at once): answers that say something different of each
// person waiting. 「赵磊是周三 陈静记不清了」 to 是哪一天 put both talks on 12-02; 「王强是廉政 李娟是谈心」 to 是哪一类 stored
// both as 谈心谈话. The one whose day is not remembered keeps waiting; each person's talk takes the kind said for them.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 09:00 in Shanghai: 上周三 is 12-02, 周三 in an answer about 上周 too. */
const MONDAY = new Date('2026-12-07T09:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.counterpartIds.join()]).sort((x, y) => x[2]!.localeCompare(y[2]!));

describe('to 是哪一天 of two talks: one person\'s day not remembered', () => {
  it.each([
    ['赵磊是周三 陈静记不清了'],
    ['赵磊周三，陈静的日子记不清了'],
    ['周三 和陈静那次忘了'],
    ['赵磊是12月2号，陈静不记得了'],
  ])('冯雪 「%s」 → 赵磊\'s talk on 12-02, 陈静\'s still asked', async (said) => {
    expect(await answerText('冯雪', '上周和赵磊 陈静分别谈了话 是廉政谈话')).toMatch(/哪一天|日期/);
    const answer = await answerText('冯雪', said);
    expect(activities().filter((a) => a.counterpartIds.includes('chenjing'))).toEqual([]);
    expect(answer).toMatch(/陈静/);
    expect(answer).toMatch(/哪一天|日期/);
    // 陈静's day remembered later: only then recorded.
    await answerText('冯雪', '12月3日');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-03', 'chenjing'],
      ['talk_integrity', '2026-12-02', 'zhaolei'],
    ]);
  });

  it('「陈静记不清了」 alone → nothing recorded, asked again with why', async () => {
    await answerText('冯雪', '上周和赵磊 陈静分别谈了话 是廉政谈话');
    const answer = await answerText('冯雪', '陈静记不清了');
    expect(activities()).toEqual([]);
    expect(answer).toMatch(/「陈静记不清了」：这一条先不记日期/);
  });

  it('near-miss: 「都是周三」 → both on 12-02, as before', async () => {
    await answerText('冯雪', '上周和赵磊 陈静分别谈了话 是廉政谈话');
    await answerText('冯雪', '都是周三');
    expect(rows().map((r) => r[1])).toEqual(['2026-12-02', '2026-12-02']);
  });
});

describe('to 是哪一类 of one talk with two people: a kind for each', () => {
  it.each([
    ['王强是廉政 李娟是谈心'],
    ['王强廉政，李娟谈心'],
    ['和王强是廉政谈话，和李娟是谈心谈话'],
  ])('孙丽 「%s」 → 王强 廉政谈话, 李娟 谈心谈话', async (said) => {
    expect(await answerText('孙丽', '今天和王强 李娟分别谈话了')).toMatch(/哪一类|哪类|类型/);
    await answerText('孙丽', said);
    const last = activities().length === 0 ? await answerText('孙丽', '确认') : '';
    void last;
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-07', 'lijuan'],
      ['talk_integrity', '2026-12-07', 'wangqiang'],
    ]);
  });

  it('near-miss: 「都是廉政谈话」 → both 廉政谈话, as before', async () => {
    await answerText('孙丽', '今天和王强 李娟分别谈话了');
    await answerText('孙丽', '都是廉政谈话');
    if (activities().length === 0) await answerText('孙丽', '确认');
    expect(rows().map((r) => r[0])).toEqual(['talk_integrity', 'talk_integrity']);
  });
});
