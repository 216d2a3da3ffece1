// Over HTTP: the 填报/修改 form carries where a check went (or whose 科室 a meeting was). Before, the form had no such
// field, so saving a check's 修改 silently dropped its departments, and a check reported by form had none.
import { describe, expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues, cardText } from '../support/testBot.js';

const bot = useChatBot(new Date('2026-12-01T18:00:00+08:00')) // after the reminders' hours;
const activities = () => bot.activities();
const say = async (from: string, text: string): Promise<SentMessage> => (await bot.answers(from, text))[0]!;
type FormElement = { tag: string; name?: string; selected_values?: string[]; options?: { value: string }[] };
function formFields(card: unknown): FormElement[] {
  const out: FormElement[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.tag === 'string' && typeof o.name === 'string') out.push(o as FormElement);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('a check’s departments through the form', () => {
  it.each([
    ['黄志刚', '11月26日到维权部检查了工作纪律', ['rights']],
    ['林晓', '11月24日到办公室、财务科检查了工作纪律', ['office', 'finance']],
  ])('%s 「%s」: 修改 of the day alone keeps %j', async (who, text, places) => {
    const receipt = await say(who, text);
    expect(activities()).toHaveLength(1);
    expect([activities()[0]!.departmentId, ...(activities()[0]!.departmentIds ?? [])]).toEqual(expect.arrayContaining(places));
    const before = activities()[0]!;
    const edit = buttonValues(receipt.content).find((v) => v.action === 'edit')!;
    const form = await bot.t.click(who, receipt.messageId, edit);
    const select = formFields(form.body.card!.data).find((f) => f.name === 'departments')!;
    expect(select.tag).toBe('multi_select_static');
    expect(select.selected_values).toEqual(places);
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    // What the client sends back: every field as shown, only the day changed.
    const saved = await bot.t.click(who, receipt.messageId, submit, { type: before.type, date: '2026-12-01 +0800', departments: select.selected_values });
    expect(saved.body.toast?.type).toBe('success');
    expect(cardText(saved.body.card!.data)).toContain('2026-12-01');
    expect(activities()).toMatchObject([{ date: '2026-12-01', departmentId: places[0] }]);
    expect(activities()[0]!.departmentIds).toEqual(places.length > 1 ? places : undefined);
  });

  it('a check reported by the 填报 form keeps the departments chosen; an unknown one is refused', async () => {
    const form = await say('林晓', '填报');
    const fields = formFields(form.content);
    expect(fields.find((f) => f.name === 'departments')!.options!.map((o) => o.value)).toContain('rehab');
    const submit = buttonValues(form.content).find((v) => v.action === 'report_form')!;
    const bad = await bot.t.click('林晓', form.messageId, submit, { type: 'inspect_style', date: '2026-11-30 +0800', departments: ['nowhere'] });
    expect(bad.body.toast?.content).toBe('所选科室不在本单位名单中');
    const ok = await bot.t.click('林晓', form.messageId, submit, { type: 'inspect_style', date: '2026-11-30 +0800', departments: ['rehab', 'rights'] });
    expect(ok.body.toast?.type).toBe('success');
    expect(activities()).toMatchObject([{ type: 'inspect_style', departmentId: 'rehab', departmentIds: ['rehab', 'rights'] }]);
  });

  it('a talk’s department stays its counterpart’s, whatever the departments field says', async () => {
    const form = await say('李明', '填报');
    const submit = buttonValues(form.content).find((v) => v.action === 'report_form')!;
    await bot.t.click('李明', form.messageId, submit, { type: 'talk_integrity', date: '2026-11-30 +0800', counterparts: [bot.t.openId('王强')], departments: ['rehab'] });
    expect(activities()).toMatchObject([{ type: 'talk_integrity', departmentId: 'finance' }]);
  });
});
