// Round 67, ggc (issue 10): what round 66's helpers left — in the chat, on Monday 2026-11-30 10:00 Shanghai.
// 1. 李娟 「王强和孙科长11月26号签了承诺书，我也签了」 asked who the second signing was with: now a card of 孙丽's signings with
//    王强 and with 李娟; 「孙科长11月25日和王强、李娟签了承诺书，我也签了」 asked a third: now the two, no question.
// 2. 「孙科长今天和王强签了，我也签了」 (签了, no paper) was no report: its kind is asked, and the answer stores both signings.
// 3. 孙丽's voice 「11.20组织学习《廉洁自律准则》 11.19和王强谈心谈话 共3人参加」 dropped the 3: now the study's, said on the card.
// 4. 「日期⇥签订对象」 (two columns) was not read: the sender's signings, the card saying no column named who signed.
// 5. 刘芳 「11月2日与组联部全体2人进行了廉政谈话」 was a talk with 周涛 alone: now with 周涛 and 张颖.
// 6. 王建国 「今天和孙丽、王强谈了廉政谈话，李娟请假了，没谈」 was stored at once, nothing said of 李娟: now the card says it.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the day). */
const MONDAY = new Date('2026-11-30T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, confirmIfAsked, say, rows, lastText } = chat;

describe('1. 我也签了 after a pair turned round, or from one named already', () => {
  it.each([['王强和孙科长11月26号签了承诺书，我也签了'], ['11月26号王强和孙科长签了承诺书，我也签了'], ['王强和孙科长11.26签了承诺书 我也签了']])(
    '李娟 「%s」 → a card of 孙丽 with 王强 and with 李娟; 确认 stores both',
    async (text) => {
      const card = await answerText('李娟', text);
      expect(card).not.toMatch(/和谁签订/);
      expect(card).toMatch(/请确认/);
      expect(activities()).toEqual([]);
      await say('李娟', '确认');
      expect(rows()).toEqual([
        ['pledge_sign', '2026-11-26', 'sunli', 'wangqiang'],
        ['pledge_sign', '2026-11-26', 'sunli', 'lijuan'],
      ]);
    },
  );

  it('李娟 「孙科长11月25日和王强、李娟签了承诺书，我也签了」 → two signings, no third asked', async () => {
    const card = await answerText('李娟', '孙科长11月25日和王强、李娟签了承诺书，我也签了');
    expect(card).not.toMatch(/和谁签订/);
    await say('李娟', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-25', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-11-25', 'sunli', 'lijuan'],
    ]);
  });

  it('取消 on the card stores nothing', async () => {
    await answerText('李娟', '王强和孙科长11月26号签了承诺书，我也签了');
    await say('李娟', '取消');
    expect(activities()).toEqual([]);
  });

  it('near-miss: 王强和李娟…，我也签了 (no one above) still asks whom the second was with', async () => {
    const answer = await answerText('李娟', '王强和李娟11月26号签了承诺书，我也签了');
    expect(answer).toMatch(/和谁签订/);
    expect(activities()).toEqual([]);
  });
});

describe('2. 签了 with no paper named', () => {
  it('李娟 「孙科长今天和王强签了，我也签了」 → the kind asked; 签订责任书 stores both signings of 孙丽', async () => {
    const question = await answerText('李娟', '孙科长今天和王强签了，我也签了');
    expect(question).toMatch(/孙丽与王强、李娟的这 2 次签字是签订责任书（承诺书）吗/);
    expect(question.match(/\*\*[^*]+\*\*/g)).toHaveLength(1);
    expect(activities()).toEqual([]);
    const answer = await answerText('李娟', '签订责任书');
    expect(answer).not.toMatch(/哪类活动|签订责任书（承诺书）吗/);
    await confirmIfAsked('李娟', answer);
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-30', 'sunli', 'wangqiang'],
      ['pledge_sign', '2026-11-30', 'sunli', 'lijuan'],
    ]);
  });

  it('取消 at the question stores nothing', async () => {
    await answerText('李娟', '孙科长今天和王强签了，我也签了');
    await say('李娟', '取消');
    expect(activities()).toEqual([]);
  });
});

