// Over HTTP (round 36, helper ffd, issue 10): the dialogs left over from round 35. A talk and a signing of one day with no
// one named ask 和谁 once (the same people were typed twice); a head's 「班子成员与我签订了责任书」 asks which leader once,
// the 分管领导 offered first (was: whose it was, then whom with, or a query refused); a 分管科室会议 turned into another kind
// on a waiting card or by the 修改 form leaves its departments behind; 对照检查 at a 民主生活会 is said to be no activity
// recorded; 「来汇报了自查情况」 is said as someone reporting to the sender.
import { describe, expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues } from '../support/testBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, lastText, rows, say } = chat;

/** How many of the bot's messages since `from` asked whom (和谁…的？). */
const whomQuestions = (from: number) => chat.t.texts().slice(from).filter((t) => /和谁(?:谈|签订|谈话、签订责任书)的？/.test(t)).length;

describe('a talk and a signing of one day, no one named', () => {
  it('王建国 「11月10日进行了集体廉政谈话，并签订了责任书」: 和谁 asked once, the answer is both records\'', async () => {
    const before = chat.t.texts().length;
    await say('王建国', '11月10日进行了集体廉政谈话，并签订了责任书');
    expect(lastText()).toMatch(/和谁谈话、签订责任书的？/);
    expect(lastText()).toMatch(/上面 2 条都按回复的人记录/);
    await say('王建国', '刘芳、陈志强');
    expect(whomQuestions(before)).toBe(1);
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-10', 'wangjianguo', 'liufang'],
      ['talk_integrity', '2026-11-10', 'wangjianguo', 'chenzhiqiang'],
      ['pledge_sign', '2026-11-10', 'wangjianguo', 'liufang'],
      ['pledge_sign', '2026-11-10', 'wangjianguo', 'chenzhiqiang'],
    ]);
  });

  it('「不在名单里」 to the one question leaves both out, said, nothing stored', async () => {
    await say('张伟', '11月11日开展了廉政谈话，签订了责任书');
    await say('张伟', '不在名单里');
    expect(lastText()).toMatch(/这 2 条未记录/);
    expect(activities()).toEqual([]);
  });

  it('another day is another question: the 11-10 talk and signing asked once, the 11-12 talk on its own', async () => {
    const before = chat.t.texts().length;
    await say('王建国', '11月10日进行了集体廉政谈话，并签订了责任书；11月12日又进行了集体廉政谈话');
    expect(lastText()).toMatch(/和谁谈话、签订责任书的？/);
    await say('王建国', '刘芳');
    expect(lastText()).toMatch(/和谁谈的？/);
    expect(lastText()).toMatch(/廉政谈话｜2026-11-12/);
    await say('王建国', '赵敏');
    expect(whomQuestions(before)).toBe(2);
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-10', 'wangjianguo', 'liufang'],
      ['pledge_sign', '2026-11-10', 'wangjianguo', 'liufang'],
      ['talk_integrity', '2026-11-12', 'wangjianguo', 'zhaomin'],
    ]);
  });

  it('no day either: the day, then 和谁 once for both', async () => {
    const before = chat.t.texts().length;
    await say('王建国', '进行了集体廉政谈话，并签订了责任书');
    for (let i = 0; i < 4 && /哪一天/.test(lastText()); i++) await say('王建国', '11月10日');
    expect(lastText()).toMatch(/和谁谈话、签订责任书的？/);
    await say('王建国', '陈志强');
    expect(whomQuestions(before)).toBe(1);
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-10', 'wangjianguo', 'chenzhiqiang'],
      ['pledge_sign', '2026-11-10', 'wangjianguo', 'chenzhiqiang'],
    ]);
  });
});

