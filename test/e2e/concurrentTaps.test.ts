// Over HTTP: card callbacks reach the bot beside the chat's messages, not behind them. Two taps of 确认 (two devices, a
// client resend), a tap and a typed 「确认」 at the same moment, or a form submitted twice record one report, never two.
import { describe, expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues, cardText, sentText } from '../support/testBot.js';

const bot = useChatBot(new Date('2026-11-30T18:00:00+08:00'));
const activities = () => bot.activities();

/** Sends as `from`; the bot's one message in answer. */
async function say(from: string, text: string): Promise<SentMessage> {
  const sent = await bot.answers(from, text);
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

describe('one report, however often it is confirmed at once', () => {
  it.each([
    ['李娟', '今天张书记与王建国进行了廉政谈话'],
    ['王芳', '昨天刘芳副理事长与周涛进行了廉政谈话'],
    ['李明', '11月20日王建国副理事长主持召开分管科室党风廉政建设工作会议'],
  ])('%s: two taps of 确认 on 「%s」 at the same moment record it once', async (who, text) => {
    const card = await say(who, text);
    expect(cardText(card.content)).toContain('确认');
    const taps = await Promise.all([1, 2].map(() => bot.t.click(who, card.messageId, { action: 'answer', text: '确认' })));
    expect(taps.map((r) => r.status)).toEqual([200, 200]);
    await bot.t.running.drain();
    expect(activities()).toHaveLength(1);
    // One tap made the receipt; the other was told the card was handled already.
    expect(taps.filter((r) => r.body.card).length).toBe(1);
    expect(taps.map((r) => r.body.toast?.content ?? '').filter((c) => c.includes('已经处理过了'))).toHaveLength(1);
  });

  it.each(['确认', '对', '是的'])('a tap of 确认 and a typed 「%s」 at the same moment record it once', async (typed) => {
    const card = await say('李娟', '今天张书记与王建国进行了廉政谈话');
    const before = bot.t.emulator.sent.length;
    await Promise.all([bot.t.click('李娟', card.messageId, { action: 'answer', text: '确认' }), bot.t.say('李娟', typed)]);
    await bot.t.running.drain();
    expect(activities()).toHaveLength(1);
    // The typed word found nothing waiting any more, or was the one that confirmed: never a second receipt.
    const receipts = bot.t.emulator.sent.slice(before).filter((m) => /已记录/.test(sentText(m)));
    expect(receipts.length).toBeLessThanOrEqual(1);
  });
});

describe('the 填报 form submitted twice', () => {
  const FORM = { type: 'edu_integrity', date: '2026-11-19 +0800', title: '《中国共产党纪律处分条例》', attendees: '23' };

  it('two 提交 at the same moment make one record; the second is told so and shown the same receipt', async () => {
    const form = await say('王芳', '填报');
    const submit = buttonValues(form.content).find((v) => v.action === 'report_form')!;
    const both = await Promise.all([1, 2].map(() => bot.t.click('王芳', form.messageId, submit, FORM)));
    expect(activities()).toHaveLength(1);
    expect(both.map((r) => r.body.toast?.content).sort()).toEqual(['已记录', '这张表单已经提交过，没有重复记录。']);
    for (const r of both) expect(cardText(r.body.card!.data)).toMatch(/已记录 1 项[\s\S]*廉政教育/);
  });

  it('a later 提交 of the same form, one after the other, also records nothing more', async () => {
    const form = await say('王芳', '填报');
    const submit = buttonValues(form.content).find((v) => v.action === 'report_form')!;
    await bot.t.click('王芳', form.messageId, submit, FORM);
    const again = await bot.t.click('王芳', form.messageId, submit, { ...FORM, attendees: '24' });
    expect(again.body.toast?.content).toBe('这张表单已经提交过，没有重复记录。');
    expect(activities()).toMatchObject([{ attendees: 23 }]);
    // A new form is a new report.
    const second = await say('王芳', '填报');
    await bot.t.click('王芳', second.messageId, buttonValues(second.content).find((v) => v.action === 'report_form')!, { ...FORM, date: '2026-11-20 +0800' });
    expect(activities()).toHaveLength(2);
  });

  it.each([
    ['《中国共产党纪律处分条例》', '中国共产党纪律处分条例'],
    ['学习《条例》', '条例'],
    ['观看《永远在路上》专题片', '永远在路上'],
    ['廉洁从政专题', '廉洁从政专题'],
    ['《准则》和《条例》', '《准则》和《条例》'],
  ])('the 题目 「%s」 is kept as %s', async (typed, kept) => {
    const form = await say('王芳', '填报');
    const submit = buttonValues(form.content).find((v) => v.action === 'report_form')!;
    const ok = await bot.t.click('王芳', form.messageId, submit, { ...FORM, title: typed });
    expect(ok.body.toast?.type).toBe('success');
    expect(activities()).toMatchObject([{ title: kept }]);
  });
});
