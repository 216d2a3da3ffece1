// Round 33b (tester t33b, F8; fixed by helper v3, issue 10): what a 确认 card says must follow its records.
// - 「不对，活动人是张伟书记」 on a card read as 王建国's talk: the card and the receipt kept 「注：谈话人为王建国（代为上报）」.
//   A remark naming a doer goes when no record of the card is that doer's any more.
// - 周涛's own 我部召开… and 我与张颖… beside a leader who only came: the card said 「记在他人名下（您代为上报）」 of two records
//   both 「活动人：您本人」. The reason is said only while some record is someone else's.
// - A check of 宣文部 and 维权部 today after a 宣文部 check today was 「已有一条相同记录」, so 确认 could not add the 维权部
//   visit. A record naming a department the stored one does not is another deed.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

describe('a doer changed on the card takes its remark with it', () => {
  it('「不对，活动人是张伟书记」: neither the card nor the receipt says 谈话人为王建国', async () => {
    await say('胡军', '王建国副理事长11月25日与李明、孙丽进行了廉政谈话');
    expect(lastText()).toContain('谈话人为王建国（代为上报）');
    await say('胡军', '第2条不用记');
    await say('胡军', '不对，活动人是张伟书记');
    expect(lastText()).toContain('张伟');
    expect(lastText()).not.toContain('谈话人为王建国');
    await say('胡军', '对');
    expect(lastText()).toContain('已记录');
    expect(lastText()).not.toContain('谈话人为王建国');
    expect(rows()).toEqual([['talk_integrity', '2026-11-25', 'zhangwei', 'liming']]);
  });

  it('a change of day keeps the remark: the doer is still 王建国', async () => {
    await say('胡军', '王建国副理事长11月25日与李明、孙丽进行了廉政谈话');
    await say('胡军', '日期改成11月26日');
    expect(lastText()).toContain('谈话人为王建国（代为上报）');
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-26', 'wangjianguo', 'sunli'],
    ]);
  });
});

describe('someone else\'s deed is said only of a card that has one', () => {
  it('周涛\'s own study and talk beside 刘芳 who came: no 「记在他人名下」', async () => {
    await say('周涛', '11月18日，我部召开部务会，专题学习《中国共产党廉洁自律准则》，刘芳副理事长到会并讲话，全部5名同志参加。同日，我与张颖进行了谈心谈话。');
    expect(lastText()).toContain('您本人');
    expect(lastText()).not.toContain('记在他人名下');
    expect(activities()).toHaveLength(0);
    await say('周涛', '确认');
    expect(activities().map((a) => [a.type, a.actorId])).toEqual([
      ['edu_integrity', 'zhoutao'],
      ['talk_heart', 'zhoutao'],
    ]);
  });

  it('a card of 王建国\'s talk still says it is recorded under another\'s name', async () => {
    await say('胡军', '王建国副理事长11月25日与李明进行了廉政谈话');
    expect(lastText()).toContain('记在他人名下');
  });
});

describe('a check of more departments is no duplicate of one of them', () => {
  it('宣文部 today, then 宣文部 and 维权部 today: no duplicate, 确认 stores the second check', async () => {
    await say('黄志刚', '今天上午到宣文部检查了考勤');
    if (activities().length === 0) await say('黄志刚', '确认');
    expect(activities()).toHaveLength(1);
    await say('黄志刚', '今天上午到宣文部、下午到维权部检查了考勤');
    expect(lastText()).toContain('宣文部、维权部');
    expect(lastText()).not.toMatch(/已有一条相同记录|已有相同记录/);
    await say('黄志刚', '确认');
    expect(activities()).toHaveLength(2);
    expect(activities()[1]!.departmentIds).toEqual(['publicity', 'rights']);
  });

  it('the same 宣文部 check again is still the same record', async () => {
    await say('黄志刚', '今天上午到宣文部检查了考勤');
    if (activities().length === 0) await say('黄志刚', '确认');
    await say('黄志刚', '今天上午到宣文部检查了考勤');
    expect(lastText()).toMatch(/已有一条相同记录|已有相同记录/);
  });
});
