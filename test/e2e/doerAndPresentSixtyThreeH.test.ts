// Round 63 (issue 10), fixer gch: who did it and who was only there, in one message and in answers, over HTTP (t66a).
// 1. F1/B-F8: 何平's 党课 with 赵书记 listening and a 会后 谈心: both the sender's; 「不对 赵书记只是来听的 …」 changes nothing and says so.
// 2. F2/B-F14: 康复部吴晶也一起 · 徐慧不在 said on the card; 「吴晶就是吴静 也跟她一起谈的」 adds 吴静 as talked to.
// 3. B-F1: 「谈心谈话 上周五下午谈的 还签了承诺书」 to 是哪类活动 puts the signing with 陈静 on 12-04 on the card too.
// 4. B-F4: 「组织部门同志谈了一次心」 offers 赵磊 as a button; 「部门就赵磊一个人 跟他谈的 陈副理事长也在」 is 赵磊's talk only.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (上周三 = 12-02, 上周五 = 12-04). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, confirmIfAsked } = chat;

describe('1. a leader who came to listen does neither item', () => {
  it('何平: the 党课 and the 会后 谈心 are his; the correction changes nothing and says so; 确认 stores both as his', async () => {
    const card = await answerText('何平', '今天上午给中心全体职工上了廉政党课 赵书记也来听了 会后跟孙杰谈了谈心');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).not.toMatch(/活动人：赵敏/);
    expect(card).toMatch(/赵敏在场听课/);
    const again = await answerText('何平', '不对 赵书记只是来听的 课是我讲的 谈心也是我谈的');
    expect(again).toMatch(/已经是您本人/);
    expect(again).not.toMatch(/哪一天/);
    expect(activities()).toHaveLength(0);
    await say('何平', '确认');
    expect(rows()).toEqual([
      ['edu_lecture', '2026-12-07', 'heping', ''],
      ['talk_heart', '2026-12-07', 'heping', 'sunjie'],
    ]);
  });
});

describe('2. a misheard companion and a misheard absentee are said, and the companion can be added', () => {
  it('刘芳: 吴晶 read as 吴静 beside, 徐慧 as 徐辉 away; 「吴晶就是吴静 也跟她一起谈的」 adds 吴静', async () => {
    const card = await answerText('刘芳', '昨天下午跟组联部周涛谈心谈话了 康复部吴晶也一起 徐慧不在');
    expect(card).toMatch(/吴晶」按吴静记/);
    expect(card).toMatch(/徐辉不在场/);
    expect(card).not.toMatch(/「康复部」没有对应/);
    const again = await answerText('刘芳', '吴晶就是吴静 也跟她一起谈的');
    expect(again).toMatch(/对象：吴静/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-06', 'liufang', 'zhoutao'],
      ['talk_heart', '2026-12-06', 'liufang', 'wujing'],
    ]);
  });
});

describe('3. a signing told beside the type answered', () => {
  it('郑华: 「谈心谈话 上周五下午谈的 还签了承诺书」 → both on a card, stored after 确认', async () => {
    await answerText('郑华', '跟陈静谈过话了');
    const card = await answerText('郑华', '谈心谈话 上周五下午谈的 还签了承诺书');
    expect(card).toMatch(/请确认以下 2 条记录/);
    expect(card).toMatch(/签订责任书\/承诺书｜2026-12-04｜对象：陈静/);
    expect(activities()).toHaveLength(0);
    await say('郑华', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-04', 'zhenghua', 'chenjing'],
      ['pledge_sign', '2026-12-04', 'zhenghua', 'chenjing'],
    ]);
  });
});

describe('4. 部门同志 asked with buttons; a leader only there is no one talked to', () => {
  it('冯雪: 赵磊 offered; 「部门就赵磊一个人 跟他谈的 陈副理事长也在」 → the talk with 赵磊 only', async () => {
    await answerText('冯雪', '组织部门同志谈了一次心');
    const whom = await answerText('冯雪', '上周三');
    expect(whom).toMatch(/和谁谈的/);
    expect(whom).toMatch(/赵磊/);
    const done = await answerText('冯雪', '部门就赵磊一个人 跟他谈的 陈副理事长也在');
    expect(done).not.toMatch(/活动人：陈志强/);
    expect(done).toMatch(/陈副理事长也在/);
    await confirmIfAsked('冯雪', done);
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'fengxue', 'zhaolei']]);
  });
});
