// Reporting end to end (issue 10, round 14 of fixes): shapes still read wrong after round 13, as the member sees them.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 08:00 in Shanghai: before the reminders' hours, so the last message sent is the bot's answer. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, say } = chat;

describe('shapes left over after round 13', () => {
  it('孙科长业已在上周三约谈了王强 from her clerk: the card shows 孙丽 talking with 王强, and records that', async () => {
    await say('李娟', '孙科长业已在上周三约谈了王强');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-25｜对象：王强/);
    expect(lastText()).toMatch(/孙丽/);
    expect(lastText()).not.toMatch(/对象：孙丽/);
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['talk_integrity', '2026-11-25', 'sunli', 'wangqiang']]);
  });

  it('张书记去年的11月20日和李明进行了廉政谈话: the card shows last year\'s day and no false 「没有对应到任何记录」 remark', async () => {
    await say('王芳', '张书记去年的11月20日和李明进行了廉政谈话');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/2025-11-20/);
    expect(lastText()).not.toMatch(/没有对应到任何记录/);
    await say('王芳', '确认');
    expect(activities().map((a) => [a.date, a.actorId, a.counterpartIds.join(',')])).toEqual([['2025-11-20', 'zhangwei', 'liming']]);
  });

  it('赵敏还没谈 from the secretary: nothing recorded, said so, with what is still open for 赵敏 — no plan', async () => {
    await say('张伟', '赵敏还没谈');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/还没有做的事，清风没有记录/);
    expect(lastText()).toMatch(/赵敏还没有完成的事项/);
    expect(lastText()).not.toMatch(/计划安排/);
  });

  it('王强的谈话还没搞 from a clerk: nothing recorded, said so, no completion card and no refusal', async () => {
    await say('李娟', '王强的谈话还没搞');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/还没有做的事，清风没有记录/);
    expect(lastText()).not.toMatch(/权限|完成情况|计划安排/);
  });

  it('…，李明那边还未签责任书 beside a signing: the signing alone is recorded, the other said not done, not a plan', async () => {
    await say('王建国', '昨天和孙丽签了责任书，李明那边还未签责任书');
    expect(activities().map((a) => [a.type, a.counterpartIds.join(',')])).toEqual([['pledge_sign', 'sunli']]);
    expect(lastText()).toMatch(/还没有做的签订责任书/);
    expect(lastText()).not.toMatch(/计划安排/);
  });

  it('上周三检查了财务科: the type buttons are the catalogue\'s check types, and a tap records the check', async () => {
    await say('张伟', '上周三检查了财务科');
    expect(lastText()).toMatch(/是哪类活动/);
    expect(lastText()).toMatch(/作风纪律检查\n专项资金检查\n责任书检查/);
    expect(lastText()).not.toMatch(/廉政谈话/);
    await say('张伟', '作风纪律检查');
    expect(activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([['inspect_style', '2026-11-25', 'finance']]);
  });

  it('练正谈画 alone: read as a guessed 廉政谈话, asked for its day and counterpart, then shown for a tap, never stored at once', async () => {
    await say('李娟', '练正谈画');
    expect(lastText()).not.toMatch(/没看懂/);
    expect(lastText()).toMatch(/廉政谈话/);
    await say('李娟', '昨天');
    await say('李娟', '王强');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/「练正谈画」按廉政谈话记录/);
    await say('李娟', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join(',')])).toEqual([['talk_integrity', '2026-11-29', 'wangqiang']]);
  });

  it('a 分管科室会议 naming 宣文部 and 财务科 from 赵敏: 宣文部 on the card, 财务科 said not hers, recorded with 宣文部 on a tap', async () => {
    await say('赵敏', '上周五召开分管科室会议，宣文部、财务科参加');
    expect(lastText()).toMatch(/请确认/);
    expect(lastText()).toMatch(/宣文部/);
    expect(lastText()).toMatch(/「财务科」不是您分管的科室/);
    await say('赵敏', '确认');
    expect(activities().map((a) => [a.type, a.date, a.departmentId])).toEqual([['meeting_dept', '2026-11-27', 'publicity']]);
  });

  it('又和她签了责任书 after two people: the talks are on the card and whom the 责任书 was signed with is asked', async () => {
    await say('王建国', '上周三和王强、孙丽谈心谈话，11月27日又和她签了责任书');
    expect(lastText()).toMatch(/和谁签订的/);
    expect(activities()).toEqual([]);
    await say('王建国', '孙丽');
    if (/请确认/.test(lastText())) await say('王建国', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join(',')])).toEqual([
      ['talk_heart', '2026-11-25', 'wangqiang'],
      ['talk_heart', '2026-11-25', 'sunli'],
      ['pledge_sign', '2026-11-27', 'sunli'],
    ]);
  });
});
