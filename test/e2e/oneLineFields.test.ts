// f24 (issue 10, round 22u C1/C2/E2): a 台账 row typed on one line (谈话人：X｜谈话对象：Y｜记录人：Z), a lecture's 主讲人/题目
// fields, and a table's 谈话人—对象 column are read as the doer's deeds: shown on a card for 确认, then stored that way.
// They were the sender's talks with every name (the clerk the doer), the lecturer asked though named, a merged row lost.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

const rows = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('a 台账 row on one line', () => {
  it('谈话人 is the doer, 谈话对象 the ones talked to, the 记录人 no one; nothing stored before 确认', async () => {
    await say('李娟', '2026.11.17｜财务科｜廉政谈话｜谈话人：王建国｜谈话对象：孙丽、王强｜记录人：李娟');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/王建国/);
    await say('李娟', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-17', 'wangjianguo', ['sunli']],
      ['talk_integrity', '2026-11-17', 'wangjianguo', ['wangqiang']],
    ]);
  });

  it('主讲人 张伟 题目 … 听课人数 36: 张伟\'s 党课 with its title and count, no extra 警示教育', async () => {
    await say('王芳', '11.19 下午 三楼会议室 廉政党课 主讲人 张伟 题目 以案为鉴守牢底线 听课人数 36 记录 王芳');
    expect(activities()).toEqual([]);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title, a.attendees])).toEqual([['edu_lecture', '2026-11-19', 'zhangwei', '以案为鉴守牢底线', 36]]);
  });
});

describe('a 谈话人—对象 column', () => {
  it('each pair is the first one\'s talk with the second; the merged row takes the day and type above', async () => {
    await say('林晓', '各部室11月谈话情况汇总\n序号\t部门\t日期\t类型\t谈话人—对象\n1\t财务科\t11月4日\t廉政谈话\t孙丽—王强\n2\t\t\t\t孙丽—李娟\n3\t维权部\t11月18日\t谈心谈话\t冯雪—赵磊');
    expect(activities()).toEqual([]);
    await say('林晓', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-04', 'sunli', ['wangqiang']],
      ['talk_integrity', '2026-11-04', 'sunli', ['lijuan']],
      ['talk_heart', '2026-11-18', 'fengxue', ['zhaolei']],
    ]);
  });
});
