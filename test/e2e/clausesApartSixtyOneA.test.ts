// Round 61 (issue 10), fixer gaa: every clause keeps its own doer, day and people (t63b X1/X2, fbc's doubt, fbe, fbf).
// 1. 吴静「昨天和刘洋谈了话 上周也跟王建国副理事长谈过」, 「都是谈心」 to 是哪类: two talks, the second's day asked (上周 is vague),
//    never one record with 刘洋 and 王建国 on 昨天.
// 2. 李娟「孙科长上周三找王强谈了心，同一天还找我也谈了」: a card of two 孙丽 talks; 确认 stores both (the one with 李娟 kept).
// 3. 林晓「…王建国副理事长与孙丽进行了廉政谈话，孙丽科长随后与王强进行了廉政谈话」: the second talk is 孙丽's.
// 4. 周涛「今天和张颖 谈了心 她说上周二 刘芳副理事长也找她谈过」: 周涛–张颖 today; the relayed 刘芳–张颖 talk on 上周二, its kind
//    asked; never a 刘芳–周涛 talk.
// 5. 林晓「11.25 张书记到财务科开展作风纪律检查⏎第二天到办公室检查」: both checks 张伟's, the second on 11-26.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Friday 2026-12-04, 08:00 in Shanghai: no reminder's hour interleaves a notice. */
const FRIDAY = new Date('2026-12-04T08:00:00+08:00');
const chat = useChatBot(FRIDAY);
const { activities, answerText, say } = chat;
const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join()]).sort((x, y) => String(x).localeCompare(String(y)));

/** Answers each of `answers` in turn, then 确认 on the card when one is shown; returns every reply. */
async function settle(from: string, text: string, answers: string[] = []): Promise<string[]> {
  const replies = [await answerText(from, text)];
  for (const a of answers) replies.push(await answerText(from, a));
  if (/请确认/.test(replies.at(-1)!)) replies.push(await answerText(from, '确认'));
  return replies;
}

describe('1. a second talk on a day of its own (t63b X2)', () => {
  it('吴静 → two untyped talks asked; 「都是谈心」 types both; the 王建国 talk\'s day is asked, never 昨天', async () => {
    const first = await answerText('吴静', '昨天和刘洋谈了话 上周也跟王建国副理事长谈过');
    expect(first).toMatch(/2026-12-03（昨天）｜对象：刘洋（康复部科员）（第1条）；（类型未知）｜（日期未知）｜对象：王建国/);
    expect(activities()).toHaveLength(0);
    const second = await answerText('吴静', '都是谈心');
    expect(second).toMatch(/是上周（11月23日—11月29日）哪一天/);
    expect(activities()).toHaveLength(0);
    const card = await answerText('吴静', '11月27日');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/谈心谈话｜2026-11-27｜对象：王建国（党组成员、副理事长）｜活动人：您本人/);
    await say('吴静', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-27', 'wujing', 'wangjianguo'],
      ['talk_heart', '2026-12-03', 'wujing', 'liuyang'],
    ]);
  });
  it('吴静 with her own 分管领导 (刘芳): the leader\'s talk with her, as the clause alone reads, on its own day', async () => {
    await settle('吴静', '昨天和刘洋谈了心，11月24日也跟刘芳副理事长谈过');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-24', 'liufang', 'wujing'],
      ['talk_heart', '2026-12-03', 'wujing', 'liuyang'],
    ]);
  });
  it('near-miss 「上周和李明谈了话 也和孙丽谈了」 from 王建国: one talk with both, its kind and day asked together', async () => {
    const asked = await answerText('王建国', '上周和李明谈了话 也和孙丽谈了');
    expect(asked).toMatch(/与李明、孙丽的这 2 次谈话是哪一类谈话/);
  });
});

