// Round 62, gbh (issue 10; t65a F1, F3): a pasted table with a 主持/谈话人 header and pasted rows without a header (day · doer
// · whom · kind · count) — one record per row, each doer from its column, the count kept, the sender in the 对象 column the
// one talked to, nothing made up outside the rows.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (the tester's clock). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
const rows = chat.datedRows;

describe('pasted tables read column by column', () => {
  it('张颖 pastes 日期⇥活动类型⇥主持/谈话人⇥对象⇥人数 and three rows → a card of three, 确认 stores them as the columns say', async () => {
    const card = await answerText('张颖', '日期\t活动类型\t主持/谈话人\t对象\t人数\n11月16日\t谈心谈话\t周涛\t张颖\t1\n11月23日\t警示教育\t周涛\t组联部全体\t6\n11.30\t廉政谈话\t刘芳\t周涛\t1');
    expect(card).toMatch(/确认/);
    expect(card).not.toMatch(/没有对应/);
    expect(activities()).toEqual([]);
    await answerText('张颖', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-16', 'zhoutao', 'zhangying', null],
      ['edu_warning', '2026-11-23', 'zhoutao', '', 6],
      ['talk_integrity', '2026-11-30', 'liufang', 'zhoutao', null],
    ]);
  });

  it('孙杰 pastes rows without a header, a count last and himself in the 对象 column → 何平 lectured with 15, 徐辉 talked with 孙杰', async () => {
    const card = await answerText('孙杰', '11.30\t何平\t康复中心全体人员\t廉政党课\t15\n12.1\t何平\t徐辉\t谈心谈话\n12月3日\t徐辉\t孙杰\t谈心谈话');
    expect(card).toMatch(/确认/);
    expect(card).not.toMatch(/谁讲|没有对应/);
    await answerText('孙杰', '确认');
    expect(rows()).toEqual([
      ['edu_lecture', '2026-11-30', 'heping', '', 15],
      ['talk_heart', '2026-12-01', 'heping', 'xuhui', null],
      ['talk_heart', '2026-12-03', 'xuhui', 'sunjie', null],
    ]);
  });

  it('near-miss: 徐辉 pastes his own row 「12月3日⇥徐辉⇥孙杰⇥谈心谈话」 → his talk with 孙杰, as before', async () => {
    await answerText('徐辉', '12月3日\t徐辉\t孙杰\t谈心谈话');
    await answerText('徐辉', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-03', 'xuhui', 'sunjie', null]]);
  });
  it('孙杰 on the card: 「第3条是徐主任找我谈的 不是我找他 第1条人数是15人」 → both changes made, neither dropped', async () => {
    await answerText('孙杰', '11.30\t何平\t康复中心全体人员\t廉政党课\n12.1\t何平\t徐辉\t谈心谈话\n12月3日\t徐辉\t孙杰\t谈心谈话');
    const card = await answerText('孙杰', '第3条是徐主任找我谈的 不是我找他 第1条人数是15人');
    expect(card).toMatch(/第1条人数改为15人/);
    await answerText('孙杰', '确认');
    expect(rows()).toEqual([
      ['edu_lecture', '2026-11-30', 'heping', '', 15],
      ['talk_heart', '2026-12-01', 'heping', 'xuhui', null],
      ['talk_heart', '2026-12-03', 'xuhui', 'sunjie', null],
    ]);
  });
});
