// Round 50 (issue 10), fixer FF (fyf): a correction that drops or narrows, with the member's reason after it.
// t53a F4: after 刘芳's two 谈心谈话 were recorded, 「刚才那条第2条不要了 吴静那次谈心还没谈」 was read as a 未完成 query
// (「…说的是还没有做的事，清风没有记录」) and the 吴静 record stayed; 「第2条不要」 alone was 「没看懂」. Now record 2 of the latest
// report is withdrawn, the reason (还没谈 · 没谈成 · 改期了 · 是下周的计划) set aside.
// t53a F6: 「刚才那条部门只有财务科 办公室那天没参加」 was 「没有找到「办公室那天没参加」这个部门」; now 办公室那天没参加 is read
// as the drop it explains (a day or hedge word between the department and 没参加), and only 财务科 is kept.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');
const chat = useChatBot(MONDAY);
const { activities, answerText, say } = chat;

/** 孙丽's two talks: a card of two (recorded at 确认). */
const TWO_TALKS = '上周三和王强谈心谈话，上周四和李娟进行了廉政谈话';
/** 王建国's 分管科室会议 at 办公室 and 财务科 (t53a #21). */
const DEPT_MEETING = '11月26日上午召开了分管科室党风廉政建设工作会议 办公室和财务科负责同志参加 部署年底廉政风险防控工作';

/** A record's whole department list (departmentIds only when more than one). */
const departmentsOf = (a: { departmentId?: string; departmentIds?: string[] }) => a.departmentIds ?? [a.departmentId];

/** Sends `text` as `who`, and 确认 when a card is shown, so the report is recorded. */
async function recorded(who: string, text: string): Promise<void> {
  const answer = await answerText(who, text);
  if (/确认/.test(answer) && activities().length === 0) await say(who, '确认');
}

describe('t53a F4: 第N条不要 after recording, with a reason after it, withdraws record N', () => {
  it.each([
    ['刚才那条第2条不要了 李娟那次谈话还没谈', 2],
    ['第2条不要', 2],
    ['第二条删掉 那次其实没谈成', 2],
    ['把第1条去掉吧，和王强的谈心还没谈', 1],
    ['撤销第2条 那次谈话改期了', 2],
    ['刚才报的第2条不算 那个是下周的计划', 2],
    ['第1条不要了 不好意思', 1],
    ['刚才那条第一条不要了，王强那次还没谈呢', 1],
  ])('「%s」: record %i withdrawn, the other kept', async (said, n) => {
    await recorded('孙丽', TWO_TALKS);
    expect(activities()).toHaveLength(2);
    const answer = await answerText('孙丽', said);
    expect(answer).not.toMatch(/还没有做的事|没看懂/);
    expect(answer).toMatch(new RegExp(`已撤销第${n}条`));
    expect(activities().map((a) => a.counterpartIds.join())).toEqual([n === 1 ? 'lijuan' : 'wangqiang']);
  });

  it('near-miss: 「李娟那次谈话还没谈」 alone is still the not-done answer, nothing withdrawn', async () => {
    await recorded('孙丽', TWO_TALKS);
    const answer = await answerText('孙丽', '李娟那次谈话还没谈');
    expect(answer).not.toMatch(/已撤销/);
    expect(activities()).toHaveLength(2);
  });

  it('near-miss: 「第2条不要了 李娟也在」 (a fact, not a reason) withdraws nothing', async () => {
    await recorded('孙丽', TWO_TALKS);
    const answer = await answerText('孙丽', '第2条不要了 李娟也在');
    expect(answer).not.toMatch(/已撤销/);
    expect(activities()).toHaveLength(2);
  });
});

describe('t53a F6: 部门只有X with 「Y那天没参加」 after it keeps X only', () => {
  it.each([
    ['刚才那条部门只有财务科 办公室那天没参加'],
    ['刚才那条部门只有财务科，办公室当天没来'],
    ['刚才那条只有财务科 办公室其实没参加'],
    ['刚才那条部门只有财务科 办公室的同志没参加'],
  ])('after recording, 「%s」: a change card, 财务科 stored at 确认', async (said) => {
    await recorded('王建国', DEPT_MEETING);
    expect(activities().map(departmentsOf)).toEqual([['office', 'finance']]);
    const answer = await answerText('王建国', said);
    expect(answer).not.toMatch(/没有找到/);
    expect(answer).toMatch(/请确认修改/);
    await say('王建国', '确认');
    expect(activities().map(departmentsOf)).toEqual([['finance']]);
  });

  it('on the card: 「部门只有财务科 办公室那天没参加」', async () => {
    const card = await answerText('王建国', `${DEPT_MEETING}，会上我讲了话`);
    const answer = await answerText('王建国', '部门只有财务科 办公室那天没参加');
    expect(card).toMatch(/请确认/);
    expect(answer).not.toMatch(/没有找到|没有改动/);
    expect(answer).toMatch(/已按您的更正修改/);
    if (activities().length === 0) await say('王建国', '确认');
    expect(activities().map(departmentsOf)).toEqual([['finance']]);
  });
});
