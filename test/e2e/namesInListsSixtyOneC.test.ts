// Round 61, gac (issue 10): people in lists and groups. t63b F1 (wrong on a card): 王建国 「上周三和办公室里明 财务科孙丽分别进行了
// 廉政谈话」 kept only 孙丽 (the misheard 里明 dropped, 「办公室」没有对应 said), and after 「对象是孙丽和李明」 李明's talk was stored
// with 财务科 (孙丽's department). Now 里明 is offered as 李明, and each counterpart's talk carries that person's own department.
// t63b (asked): 陈晶 beside 杨帆 in an untyped talk was dropped; t63a F3: 两个部门全体人员 after 到A、B调研 asked 和谁; fba's
// left-alone: 与党组成员及机关纪委书记黄志刚 made 黄志刚 the signer; 和区纪委王科长 was 王强 at once.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-12-07, 09:00 in Shanghai: 上周三 is 12-02. */
const MONDAY = new Date('2026-12-07T09:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText } = chat;
/** [type, date, actor, counterparts, department] of each stored record, by counterpart. */
const rows = () =>
  activities()
    .map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(), a.departmentId ?? ''])
    .sort((x, y) => x[3]!.localeCompare(y[3]!));

describe('a misheard name after its department, in a list (t63b F1)', () => {
  it('王建国 「…办公室里明 财务科孙丽…」 → 李明 offered, nothing stored; 是的 → both talks, each at its own department', async () => {
    const first = await answerText('王建国', '上周三和办公室里明 财务科孙丽分别进行了廉政谈话');
    expect(first).toMatch(/找不到「里明」/);
    expect(first).toMatch(/是不是李明/);
    expect(first).not.toMatch(/「办公室」没有对应/);
    expect(activities()).toEqual([]);
    const second = await answerText('王建国', '是的');
    if (activities().length < 2) {
      expect(second).toMatch(/李明/);
      await answerText('王建国', '确认');
    }
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'liming', 'office'],
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'sunli', 'finance'],
    ]);
  });

  it('「对象是孙丽和李明」 on 孙丽\'s card → 李明\'s talk at 办公室, never 孙丽\'s 财务科', async () => {
    await answerText('王建国', '上周三和财务科孙丽进行了廉政谈话，办公室也谈了');
    expect(await answerText('王建国', '对象是孙丽和李明')).toMatch(/对象改为孙丽、李明/);
    await answerText('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'liming', 'office'],
      ['talk_integrity', '2026-12-02', 'wangjianguo', 'sunli', 'finance'],
    ]);
  });

  it('near-miss: 「财务科里明」 (the department not his) → 李明 still only offered, never 孙丽 stored', async () => {
    const first = await answerText('王建国', '上周三和财务科里明进行了廉政谈话');
    expect(first).toMatch(/是不是李明/);
    expect(activities()).toEqual([]);
  });
});

describe('a same-sounding name beside a known one (t63b asked)', () => {
  it('郑华 「上周五和陈晶、赵磊谈了话」 → nothing stored; the kind asked for each talk, then whom for 陈晶\'s; 陈静 → both', async () => {
    await answerText('郑华', '上周五和陈晶、赵磊谈了话');
    expect(activities()).toEqual([]);
    // Today the kind is asked of each of the two talks apart, and the second then asks 和谁 (陈静 not offered there yet).
    let answer = await answerText('郑华', '廉政谈话');
    if (!/陈静|和谁/.test(answer)) answer = await answerText('郑华', '廉政谈话');
    expect(answer).toMatch(/是不是陈静|和谁谈的/);
    expect(activities().filter((a) => a.counterpartIds.includes('chenjing'))).toEqual([]);
    await answerText('郑华', /是不是陈静/.test(answer) ? '是的' : '陈静');
    if (activities().length < 2) await answerText('郑华', '确认');
    expect(rows().map((r) => r.slice(0, 4))).toEqual([
      ['talk_integrity', '2026-12-04', 'zhenghua', 'chenjing'],
      ['talk_integrity', '2026-12-04', 'zhenghua', 'zhaolei'],
    ]);
  });

  it('张伟 「上周五和王建国、刘方两位副理事长谈了心」 → 刘芳 offered; 是的 → two talks, no third person asked', async () => {
    const first = await answerText('张伟', '上周五和王建国、刘方两位副理事长谈了心');
    expect(first).toMatch(/是不是刘芳/);
    expect(first).not.toMatch(/「副理事长」是哪一位/);
    expect(activities()).toEqual([]);
    const second = await answerText('张伟', '是的');
    if (activities().length < 2) {
      expect(second).toMatch(/刘芳/);
      await answerText('张伟', '确认');
    }
    expect(rows().map((r) => r.slice(0, 4))).toEqual([
      ['talk_heart', '2026-12-04', 'zhangwei', 'liufang'],
      ['talk_heart', '2026-12-04', 'zhangwei', 'wangjianguo'],
    ]);
  });
});

describe('两个部门全体人员 after 到A、B调研 (t63a F3)', () => {
  it('王芳 → a card with 陈志强\'s talks with 郑华, 陈静, 冯雪, 赵磊 (and the two signings); 确认 stores them at their departments', async () => {
    const card = await answerText('王芳', '12月3日，陈志强副理事长到教育就业部、维权部调研，与两位部长签订了廉政承诺书，随后与两个部门全体人员进行了集体廉政谈话。');
    expect(card).toMatch(/请确认/);
    expect(card).toMatch(/两个部门全体人员」按郑华、陈静、冯雪、赵磊共4人记录/);
    expect(activities()).toEqual([]);
    await answerText('王芳', '确认');
    const talks = rows().filter((r) => r[0] === 'talk_integrity');
    expect(talks).toEqual([
      ['talk_integrity', '2026-12-03', 'chenzhiqiang', 'chenjing', 'employment'],
      ['talk_integrity', '2026-12-03', 'chenzhiqiang', 'fengxue', 'rights'],
      ['talk_integrity', '2026-12-03', 'chenzhiqiang', 'zhaolei', 'rights'],
      ['talk_integrity', '2026-12-03', 'chenzhiqiang', 'zhenghua', 'employment'],
    ]);
    expect(rows().filter((r) => r[0] === 'pledge_sign').map((r) => r[3])).toEqual(['fengxue', 'zhenghua']);
  });
});

describe('a title-name after a group (fba left-alone), and an outsider', () => {
  it('张伟 「12月1日与党组成员及机关纪委书记黄志刚分别签订了责任书」 → a card of five signings, all 张伟\'s', async () => {
    const card = await answerText('张伟', '12月1日与党组成员及机关纪委书记黄志刚分别签订了责任书');
    expect(card).toMatch(/请确认/);
    expect(card).not.toMatch(/按黄志刚的活动记录/);
    await answerText('张伟', '确认');
    expect(activities().map((a) => a.actorId)).toEqual(['zhangwei', 'zhangwei', 'zhangwei', 'zhangwei', 'zhangwei']);
    expect(rows().map((r) => r[3])).toEqual(['chenzhiqiang', 'huangzhigang', 'liufang', 'wangjianguo', 'zhaomin']);
  });

  it('王芳 「今天和区纪委王科长进行了廉政谈话」 → asked who, nothing stored (never 王强)', async () => {
    const answer = await answerText('王芳', '今天和区纪委王科长进行了廉政谈话');
    expect(answer).toMatch(/王科长/);
    expect(activities()).toEqual([]);
  });
});
