// Over HTTP (n25, issue 10): a 2027年度 责任书 signed in December 2026 says so on its receipt and card, keeps its year
// through a 修改 of other fields, and loses it when its type changes or its day moves into that year.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues, cardText } from '../support/testBot.js';

/** Wednesday 2026-12-02, 09:00 in Shanghai. */
const WEDNESDAY = new Date('2026-12-02T09:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

/** Signs one 2027年度 责任书 as 王建国 with 李明 and opens its 修改 form; the receipt's message id and the form's submit value. */
async function signedAndOpened(): Promise<{ receiptId: string; submit: Record<string, unknown> }> {
  const [receipt] = await chat.answers('王建国', '今天和李明签订了2027年度党风廉政建设责任书');
  expect(activities().map((a) => [a.type, a.date, a.dutyYear])).toEqual([['pledge_sign', '2026-12-02', 2027]]);
  const edit = buttonValues(receipt!.content).find((v) => v.action === 'edit')!;
  const form = await chat.t.click('王建国', receipt!.messageId, edit);
  const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
  return { receiptId: receipt!.messageId, submit };
}

describe('the receipt and the 确认 card say which year a 责任书 counts for', () => {
  it('王建国 alone: the receipt says 计入2027年度 and no window remark', async () => {
    await say('王建国', '今天和李明签订了2027年度党风廉政建设责任书');
    expect(lastText()).toMatch(/签订责任书\/承诺书｜2026-12-02（今天）｜对象：李明[^\n]*｜计入2027年度/);
    expect(lastText()).not.toMatch(/不在规定期限|计入2027年(?!度)/);
  });

  it('a clerk for the leader: the 确认 card says it, and the record stored after 确认 keeps the year', async () => {
    await say('胡军', '12月1日，王建国副理事长与李明、孙丽签订了2027年度党风廉政建设责任书');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/请确认/);
    expect(lastText().match(/计入2027年度/g)).toHaveLength(2);
    await say('胡军', '确认');
    expect(activities().map((a) => [a.date, a.actorId, a.counterpartIds[0], a.dutyYear])).toEqual([
      ['2026-12-01', 'wangjianguo', 'liming', 2027],
      ['2026-12-01', 'wangjianguo', 'sunli', 2027],
    ]);
  });

  it('a 责任书 of this year names no year on its card (near miss)', async () => {
    await say('王建国', '今天和李明签订了党风廉政建设责任书');
    expect(lastText()).not.toMatch(/计入20\d\d年度/);
    expect(activities()[0]!.dutyYear).toBeUndefined();
  });
});

describe('the 修改 form', () => {
  it('a change of the day within December keeps the year (and the person signed with)', async () => {
    const { receiptId, submit } = await signedAndOpened();
    const saved = await chat.t.click('王建国', receiptId, submit, { type: 'pledge_sign', date: '2026-12-01 +0800', counterparts: [chat.t.openId('李明')], note: '党组会后签订' });
    expect(saved.body.toast?.type).toBe('success');
    expect(cardText(saved.body.card!.data)).toMatch(/改为：签订责任书\/承诺书｜2026-12-01（昨天）｜对象：李明[^\n]*｜计入2027年度/);
    expect(activities().map((a) => [a.date, a.counterpartIds, a.dutyYear, a.note])).toEqual([['2026-12-01', ['liming'], 2027, '党组会后签订']]);
  });

  it('a change of type drops the year: a talk counts for no year', async () => {
    const { receiptId, submit } = await signedAndOpened();
    const saved = await chat.t.click('王建国', receiptId, submit, { type: 'talk_integrity', date: '2026-12-02 +0800', counterparts: [chat.t.openId('李明')] });
    expect(saved.body.toast?.type).toBe('success');
    expect(cardText(saved.body.card!.data)).not.toMatch(/改为：[^\n]*计入2027年度/);
    expect(activities().map((a) => [a.type, a.dutyYear])).toEqual([['talk_integrity', undefined]]);
  });

  it('the day moved into January 2027 drops the year: its own day counts there now', async () => {
    const { receiptId, submit } = await signedAndOpened();
    chat.t.clock.now = new Date('2027-01-08T09:00:00+08:00');
    const saved = await chat.t.click('王建国', receiptId, submit, { type: 'pledge_sign', date: '2027-01-06 +0800', counterparts: [chat.t.openId('李明')] });
    expect(saved.body.toast?.type).toBe('success');
    expect(activities().map((a) => [a.date, a.dutyYear, a.late])).toEqual([['2027-01-06', undefined, false]]);
  });
});

describe('a correction in words', () => {
  it('「刚才那条日期错了，应该是11月30日」 keeps the year; the card after shows it', async () => {
    await say('王建国', '今天和李明签订了2027年度党风廉政建设责任书');
    await say('王建国', '刚才那条日期错了，应该是11月30日');
    expect(lastText()).toMatch(/2026-11-30[^\n]*计入2027年度/);
    await say('王建国', '确认');
    expect(activities().map((a) => [a.date, a.dutyYear])).toEqual([['2026-11-30', 2027]]);
  });
});

describe('a year no 责任书 signed now can be for', () => {
  it('「2030年度」 in December 2026: stored without it (the store would refuse the file), and the bot starts again on its data', async () => {
    await say('王建国', '今天和李明签订了2030年度党风廉政建设责任书');
    if (activities().length === 0) await say('王建国', '确认');
    expect(lastText()).not.toMatch(/计入2030年度/);
    expect(activities().map((a) => [a.type, a.date, a.dutyYear])).toEqual([['pledge_sign', '2026-12-02', undefined]]);
    await chat.t.restart();
    expect(activities()).toHaveLength(1);
  });
});