describe('a head\'s signing with 班子成员', () => {
  it('李明 「班子成员与我签订了责任书」: which leader asked once, 王建国 (his 分管领导) offered first; then the day', async () => {
    const offered = await chat.offered('李明', '班子成员与我签订了责任书');
    expect(lastText()).toMatch(/与李明签订责任书的是哪位领导？/);
    expect(offered[0]).toBe('王建国');
    await say('李明', '王建国');
    expect(lastText()).toMatch(/哪一天/);
    expect(lastText()).not.toMatch(/和谁签订/);
    await say('李明', '11月10日');
    if (activities().length === 0) await say('李明', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-11-10', 'wangjianguo', 'liming']]);
  });

  it('孙丽 「11月12日，我与班子成员签订了…责任书」: one question, never every leader signed with', async () => {
    await say('孙丽', '11月12日，我与班子成员签订了2027年度党风廉政建设责任书');
    expect(lastText()).toMatch(/与孙丽签订责任书的是哪位领导？/);
    await say('孙丽', '王建国');
    if (activities().length === 0) await say('孙丽', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-11-12', 'wangjianguo', 'sunli']]);
  });

  it('李明 「11月10日与分管领导签订了责任书」: his 分管领导, shown for 确认', async () => {
    await say('李明', '11月10日与分管领导签订了责任书');
    expect(lastText()).toMatch(/请确认/);
    await say('李明', '确认');
    expect(rows()).toEqual([['pledge_sign', '2026-11-10', 'wangjianguo', 'liming']]);
  });
});

describe('a 分管科室会议 turned into another kind', () => {
  it('「第1条类型改为廉政教育」 on a waiting card: the meeting\'s departments go with its type', async () => {
    await say('王建国', '11月26日召开分管科室会议，办公室、财务科参加；11月27日与李明进行了廉政谈话');
    expect(lastText()).toMatch(/分管科室党风廉政建设工作会议｜2026-11-26｜办公室、财务科/);
    await say('王建国', '第1条类型改为廉政教育');
    expect(lastText()).toMatch(/1\. 廉政教育｜2026-11-26｜活动人/);
    expect(lastText()).not.toMatch(/廉政教育｜2026-11-26｜办公室/);
    await say('王建国', '确认');
    const study = activities().find((a) => a.type === 'edu_integrity')!;
    expect(study.departmentId).toBeUndefined();
    expect(study.departmentIds).toBeUndefined();
    // The talk keeps its counterpart's department.
    expect(activities().find((a) => a.type === 'talk_integrity')!.departmentId).toBe('office');
  });

  it('the 修改 form with the type changed and the departments as shown: none kept', async () => {
    const receipt: SentMessage = (await chat.answers('王建国', '11月26日召开分管科室会议，办公室、财务科参加'))[0]!;
    expect(activities()).toMatchObject([{ type: 'meeting_dept', departmentIds: ['office', 'finance'] }]);
    const edit = buttonValues(receipt.content).find((v) => v.action === 'edit')!;
    const form = await chat.t.click('王建国', receipt.messageId, edit);
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    const saved = await chat.t.click('王建国', receipt.messageId, submit, { type: 'edu_integrity', date: '2026-11-26 +0800', departments: ['office', 'finance'] });
    expect(saved.body.toast?.type).toBe('success');
    expect(activities()).toHaveLength(1);
    expect(activities()[0]!.type).toBe('edu_integrity');
    expect(activities()[0]!.departmentId).toBeUndefined();
    expect(activities()[0]!.departmentIds).toBeUndefined();
  });

  it('near-miss: the form with other departments chosen keeps the ones chosen', async () => {
    const receipt: SentMessage = (await chat.answers('王建国', '11月26日召开分管科室会议，办公室、财务科参加'))[0]!;
    const edit = buttonValues(receipt.content).find((v) => v.action === 'edit')!;
    const form = await chat.t.click('王建国', receipt.messageId, edit);
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    await chat.t.click('王建国', receipt.messageId, submit, { type: 'edu_integrity', date: '2026-11-26 +0800', departments: ['finance'] });
    expect(activities()[0]!).toMatchObject({ type: 'edu_integrity', departmentId: 'finance' });
  });
});

describe('deeds that are no activity recorded', () => {
  it.each([
    ['王建国', '11月26日参加了党组民主生活会，作了对照检查发言'],
    ['张伟', '11月26日党组召开民主生活会，班子成员逐一作对照检查'],
    ['李明', '11月24日参加了支部组织生活会，作了对照检查，开展了批评与自我批评'],
  ])('%s 「%s」: said to be no activity recorded, and which are; never 没看懂 nor a type asked', async (who, text) => {
    await say(who, text);
    expect(lastText()).toMatch(/(?:民主|组织)生活会，不属于需要记录的党风廉政建设活动，未记录/);
    expect(lastText()).toMatch(/清风记录的是：廉政谈话/);
    expect(lastText()).not.toMatch(/没看懂|哪类活动/);
    expect(activities()).toEqual([]);
  });

  it.each([
    ['黄志刚', '11月27日来汇报了自查情况', '别人来向您汇报了自查情况', '汇报人'],
    ['黄志刚', '孙丽11月27日来汇报了财务科自查情况', '孙丽来向您汇报了财务科自查情况', '孙丽'],
    ['张伟', '11月26日，王建国副理事长来汇报了分管科室的自查情况', '王建国副理事长来向您汇报了分管科室的自查情况', '王建国副理事长'],
  ])('%s 「%s」: said as someone reporting to the sender, whose it is to report', async (who, text, heard, reporter) => {
    await say(who, text);
    expect(lastText()).toContain(`这条消息讲的是${heard}，没有记录。`);
    expect(lastText()).toContain(`请由${reporter}（或其科室负责人）自己上报`);
    expect(lastText()).toMatch(/听取汇报清风不单独记录，也不是您本人的自查，所以没有记在您名下/);
    expect(lastText()).not.toMatch(/整理、汇总、统计/);
    expect(activities()).toEqual([]);
  });
});
