// t71c (round 69, gib; issue 10): types and groups misread in real reports, as members live them over the real bot — a
// 生活会’s 对照检查 asked its type (never a 作风纪律检查 card) while a check carried out stays one; departments typed together
// both kept; 全体党员签订… from a unit’s member the head's one signing with its count, its day asked, and 全体党员都签了 taken
// as the answer to 和谁; a unit’s head away in one spaced clause leaving the unit’s other people; 我们科里3个人 its people.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 08:50 in Shanghai (the tester's clock): 前天 is 12-06, 上周三 12-02. */
const chat = useChatBot(new Date('2026-12-08T08:50:00+08:00'));
const { activities, answerText, confirmIfAsked, offered } = chat;

describe('a 生活会 reviewed on 作风 is no check', () => {
  it('杨帆’s 专题组织生活会，对照检查作风问题 asks its type among meetings and studies, then 专题会议 is 王磊’s meeting', async () => {
    const choices = await offered('杨帆', '前天王磊部长组织宣文部召开了专题组织生活会，对照检查作风问题');
    expect(choices).toContain('专题会议');
    expect(choices).not.toContain('作风纪律检查');
    expect(chat.lastText()).not.toMatch(/作风纪律检查/);
    expect(activities()).toEqual([]);
    await confirmIfAsked('杨帆', await answerText('杨帆', '专题会议'));
    expect(activities().map((a) => [a.type, a.date, a.actorId])).toEqual([['meeting_special', '2026-12-06', 'wanglei']]);
  });

  it('冯雪’s 到维权部开展作风纪律检查，检查了考勤… stays 陈志强’s 作风纪律检查', async () => {
    const answer = await answerText('冯雪', '12月1日陈志强副理事长到维权部开展作风纪律检查，检查了考勤和公车使用情况');
    expect(answer).toContain('作风纪律检查');
    await confirmIfAsked('冯雪', answer);
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([['inspect_style', '2026-12-01', 'chenzhiqiang', 'rights']]);
  });

  it('「对照检查材料已报送」 records nothing', async () => {
    await answerText('杨帆', '对照检查材料已报送');
    expect(activities()).toEqual([]);
  });
});

describe('two departments typed together', () => {
  it('张颖’s 组联部康复部共25人参加: a card at both, 确认 stores 刘芳’s 党课 at 组联部 and 康复部', async () => {
    const card = await answerText('张颖', '刘芳同志11月20日讲了廉政党课，题目是《守住底线 不越红线》，组联部康复部共25人参加');
    expect(card).toContain('请确认');
    expect(card).toMatch(/组联部、康复部/);
    expect(activities()).toEqual([]);
    await answerText('张颖', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees, a.departmentIds])).toEqual([['edu_lecture', '2026-11-20', 'liufang', 25, ['liaison', 'rehab']]]);
  });

  it('取消 on that card stores nothing', async () => {
    await answerText('胡军', '李明主任11月26号讲了廉政党课，办公室财务科党员参加');
    expect(await answerText('胡军', '取消')).not.toMatch(/已记录/);
    expect(activities()).toEqual([]);
  });
});

describe('全体党员 signed', () => {
  it('陈静’s 本月初全体党员签订了…，共14人 asks the day of 郑华’s signing, then a card of 14 at 教育就业部', async () => {
    const asked = await answerText('陈静', '本月初全体党员签订了廉洁从业承诺书，共14人');
    expect(asked).toMatch(/郑华的签订责任书\/承诺书是哪一天/);
    expect(asked).not.toMatch(/和谁签订/);
    const card = await answerText('陈静', '12月1日');
    expect(card).toContain('请确认');
    expect(card).not.toMatch(/和谁签订/);
    await answerText('陈静', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds, a.attendees, a.departmentId])).toEqual([['pledge_sign', '2026-12-01', 'zhenghua', [], 14, 'employment']]);
  });

  it('「全体党员都签了，3人」 answers 冯雪’s 和谁签订的: the unit’s signing of 3, on a card', async () => {
    expect(await answerText('冯雪', '前天和大家签了廉洁承诺书')).toMatch(/和谁签订/);
    const card = await answerText('冯雪', '全体党员都签了，3人');
    expect(card).not.toMatch(/没能把这条回复读成/);
    expect(card).toContain('请确认');
    await answerText('冯雪', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees, a.departmentId])).toEqual([['pledge_sign', '2026-12-06', 'fengxue', 3, 'rights']]);
  });
});

describe('the unit’s head away, the unit’s other people', () => {
  it('陈志强’s 和维权部签了责任书 冯雪请假了没参加: a card of 赵磊’s signing saying 冯雪, 确认 stores it, 撤销 takes it back', async () => {
    const card = await answerText('陈志强', '前天和维权部签了责任书 冯雪请假了没参加');
    expect(card).toContain('请确认');
    expect(card).toMatch(/赵磊/);
    expect(card).toMatch(/冯雪还没有签/);
    await answerText('陈志强', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['pledge_sign', '2026-12-06', 'chenzhiqiang', ['zhaolei']]]);
    await answerText('陈志强', '撤销');
    expect(activities()).toEqual([]);
  });

  it('刘芳’s 和康复部签了责任书，刘洋请假了没参加 is still 吴静’s signing', async () => {
    await confirmIfAsked('刘芳', await answerText('刘芳', '上周三和康复部签了责任书，刘洋请假了没参加'));
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds])).toEqual([['pledge_sign', '2026-12-02', ['wujing']]]);
  });
});

describe('我们科里3个人', () => {
  it('李娟’s 孙科长上周三和我们科里3个人都谈了话 asks the kind of 孙丽’s talks with 王强 and 李娟; 谈心谈话 then 确认 stores both', async () => {
    const asked = await answerText('李娟', '孙科长上周三和我们科里3个人都谈了话');
    expect(asked).toMatch(/孙丽与王强、李娟的这 2 次谈话是哪一类谈话/);
    const card = await answerText('李娟', '谈心谈话');
    expect(card).toContain('请确认');
    await answerText('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([
      ['talk_heart', '2026-12-02', 'sunli', ['wangqiang']],
      ['talk_heart', '2026-12-02', 'sunli', ['lijuan']],
    ]);
  });

  it('a kind said with it: the card says 「财务科3个人」 against the 2 the directory lists', async () => {
    const card = await answerText('李娟', '孙科长上周三和我们科里3个人都进行了谈心谈话');
    expect(card).toContain('请确认');
    expect(card).toMatch(/3个人」与通讯录里列出的2人不一致/);
    expect(activities()).toEqual([]);
  });
});
