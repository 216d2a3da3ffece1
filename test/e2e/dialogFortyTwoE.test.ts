// Over HTTP: round 42 (foe), t42b F7's follow-up (issue 10), turn by turn through the real bot.
//  - 「第9条不对，通报案例是谈话的内容，不用单独记」 while a card waits leaves that record off (was: 「这条消息没有记录，下面
//    的卡片仍在等您确认」; only 「第9条不要」 was read); so do 第N条多了，删掉吧 · 第N条不用单独记;
//  - near-misses: 第N条不对 alone asks what to change, 第N条不对，日期是… corrects the field, a reason naming another
//    record's number drops nothing.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const chat = useChatBot(new Date('2026-12-05T12:00:00+08:00'));
const { lastText, rows, say } = chat;
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** 王建国's two talks and two signings on a card of four (a clerk's report of a leader's deeds). */
const C1 = '11月30日王建国副理事长与孙丽、王强分别进行了廉政谈话，并签订了廉洁承诺书';
const ALL_FOUR = [
  ['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli'],
  ['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang'],
  ['pledge_sign', '2026-11-30', 'wangjianguo', 'sunli'],
  ['pledge_sign', '2026-11-30', 'wangjianguo', 'wangqiang'],
];

describe('第N条 + why + leave it out, on a waiting card', () => {
  it.each([
    ['第4条不对，王强的承诺书是谈话的内容，不用单独记'],
    ['第4条多了，删掉吧'],
    ['第4条不用单独记'],
    ['第四条不对，不用记'],
    ['第4条不对，这个去掉'],
  ])('「%s」 leaves the 4th record off; 确认 records the other three', async (words) => {
    await say('李娟', C1);
    expect(lastText()).toContain('请确认以下 4 条记录');
    await say('李娟', words);
    expect(lastText()).toContain('已去掉第4条');
    expect(lastText()).not.toContain('这条消息没有记录');
    await say('李娟', '确认');
    expect(rows()).toEqual(ALL_FOUR.slice(0, 3));
  });

  it('a talk briefing cases (林晓, t42b F7) is 16 records, no 警示教育; the 9th dropped by 第9条不对…不用单独记', async () => {
    await say('林晓', '11月20日下午，机关纪委书记黄志刚与各部室主要负责人开展了节前集体廉政谈话，通报了近期查处的违反中央八项规定精神典型案例，各部室主要负责人共8人参加，会后大家签订了廉洁过节承诺书。');
    expect(lastText()).toContain('请确认以下 16 条记录');
    expect(lastText()).not.toContain('警示教育');
    expect(lastText()).toContain('是谈话中通报的内容，未单独记录');
    await say('林晓', '第9条不对，和李明签的承诺书另报，不用单独记');
    expect(lastText()).toContain('已去掉第9条');
    await say('林晓', '确认');
    expect(rows()).toHaveLength(15);
    expect(rows().filter((r) => r[0] === 'pledge_sign')).toHaveLength(7);
  });

  it('near-miss: 第4条不对 alone asks what is wrong, nothing taken off', async () => {
    await say('李娟', C1);
    await say('李娟', '第4条不对');
    expect(lastText()).not.toContain('已去掉');
    await say('李娟', '取消');
    expect(rows()).toEqual([]);
  });

  it('near-miss: 第4条不对，日期是11月29日 changes the day, nothing taken off', async () => {
    await say('李娟', C1);
    await say('李娟', '第4条不对，日期是11月29日');
    expect(lastText()).not.toContain('已去掉');
    await say('李娟', '确认');
    expect(rows()).toHaveLength(4);
  });

  it('near-miss: a reason that names another record drops nothing on a guess', async () => {
    await say('李娟', C1);
    await say('李娟', '第4条不对，应该是第3条删掉');
    expect(lastText()).not.toContain('已去掉第4条');
  });
});
