// t72a (round 69, gij; issue 10), who did it: F1 李明 (办公室 head)「本月王书记分别与办公室、财务科负责人签订党风廉政建设责任书」 got
// a card of ONE signing, with 孙丽, his own 办公室 signing left out; F2 李娟「前天王剑国副理事长和我们孙丽科长进行了谈话」 read 活动人 孙丽
// 对象 李娟, and 「不对，是王建国副理事长和孙丽科长谈的，廉政谈话」 then dropped the waiting report for two new talks with 李娟; FB1
// 「刚才那条责任书报错了，实际是张书记和我签的」 after a stored signing of 王建国's with 李明 was 没看懂. Now: both heads on the card,
// the doer asked once; the near name offered and the restated deed correcting the waiting report, its day kept; the stored
// record's doer changed on 请确认修改, the member kept as the one signed with.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Tuesday 2026-12-08, 09:40 in Shanghai (the tester's clock). */
const chat = useChatBot(new Date('2026-12-08T09:40:00+08:00'));
const { activities, answerText, rows, offered, recorded } = chat;

describe('F1: 分别与<unit>、<unit>负责人 under a doer asked — the sender who heads a unit is one signed with', () => {
  it.each([
    ['李明', '本月王书记分别与办公室、财务科负责人签订党风廉政建设责任书', '12月3日', '王建国', '2026-12-03', ['liming', 'sunli']],
    ['周涛', '上周三刘书记分别与组联部、康复部负责人签订了党风廉政建设责任书', undefined, '刘芳', '2026-12-02', ['zhoutao', 'wujing']],
    ['郑华', '12.4 陈书记分别与教育就业部、维权部负责人进行了廉政谈话', undefined, '陈志强', '2026-12-04', ['zhenghua', 'fengxue']],
  ])('%s「%s」: both heads on the card, the doer asked once, then both stored as the doer\'s', async (from, text, day, doer, date, heads) => {
    let reply = await answerText(from, text);
    expect(activities()).toEqual([]);
    expect(reply).not.toMatch(/活动人 您本人/);
    if (day !== undefined) {
      expect(reply).toMatch(/哪一天/);
      reply = await answerText(from, day);
    }
    expect(reply).toMatch(/是哪一位/);
    expect(reply).toContain(doer);
    const card = await answerText(from, doer);
    expect(card).toContain('请确认以下 2 条记录');
    expect(card).toContain(`活动人：${doer}`);
    await answerText(from, '确认');
    const type = /谈话/.test(text) ? 'talk_integrity' : 'pledge_sign';
    const ids = { 王建国: 'wangjianguo', 刘芳: 'liufang', 陈志强: 'chenzhiqiang' } as Record<string, string>;
    expect(rows()).toEqual(heads.map((h) => [type, date, ids[doer], h]));
  });
});

describe('F2: a misspelt leader with his post before 我们<person> — X\'s talk with Y, never the sender\'s', () => {
  it('李娟「前天王剑国副理事长和我们孙丽科长进行了谈话」 offers 王建国; the deed restated corrects the waiting report, its day kept', async () => {
    expect(await offered('李娟', '前天王剑国副理事长和我们孙丽科长进行了谈话')).toContain('王建国');
    expect(chat.lastText()).toContain('对象：孙丽');
    expect(chat.lastText()).not.toMatch(/对象：李娟/);
    const card = await answerText('李娟', '不对，是王建国副理事长和孙丽科长谈的，廉政谈话');
    expect(card).toContain('已按您的更正修改');
    expect(card).toMatch(/廉政谈话｜2026-12-06｜对象：孙丽（财务科科长）｜活动人：王建国/);
    expect(card).not.toMatch(/放弃/);
    expect(activities()).toEqual([]);
    await answerText('李娟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-06', 'wangjianguo', 'sunli']]);
  });

  it('the same talk answered as asked — 王建国, then 廉政谈话 — is stored as his with 孙丽', async () => {
    await answerText('李娟', '前天王剑国副理事长和我们孙丽科长进行了谈话');
    expect(await answerText('李娟', '王建国')).toMatch(/哪类活动/);
    expect(await answerText('李娟', '廉政谈话')).toMatch(/请确认/);
    await answerText('李娟', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-06', 'wangjianguo', 'sunli']]);
  });

  it.each([
    ['张颖', '11月26号刘方副理事长和我们周涛部长进行了谈话', '不对，是刘芳副理事长和周涛部长谈的，谈心谈话', ['talk_heart', '2026-11-26', 'liufang', 'zhoutao']],
    ['陈静', '上周三陈志刚副理事长和我们郑华部长谈了话', '不对 是陈志强副理事长和郑华部长谈的 廉政谈话', ['talk_integrity', '2026-12-02', 'chenzhiqiang', 'zhenghua']],
  ])('%s「%s」 then 「%s」: one talk of the leader with the head', async (from, text, restated, row) => {
    expect(await answerText(from, text)).toMatch(/是哪一位/);
    expect(await answerText(from, restated)).toMatch(/请确认/);
    await answerText(from, '确认');
    expect(rows()).toEqual([row]);
  });
});

describe('FB1: a stored record\'s doer said again — 请确认修改, the member kept as the other party', () => {
  it.each([['刚才那条责任书报错了，实际是张书记和我签的'], ['不对，活动人是张伟'], ['上一条写错了，是张伟书记和我签的'], ['刚才那条活动人是张伟'], ['刚才那条是张伟书记和我签的']])(
    '李明 after a stored signing of 王建国\'s with him: 「%s」',
    async (text) => {
      await recorded('李明', '12月5日王建国副理事长和我签订了党风廉政建设责任书');
      const card = await answerText('李明', text);
      expect(card).toContain('请确认修改');
      expect(card).toMatch(/改为：签订责任书\/承诺书｜2026-12-05｜对象：李明（办公室主任）｜活动人：张伟/);
      expect(rows()).toEqual([['pledge_sign', '2026-12-05', 'wangjianguo', 'liming']]);
      expect(await answerText('李明', '确认')).toContain('已修改');
      expect(rows()).toEqual([['pledge_sign', '2026-12-05', 'zhangwei', 'liming']]);
    },
  );

  it('孙丽 after 陈志强\'s talk with her stored: 「刚才那条谈话报错了，实际是刘副理事长和我谈的」 makes it 刘芳\'s; 撤销 then withdraws it', async () => {
    await recorded('孙丽', '12月4日陈志强副理事长和我进行了廉政谈话');
    expect(await answerText('孙丽', '刚才那条谈话报错了，实际是刘副理事长和我谈的')).toMatch(/活动人：刘芳/);
    await answerText('孙丽', '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-12-04', 'liufang', 'sunli']]);
    await answerText('孙丽', '撤销');
    expect(rows()).toEqual([]);
  });
});
