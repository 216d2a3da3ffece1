// Round 25b §1 (issue 10), over HTTP: a head who writes 「我和王建国副理事长今天进行了廉政谈话」 reports the LEADER's talk with
// them. It was stored at once as the head's talk with the leader, so 王建国's duty to talk with 李明 stayed open. Now it is
// shown on a card with 王建国 as the doer, and after 确认 the leader's completion card counts the pair as done.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues, cardText, sentText } from '../support/testBot.js';

/** Wednesday 2026-12-02, 08:00 in Shanghai (the round's day), before the reminders' hours. */
const WEDNESDAY = new Date('2026-12-02T08:00:00+08:00');

const chat = useChatBot(WEDNESDAY);
const { activities, lastText, say } = chat;

/** The leader's 明细 of 廉政谈话：班子成员与分管科室负责人, opened from 「我分管的部门」 as a member would tap it. */
async function leaderHeadsDetail(): Promise<string> {
  const sent = await chat.answers('王建国', '我分管的部门');
  const card = sent.at(-1)!;
  expect(sentText(card)).toMatch(/^王建国分管的科室的完成情况/);
  const value = buttonValues(card.content).find((v) => v.action === 'drill_duty' && v.dutyId === 'talk-leader-heads')!;
  return cardText((await chat.t.click('王建国', card.messageId, value)).body.card!.data as object);
}

describe('a talk with the sender\'s superior is the superior\'s', () => {
  it('李明「我和王建国副理事长…」: on a card as 王建国\'s, stored that way round, and the leader\'s duty sees 李明 done', async () => {
    const before = await leaderHeadsDetail();
    expect(before).toContain('责任人：王建国 · 应完成 2 · 已完成 0');
    expect(before).toMatch(/王建国 \| 2 \| 0 \| 0 \| [^\n]*\| 李明、孙丽/);
    await say('李明', '我和王建国副理事长今天进行了廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/活动人：王建国/);
    expect(lastText()).toContain('王建国是您的上级');
    await say('李明', '确认');
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.counterpartIds])).toEqual([['talk_integrity', '2026-12-02', 'wangjianguo', ['liming']]]);
    const after = await leaderHeadsDetail();
    expect(after).toContain('责任人：王建国 · 应完成 2 · 已完成 1');
    // Only 孙丽 is still to be talked with; the record is 王建国's with 李明.
    expect(after).toMatch(/王建国 \| 2 \| 1 \| 1 \| [^\n]*\| 孙丽\n/);
    expect(after).toContain('2026-12-02 | 廉政谈话 | 王建国 | 李明 |');
  });

  it('the near-miss: 王建国「今天我和李明进行了廉政谈话」 is stored at once as his own', async () => {
    await say('王建国', '今天我和李明进行了廉政谈话');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? 'wangjianguo', a.counterpartIds])).toEqual([['talk_integrity', '2026-12-02', 'wangjianguo', ['liming']]]);
  });
});

// Round 25b §2 and §10: someone of a department, unnamed, and a department written short that fits two are asked, with
// the people they may be offered (and 不在名单里); never the head stored silently.
describe('who of a department is asked', () => {
  it('陈志强「今天和教育就业部的一位科员谈心」: asked who, 陈静 offered; her name answers it', async () => {
    await say('陈志强', '今天和教育就业部的一位科员谈心');
    expect(activities()).toEqual([]);
    expect(lastText()).toContain('「教育就业部的一位科员」是哪一位？');
    expect(lastText()).toContain('陈静');
    expect(lastText()).toContain('不在名单里');
    expect(lastText()).not.toContain('郑华');
    await say('陈志强', '陈静');
    expect(activities().map((a) => [a.type, a.date, a.actorId ?? 'chenzhiqiang', a.counterpartIds])).toEqual([['talk_heart', '2026-12-02', 'chenzhiqiang', ['chenjing']]]);
  });

  it('王建国「今天与办公室司机廉政谈话」: 不在名单里 leaves it out, 李明 never recorded', async () => {
    await say('王建国', '今天与办公室司机廉政谈话');
    expect(lastText()).toContain('「办公室司机」是哪一位？');
    await say('王建国', '不在名单里');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/不在名单/);
  });

  it('刘芳「今天和康复、组联负责人廉政谈话」: 康复 asked (吴静 or 何平), 周涛 kept', async () => {
    await say('刘芳', '今天和康复、组联负责人廉政谈话');
    expect(activities()).toEqual([]);
    expect(lastText()).toContain('「康复负责人」是哪一位？');
    expect(lastText()).toMatch(/吴静[\s\S]*何平/);
    await say('刘芳', '吴静');
    // Two records, one of them read from a list: shown for a tap first.
    expect(activities()).toEqual([]);
    expect(lastText()).toContain('请确认');
    await say('刘芳', '确认');
    expect(activities().map((a) => [a.type, a.date, a.counterpartIds.join(',')])).toEqual([
      ['talk_integrity', '2026-12-02', 'zhoutao'],
      ['talk_integrity', '2026-12-02', 'wujing'],
    ]);
  });
});
