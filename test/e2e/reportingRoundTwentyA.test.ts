// Round 20 (issue 10), who did it: a head named after their department talking with 我 is the doer, on a card (it was
// stored at once as the sender's talk with the head), and 我 among several talked to gets a record of its own (it was
// dropped from the card), through the real app.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, rows, say } = chat;

describe('a head named after their department, talking with 我: theirs, on the card', () => {
  it.each([
    ['赵磊', '维权部冯部长本周一和我进行了廉政谈话', '冯雪', [['talk_integrity', '2026-11-30', 'fengxue', 'zhaolei']]],
    ['徐辉', '康复中心何主任11月25日跟我谈了心', '何平', [['talk_heart', '2026-11-25', 'heping', 'xuhui']]],
    ['王强', '财务科孙科长上周五找我签了廉洁承诺书', '孙丽', [['pledge_sign', '2026-11-27', 'sunli', 'wangqiang']]],
  ])('%s 「%s」: nothing stored before 确认, 活动人 %s on the card', async (from, text, head, stored) => {
    await chat.confirmHeadsCard(from, text, head);
    expect(rows()).toEqual(stored);
  });
});

describe('我 among several a head talked to: a record for the sender too', () => {
  it('胡军 「李主任昨天分别找王芳和我谈心谈话」: both on the card and stored after 确认', async () => {
    await say('胡军', '李主任昨天分别找王芳和我谈心谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/胡军/);
    expect(lastText()).toMatch(/王芳/);
    await say('胡军', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-01', 'liming', 'hujun'],
      ['talk_heart', '2026-12-01', 'liming', 'wangfang'],
    ]);
  });
});

describe('days given per person after the names, and a head\'s 信息 handed in: on the card at once', () => {
  it('陈志强 「分别和郑华、冯雪谈了心，郑华是周一，冯雪是昨天」: each their own day', async () => {
    await say('陈志强', '分别和郑华、冯雪谈了心，郑华是周一，冯雪是昨天');
    expect(activities()).toEqual([]);
    await say('陈志强', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-30', 'chenzhiqiang', 'zhenghua'],
      ['talk_heart', '2026-12-01', 'chenzhiqiang', 'fengxue'],
    ]);
  });

  it('杨帆 「宣文部王部长11月24日报送了廉政信息一篇」: no question, 活动人 王磊 on the card', async () => {
    await say('杨帆', '宣文部王部长11月24日报送了廉政信息一篇');
    expect(lastText()).not.toMatch(/是谁的/);
    expect(lastText()).toMatch(/活动人：王磊/);
    await say('杨帆', '确认');
    expect(rows()).toEqual([['report_info', '2026-11-24', 'wanglei', '']]);
  });
});
