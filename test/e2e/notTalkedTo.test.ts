// Round t24 C (issue 10, k25): people named as NOT talked to inside a group or list (老赵出差了回来再谈 · 除X外 · 其余同志
// 下周谈) were stored as talked to, and a talk two held together, or one the sender came along to, gave the wrong doers.
// Over HTTP: what the card says, what a tap stores, and what is asked.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai, before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;
const stored = () => activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds]);

describe('people not talked to, and talks held by two or with the sender along', () => {
  it('「今天和班子成员集体廉政谈话，老赵出差了回来再谈」: a card of three talks, 赵敏 named as not done; 确认 stores the three', async () => {
    await say('张伟', '今天和班子成员集体廉政谈话，老赵出差了回来再谈');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/赵敏还没有谈，未记录/);
    expect(lastText()).toMatch(/按王建国、刘芳、陈志强共3人记录/);
    await say('张伟', '确认');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-12-02', 'zhangwei', ['wangjianguo']],
      ['talk_integrity', '2026-12-02', 'zhangwei', ['liufang']],
      ['talk_integrity', '2026-12-02', 'zhangwei', ['chenzhiqiang']],
    ]);
  });

  it('「今天与各部室负责人签了责任书，除了郑华、冯雪」: those two never stored, said on the card', async () => {
    await say('张伟', '今天与各部室负责人签了责任书，除了郑华、冯雪');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/郑华、冯雪还没有签/);
    await say('张伟', '确认');
    const signed = activities().flatMap((a) => a.counterpartIds);
    expect(signed).toHaveLength(6);
    expect(signed).not.toContain('zhenghua');
    expect(signed).not.toContain('fengxue');
  });

  it('「周涛吴静都要谈的，周涛今天谈了，吴静在外学习，回来再谈」: one talk with 周涛, its type asked, then a card, then stored', async () => {
    await say('刘芳', '周涛吴静都要谈的，周涛今天谈了，吴静在外学习，回来再谈');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/是哪类活动/);
    await say('刘芳', '廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/吴静还没有谈，未记录/);
    await say('刘芳', '确认');
    expect(stored()).toEqual([['talk_integrity', '2026-12-02', 'liufang', ['zhoutao']]]);
  });

  it('「我陪赵书记昨天找王磊进行了廉政谈话」: 赵敏\'s talk with 王磊 on a card, the sender no one talked to', async () => {
    await say('杨帆', '我陪赵书记昨天找王磊进行了廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/按赵敏主谈记录，您是一同参加的/);
    await say('杨帆', '确认');
    expect(stored()).toEqual([['talk_integrity', '2026-12-01', 'zhaomin', ['wanglei']]]);
  });

  it('「昨天张书记和王副理事长一起找孙丽进行了廉政谈话」: one talk, 张伟\'s, 王建国 named as along, never two people talked to', async () => {
    await say('李娟', '昨天张书记和王副理事长一起找孙丽进行了廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/按张伟主谈记录，王建国是一同参加的/);
    await say('李娟', '确认');
    expect(stored()).toEqual([['talk_integrity', '2026-12-01', 'zhangwei', ['sunli']]]);
  });

  it('「今天和周涛、吴静都进行了廉政谈话」 (near-miss): two talks stored at once, as before', async () => {
    await say('刘芳', '今天和周涛、吴静都进行了廉政谈话');
    expect(stored()).toEqual([
      ['talk_integrity', '2026-12-02', 'liufang', ['zhoutao']],
      ['talk_integrity', '2026-12-02', 'liufang', ['wujing']],
    ]);
  });
});
