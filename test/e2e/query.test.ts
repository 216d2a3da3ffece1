// End to end over HTTP: completion questions from the secretary, a leader, a head and a member; refusals, drill-downs, 我的任务, suggestions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { buttonValues, cardText, sentText, startTestBot, type TestBot } from '../support/testBot.js';

let t: TestBot;
beforeEach(async () => {
  t = await startTestBot();
  // One talk each way: the secretary with 王建国, 王建国 with 李明 (reported by 李明: held by his superior, so shown on a
  // card first and confirmed).
  await t.say('张伟', '今天和王建国进行了廉政谈话');
  await t.say('李明', '今天和王建国副理事长进行了廉政谈话');
  await t.say('李明', '确认');
  await t.running.drain();
});
afterEach(() => t.close());

const HEADS = ['李明', '孙丽', '周涛', '吴静', '郑华', '王磊', '冯雪', '何平'];
const OTHER_LEADERS = ['刘芳', '陈志强', '赵敏'];

async function ask(from: string, text: string, opts: Parameters<TestBot['say']>[2] = {}): Promise<SentMessage> {
  const before = t.emulator.sent.length;
  await t.say(from, text, opts);
  await t.running.drain();
  expect(t.emulator.sent).toHaveLength(before + 1);
  return t.emulator.sent[before]!;
}

function clickValue(m: SentMessage, action: string, key?: string, id?: string): Record<string, unknown> {
  const found = buttonValues(m.content).find((v) => v.action === action && (!key || v[key] === id));
  if (!found) throw new Error(`no ${action} button ${id ?? ''} in ${sentText(m)}`);
  return found;
}

describe('本季度完成情况, by who asks', () => {
  it('the secretary sees the whole organisation: unmet duties by name, with the chart and no more than five tables', async () => {
    const m = await ask('张伟', '本季度完成情况');
    const text = sentText(m);
    expect(text).toMatch(/完成情况[\s\S]*截至 2026-11-22 10:00，共 \d+ 项/);
    expect(text).toContain('2026年第四季度全单位的完成情况');
    for (const name of [...HEADS, '黄志刚', '林晓']) expect(text).toContain(name);
    const json = JSON.stringify(m.content);
    expect(json.match(/"tag":"table"/g)!.length).toBeLessThanOrEqual(5);
    expect(json).toContain('"tag":"chart"');
  });

  it('a leader sees themself and the heads of the departments they supervise, nobody else', async () => {
    const text = sentText(await ask('王建国', '本季度完成情况'));
    // The header names exactly the scope shown (issue 12 point 5), never 全单位.
    expect(text).toMatch(/^王建国分管范围的完成情况/);
    expect(text).toContain('2026年第四季度王建国分管范围的完成情况');
    expect(text).not.toContain('全单位');
    expect(text).toContain('李明');
    expect(text).toContain('孙丽');
    for (const name of [...HEADS.slice(2), ...OTHER_LEADERS, '黄志刚', '林晓']) expect(text).not.toContain(name);
  });

  it('a department head sees their own duties and their leader’s pairs with them; a met pair shows no name', async () => {
    const text = sentText(await ask('李明', '本季度完成情况'));
    expect(text).toContain('李明');
    // 王建国's talk with 李明 is done: it is listed by role, but 王建国 is still named on the unmet 谈心谈话 with 办公室.
    expect(text).toMatch(/^李明负责的办公室范围的完成情况/);
    expect(text).toMatch(/廉政谈话：班子成员与分管科室负责人.*\| 王建国 \|.*\| 完成/);
    expect(text).toMatch(/谈心谈话：班子成员与分管科室.*\| 王建国 \|.*办公室/);
    for (const name of [...HEADS.slice(1), '张伟', ...OTHER_LEADERS]) expect(text).not.toContain(name);
  });

  it('a member with no duties of their own gets an empty answer, naming nobody', async () => {
    const text = sentText(await ask('王芳', '本季度完成情况'));
    expect(text).toContain('该范围内没有需要完成的事项');
    for (const name of [...HEADS, '张伟', '王建国', ...OTHER_LEADERS]) expect(text).not.toContain(name);
  });

  it('a question about someone out of reach is refused politely, saying what can be asked instead', async () => {
    const m = await ask('王芳', '李明的完成情况');
    expect(m.msgType).toBe('text');
    expect(sentText(m)).toMatch(/抱歉，您暂无权限查看李明的完成情况。您可以查看自己的任务/);
    const leader = await ask('刘芳', '办公室本季度完成情况');
    expect(sentText(leader)).toMatch(/暂无权限查看办公室的完成情况.*组联部、康复部/);
  });
});

