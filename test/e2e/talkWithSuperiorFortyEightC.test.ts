// Over HTTP (round 48, ftc; t50a N1): 赵磊 (维权部科员) 「上周和冯部长谈了话」 was asked its kind with 赵磊 as the doer and 冯雪
// as the one talked with; a talk of no named kind between a member and someone above them in the chain is the superior's
// (their duty), so the question already names 冯雪 as the doer, and the answer ends on the 确认 card, never stored at once.
// 和部长/和主任/和分管领导 with no name is the sender's own head or 分管领导. A peer, or someone below, stays the sender's.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const chat = useChatBot(new Date('2026-11-30T08:00:00+08:00'));
const { activities, lastText, rows, say } = chat;
// One bot started and closed first, so the module load under a busy machine does not time out the first test's hook.

describe('a talk of no named kind with someone above the sender is the superior\'s, on the card', () => {
  it.each([
    // [sender, report, answers…, the row 确认 stores]
    ['赵磊', '上周五和冯部长谈了话', ['廉政谈话'], ['talk_integrity', '2026-11-27', 'fengxue', 'zhaolei'], '冯雪'],
    ['张颖', '昨天和部长谈了一次话', ['谈心谈话'], ['talk_heart', '2026-11-29', 'zhoutao', 'zhangying'], '周涛'],
    ['赵磊', '11月25日和分管领导谈了话', ['廉政谈话'], ['talk_integrity', '2026-11-25', 'chenzhiqiang', 'zhaolei'], '陈志强'],
    ['冯雪', '11月26日和陈副理事长谈了话', ['廉政谈话'], ['talk_integrity', '2026-11-26', 'chenzhiqiang', 'fengxue'], '陈志强'],
  ])('%s: 「%s」 → %j: asked with the superior as the doer, then 确认 stores %j', async (from, text, answers, row, upper) => {
    await say(from, text);
    expect(lastText()).toMatch(/是哪类活动/);
    expect(lastText()).toContain(`活动人 ${upper}`);
    for (const a of answers) await say(from, a);
    expect(lastText()).toContain('请确认');
    expect(activities()).toHaveLength(0);
    await say(from, '确认');
    expect(rows()).toEqual([row]);
  });

  // Near-misses: a peer, someone below, and a talk the sender sought stay the sender's.
  it.each([
    ['冯雪', '11月26日和周涛部长谈了话', ['谈心谈话'], ['talk_heart', '2026-11-26', 'fengxue', 'zhoutao']],
    ['冯雪', '11月26日和赵磊谈了话', ['谈心谈话'], ['talk_heart', '2026-11-26', 'fengxue', 'zhaolei']],
    ['赵磊', '11月26日我主动找冯部长谈了话', ['谈心谈话'], ['talk_heart', '2026-11-26', 'zhaolei', 'fengxue']],
  ])('%s: 「%s」 → %j stays the sender\'s', async (from, text, answers, row) => {
    await say(from, text);
    expect(lastText()).not.toMatch(/活动人 /);
    for (const a of answers) await say(from, a);
    if (activities().length === 0) await say(from, '确认');
    expect(rows()).toEqual([row]);
  });
});

// Round 48 (ftc): a kind asked beside the deed was no report (the ？ made the whole message a question); the talk is read
// and its kind asked, the kinds the member named offered.
describe('a talk reported with 这个算廉政谈话还是谈心谈话？ is asked its kind, never dropped', () => {
  it('王建国: 「今天和孙丽谈了话，这个算廉政谈话还是谈心谈话？」 → 是哪类活动 → 谈心谈话: stored with 孙丽', async () => {
    await say('王建国', '今天和孙丽谈了话，这个算廉政谈话还是谈心谈话？');
    expect(lastText()).toMatch(/是哪类活动/);
    expect(lastText()).toContain('孙丽');
    await say('王建国', '谈心谈话');
    if (activities().length === 0) await say('王建国', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-30', 'wangjianguo', 'sunli']]);
  });
});
