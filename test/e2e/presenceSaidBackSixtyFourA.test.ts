// Round 64 (issue 10), fixer gda: nothing the member wrote is dropped silently, over HTTP.
// 1. 「…张三不在」: a name no one of the directory is is said back on the card; the talk stored at 确认.
// 2. 「…财务科吴晶也一起」: the unit and the one it may be said (not only 「财务科」没有对应到任何记录).
// 3. Notes follow the card: 「吴晶就是吴静 也跟她一起谈的」 takes 「如也和吴静谈了…」 off; an answered 和谁 takes 「消息没有说与您进行」 off.
// 4. 「今天和王磊谈心 我只是在场」 is asked 「这次谈心是谁和王磊谈的？」, 张伟 offered; the answer makes it his.
// 5. 孙丽「今天给中心上了廉政党课」: the lecture at 残疾人康复中心, on a card.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 10:00 in Shanghai (昨天 = 12-06). */
const MONDAY = new Date('2026-12-07T10:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say, rows, offered } = chat;

describe('1. an unlisted name in a presence or away clause', () => {
  it('刘芳: 「张三不在」 said back on the card; 确认 stores the talk with 周涛 only', async () => {
    const card = await answerText('刘芳', '昨天下午跟周涛谈心谈话了 张三不在');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/「张三」不在通讯录里，未记入/);
    expect(activities()).toHaveLength(0);
    await say('刘芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-06', 'liufang', 'zhoutao']]);
  });

  it('李明: 「胡军、张三也在」 keeps 胡军 a companion (no second talk) and says 张三 back', async () => {
    const card = await answerText('李明', '昨天和王芳谈心谈话，胡军、张三也在');
    expect(card).toMatch(/「张三」不在通讯录里，未记入/);
    expect(card).toMatch(/胡军是一同参加的/);
    await say('李明', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-06', 'liming', 'wangfang']]);
  });

  it('孙丽: 「张三出差了没谈」 no longer hides the talk', async () => {
    const card = await answerText('孙丽', '上周二和李娟谈心谈话 张三出差了没谈');
    expect(card).toMatch(/「张三」不在通讯录里，未记入/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-01', 'sunli', 'lijuan']]);
  });

  it('near-miss: 「今天和王磊谈了廉政谈话 李明不在」 says 李明 was not there, as round 63 did', async () => {
    const card = await answerText('张伟', '今天和王磊谈了廉政谈话 李明不在');
    expect(card).toMatch(/李明不在场/);
    expect(card).not.toMatch(/不在通讯录里/);
  });
});

describe('2. a sound-alike of another unit', () => {
  it('刘芳: 「财务科吴晶也一起」 offers 吴静 of 康复部 on the card, never only the unit', async () => {
    const card = await answerText('刘芳', '昨天和周涛谈心谈话了 财务科吴晶也一起');
    expect(card).toMatch(/财务科没有吴晶，是不是康复部的吴静？/);
    expect(card).not.toMatch(/「财务科」没有对应到任何记录/);
    expect(activities()).toHaveLength(0);
  });
});

describe('3. notes follow the card', () => {
  it('刘芳: after 「吴晶就是吴静 也跟她一起谈的」 the card no longer asks whether she was talked to', async () => {
    const card = await answerText('刘芳', '昨天下午跟组联部周涛谈心谈话了 康复部吴晶也一起 徐慧不在');
    expect(card).toMatch(/如也和吴静谈了/);
    const again = await answerText('刘芳', '吴晶就是吴静 也跟她一起谈的');
    expect(again).toMatch(/对象：吴静/);
    expect(again).not.toMatch(/如也和吴静谈了/);
    expect(again).not.toMatch(/吴静是一同参加的/);
    expect(again).toMatch(/徐辉不在场/);
    await say('刘芳', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-06', 'liufang', 'zhoutao'],
      ['talk_heart', '2026-12-06', 'liufang', 'wujing'],
    ]);
  });

  it('李娟: once whom 王建国 talked with is answered, 「消息没有说与您进行」 goes', async () => {
    const asked = await answerText('李娟', '王建国副理事长昨天开展了廉政谈话');
    expect(asked).toMatch(/和谁/);
    const card = await answerText('李娟', '孙丽');
    expect(card).toMatch(/孙丽/);
    expect(card).not.toMatch(/消息没有说与您进行/);
    await say('李娟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-06', 'wangjianguo', 'sunli']]);
  });
});

describe('4. the sender only there', () => {
  it('赵敏: asked 「这次谈心是谁和王磊谈的？」 with 张伟 offered; 张伟 makes it his', async () => {
    const buttons = await offered('赵敏', '今天和王磊谈心 我只是在场');
    expect(chat.lastText()).toMatch(/这次谈心是谁和王磊谈的？/);
    expect(chat.lastText()).not.toMatch(/是您本人的请回复您的姓名/);
    expect(buttons).toContain('张伟');
    expect(buttons).not.toContain('赵敏');
    const next = await answerText('赵敏', '张伟');
    if (/确认/.test(next) && activities().length === 0) await say('赵敏', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-07', 'zhangwei', 'wanglei']]);
  });

  it('杨帆: 赵敏 (王磊\'s 分管领导) and 张伟 offered', async () => {
    const buttons = await offered('杨帆', '今天和王磊谈心谈话 我只是陪同');
    expect(chat.lastText()).toMatch(/这次谈心是谁和王磊谈的？/);
    expect(buttons.slice(0, 2)).toEqual(['赵敏', '张伟']);
  });
});

describe('5. 中心 from a sender of no 中心', () => {
  it('孙丽: the lecture at 残疾人康复中心, on a card, stored there at 确认', async () => {
    const card = await answerText('孙丽', '今天给中心上了廉政党课');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/「中心」按残疾人康复中心记/);
    expect(activities()).toHaveLength(0);
    await say('孙丽', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.departmentId])).toEqual([['edu_lecture', '2026-12-07', 'sunli', 'center']]);
  });

  it('何平: his own 中心, at once as before', async () => {
    await say('何平', '今天给中心上了廉政党课');
    expect(activities().map((a) => [a.type, a.departmentId])).toEqual([['edu_lecture', 'center']]);
  });
});
