// Over HTTP, round 52 fixer fwf (issue 10; t54a F7): an answer to a question that also tells a new deed.
//  王建国「昨天和孙丽谈了话」 → 「是哪类活动？」 → 「谈心谈话，另外周四上午还和王强签了责任书」: the waiting talk was abandoned and
//  a new 谈心谈话 got 周四's day. The answer's type is the waiting talk's (谈心, 昨天, 孙丽 kept); the deed after
//  另外 · 还有 · 顺便说一下 is a second record with its own day.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Saturday 2026-12-05, 08:00 in Shanghai (the testers' day), before the reminders' hours. */
const chat = useChatBot(new Date('2026-12-05T08:00:00+08:00'));
const { lastText, say, rows, activities } = chat;

describe('t54a F7: the type answered and a new deed told beside it', () => {
  it('王建国 → 谈心 with 孙丽 on 12-04, and the signing with 王强 on 12-03', async () => {
    await say('王建国', '昨天和孙丽谈了话');
    expect(lastText()).toContain('是哪类活动');
    await say('王建国', '谈心谈话，另外周四上午还和王强签了责任书');
    if (activities().length < 2 && lastText().includes('请确认')) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-04', 'wangjianguo', 'sunli'],
      ['pledge_sign', '2026-12-03', 'wangjianguo', 'wangqiang'],
    ]);
  });
});

describe('the kind: any question answered, a new deed told after 另外 · 还有 · 顺便说一下', () => {
  it('刘芳 → the day answered, and the study after 顺便说一下 its own record', async () => {
    await say('刘芳', '上周和周涛进行了廉政谈话');
    expect(lastText()).toContain('哪一天');
    await say('刘芳', '周三，顺便说一下昨天还组织组联部学习了《廉洁自律准则》');
    if (lastText().includes('请确认')) await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-25', 'liufang', 'zhoutao'],
      ['edu_integrity', '2026-12-04', 'liufang', ''],
    ]);
  });

  // 11-25 is not recorded today either (the answer reader takes the first day; left for the next round): the guard here is
  // only that no new talk of no one is made of 「11月25日也谈了一次」.
  it('王建国 → 「11月20日，还有11月25日也谈了一次」 to 是哪一天: the asked talk answered, no new talk of no one', async () => {
    await say('王建国', '和孙丽进行了廉政谈话');
    expect(lastText()).toContain('哪一天');
    await say('王建国', '11月20日，还有11月25日也谈了一次');
    if (lastText().includes('请确认')) await say('王建国', '确认');
    expect(rows()[0]).toEqual(['talk_integrity', '2026-11-20', 'wangjianguo', 'sunli']);
    expect(rows().every((r) => r[3] === 'sunli')).toBe(true);
  });

  it('王建国 → 和谁 answered with two names joined by 还有: one answer, no second deed', async () => {
    await say('王建国', '昨天进行了廉政谈话');
    expect(lastText()).toContain('和谁');
    await say('王建国', '孙丽，还有王强');
    if (lastText().includes('请确认')) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-04', 'wangjianguo', 'sunli'],
      ['talk_integrity', '2026-12-04', 'wangjianguo', 'wangqiang'],
    ]);
  });
});

describe('round 52 fwf: work handed out at a meeting, or a notice received, is no record, and said so', () => {
  it.each(['今天召开会议布置了信息报送工作', '今天收到信息报送通知', '开了个会对信息报送工作进行了部署'])('「%s」: the notice reply, nothing stored', async (said) => {
    await say('林晓', said);
    expect(lastText()).toMatch(/不属于需要登记的活动，清风没有记录/);
    expect(activities()).toHaveLength(0);
  });

  it('「按照通知要求报送廉政信息2篇」: the papers read, their day asked', async () => {
    await say('林晓', '按照通知要求报送廉政信息2篇');
    expect(lastText()).toContain('我理解的是：信息报送｜（日期未知）');
    expect(lastText()).not.toContain('职责清单');
  });
});

describe('round 52 fwf (t54b F3): 和谁 asked of a talk in the sender\'s own department offers its head', () => {
  it('杨帆 「赵书记11月27号来我们部，和大家进行了廉政谈话」 → 王磊 and 杨帆 offered', async () => {
    await say('杨帆', '赵书记11月27号来我们部，和大家进行了廉政谈话');
    expect(lastText()).toContain('和谁');
    expect(lastText()).toContain('王磊');
    expect(lastText()).toContain('杨帆');
  });
});
