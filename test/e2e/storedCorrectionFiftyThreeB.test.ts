// Round 53 (issue 10), fixer fkb: a typed correction or withdrawal of a record already stored, phrased as staff phrase it.
// t55b F2: 王芳's 「刚才报的张书记和王建国副理事长的谈话是12月1日，不是11月30日，麻烦改一下」 asked the type of a NEW talk; now
// 刚才报的 · 刚刚报的 · 刚才报错了， point back at the stored record its words name, changed on a 【请确认修改】 card.
// t55b FB1: 黄志刚's 「刚才那条约谈撤销一下，是林晓约谈的不是我」 became a new talk 黄志刚–林晓 (day asked, then a card); now a
// withdrawal with a reason is 撤销 of the latest record, the reason said back, nothing new recorded.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: 12月1日 is past, and no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say, rows, recorded } = chat;

/** Sends `text` as `who`, and 确认 when a card is shown, so the report is recorded. */
describe('t55b F2: 刚才报的 + the record named + its change: a change card, never a new report', () => {
  it('王芳\'s message: store → correction → 修改 card → 确认 → one talk, on 12月1日', async () => {
    await recorded('王芳', '11月30日上午张书记和王建国副理事长进行了廉政谈话');
    expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'zhangwei', 'wangjianguo']]);
    const answer = await answerText('王芳', '刚才报的张书记和王建国副理事长的谈话是12月1日，不是11月30日，麻烦改一下');
    expect(answer).toMatch(/请确认修改/);
    expect(answer).toMatch(/2026-12-01/);
    expect(answer).not.toMatch(/类型未知|是哪一天|哪一类/);
    expect(activities()).toHaveLength(1);
    await say('王芳', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-01', 'zhangwei', 'wangjianguo']]);
  });

  it.each([
    ['孙丽', '12月2日和王强谈心谈话', '刚才报的和王强的谈心谈话是12月1日，不是12月2日', ['talk_heart', '2026-12-01', 'sunli', 'wangqiang']],
    ['吴静', '12月3日和刘洋进行了廉政谈话', '刚刚报的和刘洋的谈话是谈心谈话，不是廉政谈话', ['talk_heart', '2026-12-03', 'wujing', 'liuyang']],
    ['王芳', '11月30日上午张书记和王建国副理事长进行了廉政谈话', '刚才报错了，和张书记和王建国的谈话是12月1日', ['talk_integrity', '2026-12-01', 'zhangwei', 'wangjianguo']],
    ['周涛', '12月3日和张颖谈心谈话', '刚才上报的和张颖的谈心日期应该是12月2日，麻烦改一下', ['talk_heart', '2026-12-02', 'zhoutao', 'zhangying']],
  ])('%s: 「%s」 then 「%s」: one record, changed at 确认', async (who, report, correction, after) => {
    await recorded(who, report);
    const answer = await answerText(who, correction);
    expect(answer).toMatch(/请确认修改/);
    expect(activities()).toHaveLength(1);
    await say(who, '确认');
    expect(rows()).toEqual([after]);
  });

  it('刚才报的党课人数改成23人: the stored 党课 counts 23 at 确认', async () => {
    await recorded('刘芳', '12月2日给康复部讲了廉政党课，30人参加');
    expect(await answerText('刘芳', '刚才报的党课人数改成23人')).toMatch(/请确认修改/);
    await say('刘芳', '确认');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.attendees).toBe(23);
  });

  it('near-miss: with no such record stored, said so; nothing recorded', async () => {
    const answer = await answerText('孙丽', '刚才报的和王强的谈心谈话是12月1日，不是12月2日');
    expect(answer).toMatch(/没有找到|还没有可以修改/);
    expect(activities()).toHaveLength(0);
  });
});

describe('t55b FB1: 撤销 + a reason withdraws the latest record; the reason\'s people are no new record', () => {
  it('黄志刚\'s message: the 约谈 of 何平 withdrawn, the reason said back, no talk with 林晓', async () => {
    await recorded('黄志刚', '11月27日约谈了何平');
    const answer = await answerText('黄志刚', '刚才那条约谈撤销一下，是林晓约谈的不是我');
    expect(answer).toMatch(/已撤销：廉政谈话/);
    expect(answer).toMatch(/原因「是林晓约谈的不是我」/);
    expect(answer).not.toMatch(/是哪一天/);
    expect(activities()).toHaveLength(0);
  });

  it.each([['刚才那条撤销，报错了'], ['刚才那条撤销一下，重复了'], ['报错了，刚才那条撤销一下'], ['撤销刚才那条约谈，是林晓约谈的'], ['刚才那条谈话不算，和何平还没谈']])(
    '「%s」 withdraws the latest 约谈, records nothing',
    async (said) => {
      await recorded('黄志刚', '11月27日约谈了何平');
      expect(await answerText('黄志刚', said)).toMatch(/已撤销/);
      expect(activities()).toHaveLength(0);
    },
  );

  it('a kind noun that does not fit the latest record withdraws nothing, and says so', async () => {
    await recorded('刘芳', '12月2日给康复部讲了廉政党课');
    const answer = await answerText('刘芳', '刚才那条约谈撤销，报错了');
    expect(answer).toMatch(/不是「约谈」/);
    expect(activities()).toHaveLength(1);
  });

  it('near-miss: nothing stored: 还没有可以撤销的记录, nothing recorded', async () => {
    expect(await answerText('黄志刚', '刚才那条约谈撤销一下，是林晓约谈的不是我')).toMatch(/还没有可以撤销/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: a plan moved (和张颖的谈心谈话改到下周三) is no report, said so', async () => {
    const answer = await answerText('王芳', '和张颖的谈心谈话改到下周三');
    expect(answer).toMatch(/计划/);
    expect(activities()).toHaveLength(0);
  });

  it('near-miss: 改到昨天谈的 is a talk held, recorded', async () => {
    await answerText('孙丽', '和王强的谈心谈话改到昨天谈的');
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-03', 'sunli', 'wangqiang']]);
  });
});
