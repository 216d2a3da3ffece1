// t71c (round 69, on main): 王芳 (科员, 办公室) sent 「11月份党风廉政建设工作小结：…；组织警示教育1次，参加32人。」; the card gave the
// 警示教育 to 李明, her head, she tapped 确认 and a wrong 台账 row was stored. Now an education a clerk tells of with no organiser,
// in the organisation's own summary or counting more people than her unit has, is asked who organised it — 党组, 机关党委 or
// her unit, each choice named — and 「党组」 · 「机关党委组织的」 · a tapped head answer it; the unit named, a count that fits and
// the head's own report read as before.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 08:50 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T08:50:00+08:00'));
const { activities, answerText, confirmIfAsked, offered, rows } = chat;

const SUMMARY = '11月份党风廉政建设工作小结：本月共开展谈心谈话6次，其中王建国副理事长与李明、孙丽各谈1次，刘芳副理事长与周涛谈1次；组织警示教育1次，参加32人。';

describe('who organised a clerk’s unnamed activity beyond her unit', () => {
  it('王芳’s 党风廉政建设工作小结: the talks’ days, the 警示教育’s day, then who organised it; 「党组」 makes it 张伟’s, never 李明’s', async () => {
    // Round 69 (gic): the month's dateless items asked in one numbered question, the 警示教育 not named 您的 or 李明's.
    const daysAsked = await answerText('王芳', SUMMARY);
    expect(daysAsked).toMatch(/这 4 项还没有具体日期：\n1\. 王建国与李明的谈心谈话\n2\. 王建国与孙丽的谈心谈话\n3\. 刘芳与周涛的谈心谈话\n4\. 警示教育（32人参加）/);
    expect(daysAsked).not.toMatch(/您的警示教育|李明的警示教育/);
    const asked = await answerText('王芳', '1、2是11月20日，3是11月24日，4是11月26日');
    expect(asked).toMatch(/这次警示教育（32人参加）是谁组织的？/);
    expect(asked).toMatch(/党组组织的请点张伟，机关党委组织的请点赵敏，办公室组织的请点李明/);
    expect(asked).not.toMatch(/活动人：李明/);
    expect(activities()).toEqual([]);
    await confirmIfAsked('王芳', await answerText('王芳', '党组'));
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-20', 'wangjianguo', 'liming'],
      ['talk_heart', '2026-11-20', 'wangjianguo', 'sunli'],
      ['talk_heart', '2026-11-24', 'liufang', 'zhoutao'],
      ['edu_warning', '2026-11-26', 'zhangwei', ''],
    ]);
    expect(activities().find((a) => a.type === 'edu_warning')?.attendees).toBe(32);
    // Six turns of the real bot: more than the default 20 s on a loaded machine.
  }, 60_000);

  it.each([
    ['机关党委组织的', 'zhaomin'],
    ['应该是党组吧', 'zhangwei'],
    ['办公室', 'liming'],
  ])('胡军 「11月26日组织警示教育，参加32人。」: asked who organised it, nothing stored; 「%s」 makes it %s’s', async (answer, organiser) => {
    const asked = await answerText('胡军', '11月26日组织警示教育，参加32人。');
    expect(asked).toMatch(/是谁组织的？/);
    expect(activities()).toEqual([]);
    await confirmIfAsked('胡军', await answerText('胡军', answer));
    expect(rows()).toEqual([['edu_warning', '2026-11-26', organiser, '']]);
  });

  it('李娟 「11月25日组织学习《廉洁自律准则》，参加22人。」: the choices offered are 张伟, 赵敏, 孙丽 first; 孙丽 tapped is her head’s', async () => {
    const choices = await offered('李娟', '11月25日组织学习《廉洁自律准则》，参加22人。');
    expect(choices.slice(0, 3)).toEqual(['张伟', '赵敏', '孙丽']);
    expect(activities()).toEqual([]);
    await confirmIfAsked('李娟', await answerText('李娟', '孙丽'));
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title, a.attendees])).toEqual([['edu_integrity', '2026-11-25', 'sunli', '廉洁自律准则', 22]]);
  });

  it('取消 at the organiser question stores nothing', async () => {
    expect(await answerText('杨帆', '本月党风廉政建设情况：上周三组织警示教育，参加30人')).toMatch(/是谁组织的/);
    await answerText('杨帆', '取消');
    expect(activities()).toEqual([]);
  });

  it('near-misses: 李明’s own film (his), 李娟’s 财务科开展… (孙丽’s), 王芳’s five (李明’s card), as before', async () => {
    await chat.confirmHeadsCard('王芳', '12月3日组织观看警示教育片，参加5人', '李明');
    await chat.recorded('李明', '上周五下午组织办公室全体人员观看了警示教育片，参加8人');
    await chat.recorded('李娟', '12月2日财务科开展警示教育，学习典型案例通报，参加5人。');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.attendees])).toEqual([
      ['edu_warning', '2026-12-03', 'liming', 5],
      ['edu_warning', '2026-12-04', 'liming', 8],
      ['edu_warning', '2026-12-02', 'sunli', 5],
    ]);
  });
});