describe('2. the deed with the sender after 同一天还 (fbe)', () => {
  it('李娟 → a card of 孙丽–王强 and 孙丽–李娟 on 11-25; 确认 stores both', async () => {
    const card = await answerText('李娟', '孙科长上周三找王强谈了心，同一天还找我也谈了');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/谈心谈话｜2026-11-25｜对象：李娟（财务科科员）｜活动人：孙丽/);
    expect(activities()).toHaveLength(0);
    await say('李娟', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-25', 'sunli', 'lijuan'],
      ['talk_heart', '2026-11-25', 'sunli', 'wangqiang'],
    ]);
  });
  it('徐辉 「何主任11月20日与孙杰签了承诺书，同一天还与我也签了」 → both 何平\'s signings; 取消 stores none', async () => {
    const card = await answerText('徐辉', '何主任11月20日与孙杰签了承诺书，同一天还与我也签了');
    expect(card).toMatch(/签订责任书\/承诺书｜2026-11-20｜对象：徐辉（康复中心副主任）｜活动人：何平/);
    await say('徐辉', '取消');
    expect(activities()).toHaveLength(0);
    await settle('徐辉', '何主任11月20日与孙杰签了承诺书，同一天还与我也签了');
    expect(rows()).toEqual([
      ['pledge_sign', '2026-11-20', 'heping', 'sunjie'],
      ['pledge_sign', '2026-11-20', 'heping', 'xuhui'],
    ]);
  });
});

describe('3. a new subject is the second deed\'s doer (fbc)', () => {
  it.each([
    ['11月27日王建国副理事长与孙丽进行了廉政谈话，孙丽科长随后与王强进行了廉政谈话'],
    ['11月27日，王副理事长与孙科长进行了廉政谈话；孙科长随后与王强进行了廉政谈话。'],
    ['11月27日王建国副理事长与孙丽进行了廉政谈话 孙丽 随后 与 王强 进行了 廉政谈话'],
  ])('林晓 「%s」 → 王建国–孙丽 and 孙丽–王强', async (text) => {
    const [card] = await settle('林晓', text);
    expect(card).toMatch(/廉政谈话｜2026-11-27｜对象：王强（财务科副科长）｜活动人：孙丽/);
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-27', 'sunli', 'wangqiang'],
      ['talk_integrity', '2026-11-27', 'wangjianguo', 'sunli'],
    ]);
  });
});

describe('4. a relayed talk (t63b X1)', () => {
  it('周涛 → 周涛–张颖 today; 刘芳–张颖 on 11-24 asked its kind, never a 刘芳–周涛 talk', async () => {
    const asked = await answerText('周涛', '今天和张颖 谈了心 她说上周二 刘芳副理事长也找她谈过');
    expect(asked).toMatch(/活动人 刘芳（党组成员、副理事长）｜（类型未知）｜2026-11-24｜对象：张颖/);
    expect(asked).toMatch(/谈心谈话｜2026-12-04（今天）｜对象：张颖/);
    const card = await answerText('周涛', '谈心');
    expect(card).toMatch(/请确认以下 2 条记录/);
    await say('周涛', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-24', 'liufang', 'zhangying'],
      ['talk_heart', '2026-12-04', 'zhoutao', 'zhangying'],
    ]);
  });
});

describe('5. a line going on with no subject (fbf)', () => {
  it('林晓 「11.25 张书记到财务科开展作风纪律检查⏎第二天到办公室检查」 → both checks 张伟\'s, 11-25 and 11-26', async () => {
    await settle('林晓', '11.25 张书记到财务科开展作风纪律检查\n第二天到办公室检查');
    expect(rows()).toEqual([
      ['inspect_style', '2026-11-25', 'zhangwei', ''],
      ['inspect_style', '2026-11-26', 'zhangwei', ''],
    ]);
  });
  it('林晓 「补充一下 11月24日那天 赵书记 还 和 王磊 部长 签了 责任书」 → 赵敏\'s signing with 王磊 (fbe)', async () => {
    await settle('林晓', '补充一下 11月24日那天 赵书记 还 和 王磊 部长 签了 责任书');
    expect(rows()).toEqual([['pledge_sign', '2026-11-24', 'zhaomin', 'wanglei']]);
  });
});
