// Over HTTP (l22, issue 10, round 21u): talks someone else held with the sender (还专门找我和…, 约我, 把我叫到…) are the
// caller's, with the sender talked to, on a card and never stored before 确认.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

const WEDNESDAY = new Date('2026-12-02T13:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { lastText, rows, say } = chat;

describe('u21 #6: a talk the sender was called to', () => {
  it.each([
    ['王强', '11月20日下午，孙科长还专门找我和李娟谈了话，提醒我们年底资金支付要严格把关', [['talk_integrity', '2026-11-20', 'sunli', 'wangqiang'], ['talk_integrity', '2026-11-20', 'sunli', 'lijuan']]],
    ['赵磊', '11月25日冯部长把我和陈静叫到办公室谈了话，提醒我们注意廉洁', [['talk_integrity', '2026-11-25', 'fengxue', 'zhaolei'], ['talk_integrity', '2026-11-25', 'fengxue', 'chenjing']]],
    ['孙杰', '11月26日何主任又专门约我谈了一次心', [['talk_heart', '2026-11-26', 'heping', 'sunjie']]],
  ])('%s 「%s」: a card of the caller\'s talks, stored on 确认', async (who, text, want) => {
    await say(who, text);
    expect(lastText()).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say(who, '确认');
    expect(rows()).toEqual(want);
  });
});

describe('u21 #5: one whose report was heard is no one talked to', () => {
  it('徐辉\'s news item: two talks on the card, none with 何平, who only reported', async () => {
    await say('徐辉', '11月23日赵敏书记到康复中心调研指导党风廉政建设工作，听取了中心主任何平关于全年工作的汇报，并与中心副主任徐辉、医师孙杰逐一进行了廉政谈话。');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/对象：何平/);
    await say('徐辉', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-23', 'zhaomin', 'xuhui'], ['talk_integrity', '2026-11-23', 'zhaomin', 'sunjie']]);
  });
});

describe('u21 #7: a 述责述廉 meeting', () => {
  it('王芳\'s item: one 述责述廉 per department head on a card, none of the chair\'s or the sender\'s', async () => {
    await say('王芳', '11月30日上午，市残联召开2026年度述责述廉会议。会议由党组书记张伟主持，各部室主要负责人依次作述责述廉报告，党组成员进行点评。');
    expect(lastText()).toMatch(/请确认/);
    expect(rows()).toEqual([]);
    await say('王芳', '确认');
    expect(rows()).toEqual(['liming', 'sunli', 'zhoutao', 'wujing', 'zhenghua', 'wanglei', 'fengxue', 'heping'].map((id) => ['report_duty', '2026-11-30', id, '']));
  });
});

describe('u21 #9: a blank 谈话人 cell under a merged one', () => {
  it('孙丽\'s table: row 2 is her talk with 李娟, on the card with the other two', async () => {
    await say('孙丽', '财务科2026年下半年谈心谈话统计表\n序号\t谈话人\t谈话对象\t谈话时间\t备注\n1\t孙丽\t王强\t2026.10.14\t\n2\t\t李娟\t2026.10.14\t\n3\t王建国\t孙丽\t2026.11.09\t分管领导谈话');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).not.toMatch(/第2行/);
    await say('孙丽', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-10-14', 'sunli', 'wangqiang'], ['talk_heart', '2026-10-14', 'sunli', 'lijuan'], ['talk_heart', '2026-11-09', 'wangjianguo', 'sunli']]);
  });
});