describe('3. a closing count after items parted by spaces', () => {
  it('孙丽 「11.20组织学习《廉洁自律准则》 11.19和王强谈心谈话 共3人参加」 → the study counts 3, said on the card', async () => {
    const card = await answerText('孙丽', '11.20组织学习《廉洁自律准则》 11.19和王强谈心谈话 共3人参加');
    expect(card).toMatch(/「共3人参加」记为廉政教育（11月20日）的参加人数/);
    await say('孙丽', '确认');
    expect(chat.datedRows()).toEqual([
      ['talk_heart', '2026-11-19', 'sunli', 'wangqiang', null],
      ['edu_integrity', '2026-11-20', 'sunli', '', 3],
    ]);
  });

  it('孙丽 「11.19和王强谈心谈话 共3人参加」 → the talk on a card that says the 3 is not recorded', async () => {
    const card = await answerText('孙丽', '11.19和王强谈心谈话 共3人参加');
    expect(card).toMatch(/「共3人参加」未记录/);
    expect(activities()).toEqual([]);
  });
});

describe('4. a two-column table of days and whom', () => {
  it('李明 「日期⇥签订对象」 rows → his signings on a card that says no column named who signed; 确认 stores them', async () => {
    const card = await answerText('李明', '日期\t签订对象\n11月4日\t王芳\n11月4日\t胡军');
    expect(card).toMatch(/表格里没有签订人一栏，按您本人签订记录/);
    expect(activities()).toEqual([]);
    await say('李明', '确认');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-04', 'liming', 'wangfang'],
      ['pledge_sign', '2026-11-04', 'liming', 'hujun'],
    ]);
  });

  it('周涛 「谈话日期⇥谈话对象」 → the talks\' kind asked, nothing stored yet', async () => {
    const answer = await answerText('周涛', '谈话日期\t谈话对象\n11月5日\t张颖\n11月12日\t刘洋');
    expect(answer).toMatch(/谈话/);
    expect(answer).not.toMatch(/没看懂/);
    expect(activities()).toEqual([]);
  });
});

describe('5. 全体 with a count written without brackets', () => {
  it.each([['11月2日与组联部全体2人进行了廉政谈话'], ['11月2日与组联部全体2名同志进行了廉政谈话']])('刘芳 「%s」 → talks with 周涛 and 张颖', async (text) => {
    const card = await answerText('刘芳', text);
    expect(card).toMatch(/周涛、张颖共2人/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-02', 'liufang', 'zhoutao'],
      ['talk_integrity', '2026-11-02', 'liufang', 'zhangying'],
    ]);
  });

  it('王建国 「11.20和财务科全体4人进行了廉政谈话」 → three talks, the card saying 4 is not the 3 listed', async () => {
    const card = await answerText('王建国', '11.20和财务科全体4人进行了廉政谈话');
    expect(card).toMatch(/「财务科全体4人」与通讯录里列出的3人不一致/);
    await say('王建国', '确认');
    expect(rows().map((r) => r[3])).toEqual(['sunli', 'wangqiang', 'lijuan']);
  });
});

describe('6. someone away, then 没谈 in a clause of its own', () => {
  it.each([['今天和孙丽、王强谈了廉政谈话，李娟请假了，没谈'], ['今天和孫麗、王強談了廉政談話，李娟請假了，沒談'], ['今天和孙丽、王强谈了廉政谈话，李娟在外学习']])(
    '王建国 「%s」 → a card that says 李娟 was not talked to; 确认 stores 孙丽 and 王强 only',
    async (text) => {
      const card = await answerText('王建国', text);
      expect(card).toMatch(/李娟不在场，没有记入这次谈话/);
      expect(activities()).toEqual([]);
      await say('王建国', '确认');
      expect(rows()).toEqual([
        ['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli'],
        ['talk_integrity', '2026-11-30', 'wangjianguo', 'wangqiang'],
      ]);
      await say('王建国', '撤销第2条');
      expect(lastText()).toMatch(/已撤销/);
      expect(rows()).toEqual([['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli']]);
    },
  );
});
