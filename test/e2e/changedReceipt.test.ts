// Over HTTP (k16, issue 10): every path that changes a stored record (a correction in words confirmed, the 修改 form
// saved) answers with a receipt headed 已修改 that shows the record before → after; it said 已记录, as for a new record.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues, cardText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-12-01T08:00:00+08:00'));
const { activities, lastText, rows, say } = chat;

describe('every path that changes a record answers 已修改', () => {
  it('a correction in words confirmed: headed 已修改, the record shown before → after', async () => {
    await say('王建国', '昨天和王强进行了廉政谈话');
    await say('王建国', '刚才那条不是王强，是李娟');
    await say('王建国', '确认');
    expect(lastText()).toMatch(/^已修改\n/);
    expect(lastText()).toMatch(/原来：~~廉政谈话｜2026-11-30（昨天）｜对象：王强[^~]*~~\s*改为：廉政谈话｜2026-11-30（昨天）｜对象：李娟/);
    expect(lastText()).toContain('已修改：「王强」改为「李娟」');
  });

  it('the 修改 form saved: the receipt is headed 已修改 and shows before → after', async () => {
    const [receipt] = await chat.answers('林晓', '11月16日对教育就业部进行了作风纪律检查');
    expect(rows()).toEqual([['inspect_style', '2026-11-16', 'linxiao', '']]);
    const edit = buttonValues(receipt!.content).find((v) => v.action === 'edit')!;
    const form = await chat.t.click('林晓', receipt!.messageId, edit);
    const submit = buttonValues(form.body.card!.data).find((v) => v.action === 'report_form')!;
    const saved = await chat.t.click('林晓', receipt!.messageId, submit, { type: 'inspect_style', date: '2026-11-18 +0800', departments: ['employment'] });
    expect(saved.body.toast?.type).toBe('success');
    const text = cardText(saved.body.card!.data);
    expect(text).toMatch(/^已修改/);
    expect(text).toMatch(/原来：~~作风纪律检查｜2026-11-16[\s\S]*改为：作风纪律检查｜2026-11-18/);
    expect(rows()).toEqual([['inspect_style', '2026-11-18', 'linxiao', '']]);
  });

  it('a new record after a change is headed 已记录 again', async () => {
    await say('孙丽', '昨天和王强进行了廉政谈话');
    await say('孙丽', '刚才那条日期错了，应该是11月29日');
    await say('孙丽', '确认');
    expect(lastText()).toMatch(/^已修改/);
    await say('孙丽', '今天和李娟进行了谈心谈话');
    expect(lastText()).toMatch(/^已记录 1 项/);
  });
});