describe('drill-down buttons', () => {
  it('a 明细 button answers with that duty’s unmet lines by name, and 返回汇总 brings the overview back', async () => {
    const m = await ask('张伟', '本季度完成情况');
    const answer = await t.click('张伟', m.messageId, clickValue(m, 'drill_duty', 'dutyId', 'talk-leader-heads'));
    expect(answer.status).toBe(200);
    const drilled = answer.body.card!.data;
    const text = cardText(drilled);
    expect(text).toContain('廉政谈话：班子成员与分管科室负责人');
    expect(text).toMatch(/王建国 \| 2 \| 1 \|.*\| 孙丽/);
    expect(text).toMatch(/刘芳 \| 2 \| 0 \|.*\| 周涛、吴静/);
    const secretary = cardText((await t.click('张伟', m.messageId, clickValue(m, 'drill_duty', 'dutyId', 'talk-secretary-leaders'))).body.card!.data);
    // 王建国 was talked to: he is no longer among those missing.
    expect(secretary).toMatch(/张伟 \| 4 \| 1 \| 1 \|.*\| 刘芳、陈志强、赵敏$/m);
    const back = await t.click('张伟', m.messageId, buttonValues(drilled).find((v) => v.action === 'drill_overview')!);
    expect(cardText(back.body.card!.data)).toContain('各项职责');
  });

  it('a department button narrows the question to that department', async () => {
    const m = await ask('王建国', '本季度完成情况');
    const offered = buttonValues(m.content).filter((v) => v.action === 'drill_department').map((v) => v.departmentId);
    expect(offered).toEqual(['office', 'finance']);
    // A value naming a department out of his reach (a forged or edited card) is refused.
    const forged = await t.click('王建国', m.messageId, { ...clickValue(m, 'drill_department'), departmentId: 'rehab' });
    expect(forged.body.toast?.content).toMatch(/暂无权限查看康复部/);
    const answer = await t.click('王建国', m.messageId, clickValue(m, 'drill_department', 'departmentId', 'finance'));
    const text = cardText(answer.body.card!.data);
    expect(text).toContain('2026年第四季度财务科的完成情况');
    expect(text).toContain('孙丽');
    expect(text).not.toContain('李明');
  });

  it('in a group, another member’s click leaves the group card as it is and answers them privately, within what they may see', async () => {
    const mention = { key: '@_user_1', openId: t.emulator.bot.openId, name: '清风' };
    const m = await ask('张伟', '@_user_1 本季度完成情况', { chatType: 'group', chatId: 'oc_testgroup', mentions: [mention] });
    const before = t.emulator.sent.length;
    const answer = await t.click('李明', m.messageId, clickValue(m, 'drill_duty', 'dutyId', 'talk-leader-heads'));
    expect(answer.body.card).toBeUndefined();
    expect(answer.body.toast?.content).toBe('这张卡片是张伟的提问，群里的卡片不变；按您的查看范围展开的明细已私信发给您。');
    const sent = t.emulator.sent.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.receiveId).toBe(t.openId('李明'));
    const text = cardText(sent[0]!.content);
    expect(text).toContain('全部 1 项已完成');
    for (const name of ['刘芳', '周涛', '孙丽']) expect(text).not.toContain(name);
    // A tap on the private card answers 李明 in place: the card is his now.
    const again = await t.click('李明', sent[0]!.messageId, clickValue(sent[0]!, 'drill_overview'));
    expect(again.body.card).toBeDefined();
    expect(t.emulator.sent).toHaveLength(before + 1);
    // The asker's own tap still replaces the group card.
    const own = await t.click('张伟', m.messageId, clickValue(m, 'drill_duty', 'dutyId', 'talk-leader-heads'));
    expect(cardText(own.body.card!.data)).toContain('刘芳');
  });

  it('a button from a card whose duty no longer exists is answered with a toast', async () => {
    const m = await ask('张伟', '本季度完成情况');
    const value = { ...clickValue(m, 'drill_duty'), dutyId: 'no-such-duty' };
    const answer = await t.click('张伟', m.messageId, value);
    expect(answer.body.toast?.content).toContain('已过期');
  });
});

describe('我的任务', () => {
  it('lists every open period of the year, past overdue months first, each with a 填报 button naming the duty and its period', async () => {
    const m = await ask('李明', '我的任务');
    const text = sentText(m);
    // Nothing reported yet: 信息报送 Jan–Oct and 上半年 向党组报告 are overdue; November and the year's duties run.
    expect(text).toMatch(/我的任务[\s\S]*待完成 16 项（其中逾期 11 项）/);
    expect(text).toMatch(/信息报送 · 2026年1月\*\* · 逾期[\s\S]*信息报送 · 2026年10月\*\* · 逾期/);
    const buttons = buttonValues(m.content);
    expect(buttons).toHaveLength(16);
    expect(buttons[0]).toEqual({ action: 'report_duty', dutyId: 'info-report', period: '2026-01-01' });
    expect(buttons).toContainEqual({ action: 'report_duty', dutyId: 'unit-report', period: '2026-01-01' });
  });

  it('我还差什么 from a leader names the heads still missing a talk', async () => {
    const text = sentText(await ask('刘芳', '我还差什么'));
    expect(text).toMatch(/廉政谈话：班子成员与分管科室负责人[\s\S]*尚缺：周涛、吴静/);
  });
});

describe('questions with words the bot cannot place', () => {
  it('says what it understood and offers the nearest questions as buttons that ask them', async () => {
    const m = await ask('张伟', '宣传科本季度完成情况');
    const text = sentText(m);
    expect(text).toMatch(/没能识别「宣传科」[\s\S]*我理解的是：2026年第四季度全单位的完成情况/);
    const asks = buttonValues(m.content).filter((v) => v.action === 'ask_question');
    expect(asks[0]).toEqual({ action: 'ask_question', text: '宣文部本季度完成情况' });
    const answer = await t.click('张伟', m.messageId, asks[0]!);
    const card = cardText(answer.body.card!.data);
    expect(card).toContain('2026年第四季度宣文部的完成情况');
    expect(card).toContain('王磊');
  });

  it('never suggests names outside the asker’s reach', async () => {
    const m = await ask('李明', '张三丰的完成情况');
    const asks = buttonValues(m.content).map((v) => String(v.text));
    expect(asks).toContain('我的完成情况');
    for (const name of ['张伟', '孙丽', ...OTHER_LEADERS]) expect(asks.join()).not.toContain(name);
  });
});
