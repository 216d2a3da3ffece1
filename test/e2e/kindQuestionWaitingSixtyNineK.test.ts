// t72a FB2 (round 69, gik): 胡军, asked the day of a talk, typed 「谈心谈话和廉政谈话有什么区别？」 and got 「这个问题我还回答不了」
// and help, the waiting question not mentioned. Now a short question about the kinds the 台账 keeps (区别 · 算不算 · 要每年…吗)
// is answered one line per kind named (typeQuestionAnswer), the same question asked again, nothing stored; the day then
// answers it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 09:40 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T09:40:00+08:00'));
const { activities, answerText, confirmIfAsked } = chat;

describe('a question about kinds while a question waits', () => {
  it.each([
    ['胡军', '和王芳谈心谈话了', '谈心谈话和廉政谈话有什么区别？', /谈心谈话：[^]*廉政谈话：[^]*分开记录/, 'talk_heart'],
    ['孙杰', '和徐辉进行了廉政谈话', '提醒谈话和廉政谈话有什么区别？', /廉政谈话：[^]*提醒谈话/, 'talk_integrity'],
    ['李娟', '组织科室观看了警示教育片，参加5人', '警示教育和党课是一回事吗？', /警示教育：[^]*廉政党课：[^]*分开记录/, 'edu_warning'],
    ['王强', '和李娟签订了廉政承诺书', '责任书要每年签吗？', /签订责任书\/承诺书：[^]*每年/, 'pledge_sign'],
  ])('%s 「%s」 → 「%s」: the kinds said, the day asked again, nothing stored; then 前天 records it', async (sender, report, question, said, type) => {
    expect(await answerText(sender, report)).toMatch(/哪一天/);
    const reply = await answerText(sender, question);
    expect(reply).toMatch(said);
    expect(reply).toMatch(/哪一天/);
    expect(reply).not.toMatch(/回答不了|没能把这条回复读成/);
    expect(activities()).toEqual([]);
    await confirmIfAsked(sender, await answerText(sender, '前天'));
    expect(activities().map((a) => [a.type, a.date])).toEqual([[type, '2026-12-06']]);
  });

  it('a kind answered (是谈心谈话) is still no question: 「谈心谈话」 typed to 「是哪类活动？」 answers it', async () => {
    expect(await answerText('胡军', '昨天和王芳谈了谈话')).toMatch(/哪类/);
    await confirmIfAsked('胡军', await answerText('胡军', '谈心谈话'));
    expect(activities().map((a) => [a.type, a.date])).toEqual([['talk_heart', '2026-12-07']]);
  });

  it('a question about kinds while a 确认 card waits: the kinds said, the card still open; 确认 then records it', async () => {
    // 刘洋 with his head: a talk turned onto 吴静 goes to a card (the superior's record).
    const card = await answerText('刘洋', '昨天吴部长和我谈心谈话了');
    expect(card).toMatch(/确认/);
    const reply = await answerText('刘洋', '谈心谈话和廉政谈话有什么区别？');
    expect(reply).toMatch(/谈心谈话：[^]*廉政谈话：/);
    expect(reply).toContain('上面的卡片还在等您确认');
    expect(activities()).toEqual([]);
    await answerText('刘洋', '确认');
    expect(activities().map((a) => [a.type, a.date])).toEqual([['talk_heart', '2026-12-07']]);
  });

  it('with nothing waiting, a question about kinds records nothing and is not answered with the waiting question', async () => {
    const reply = await answerText('李娟', '警示教育算不算党课？');
    expect(reply).not.toMatch(/还在等您/);
    expect(activities()).toEqual([]);
  });
});
