// Over HTTP: round 43 (fpd), t42a F2 (issue 10), turn by turn through the real bot. A talk shown on the 确认 card the wrong
// way round could only be cancelled: 「反了」 was not read, and 「谈话人是X，对象是Y」 was refused because X was the card's
// other party when the doer was put first. Now
//  - 「反了」 · 「第1条反了」 · 「反了，是我找李明谈的」 · 「搞反了，王芳是谈话人」 swap the talk's two sides;
//  - 「谈话人是王芳，对象是李明」 (either order) puts both at once;
//  - the 修改 form with 活动人 and 对象 swapped (was: refused, 「李明是这条记录的谈话对象，不能同时是活动人」) makes the same
//    record as 「反了」 typed;
//  - near-misses: 反了 naming a third person changes nothing, 反了 on a card of two talks asks which, a record that is no
//    talk or signing is never turned round.
import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../src/domain/report/followUp.js';
import { useChatBot } from '../support/chatBot.js';
import { prefilledValues } from '../support/cardFields.js';
import { buttonValues, cardText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { lastText, rows, say } = chat;
// The first bot of the file compiles everything: started once before the hooks' time limit counts.

/** 王芳's talk with her head, read (superiorHolds) as held by him: 李明>王芳 on a card. */
const TALK = '11月20日和李明主任谈了心';

describe('a talk the wrong way round, turned on the waiting card', () => {
  it.each([['反了'], ['第1条反了'], ['反了，是我找李明谈的'], ['搞反了，王芳是谈话人'], ['谈话人和对象反了'], ['谈话人是王芳，对象是李明'], ['对象是李明，谈话人是我']])(
    '「%s」 makes it 王芳>李明; 确认 stores that',
    async (words) => {
      await say('王芳', TALK);
      expect(lastText()).toContain('请确认');
      await say('王芳', words);
      expect(lastText()).toContain('已按您的更正修改');
      expect(lastText()).toContain('活动人改为「王芳」');
      await say('王芳', '确认');
      expect(rows()).toEqual([['talk_heart', '2026-11-20', 'wangfang', 'liming']]);
    },
  );

  it('a clerk\'s report of two others\' talk: 「反了，是王芳找李明谈的」 turns it', async () => {
    await say('胡军', '11月20日李明主任和王芳谈了心');
    await say('胡军', '反了，是王芳找李明谈的');
    expect(lastText()).toContain('活动人改为「王芳」，对象改为「李明」');
    await say('胡军', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-20', 'wangfang', 'liming']]);
  });

  it('the talk on a card of two (a study beside it): 第1条反了 turns the talk only', async () => {
    await say('王芳', '11月20日和李明主任谈了心，11月24日组织办公室学习《条例》，5人参加');
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('王芳', '第1条反了');
    expect(lastText()).toContain('第1条活动人改为「王芳」，对象改为「李明」');
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-20', 'wangfang', 'liming'],
      ['edu_integrity', '2026-11-24', 'liming', ''],
    ]);
  });

  it('near-miss: 反了 naming someone not on the card changes nothing', async () => {
    await say('王芳', TALK);
    await say('王芳', '反了，是王强找我谈的');
    expect(lastText()).toContain('卡片没有改动');
    await say('王芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-11-20', 'liming', 'wangfang']]);
  });

  it('near-miss: 第2条反了 on a study is no swap; the card is unchanged', async () => {
    await say('王芳', '11月20日和李明主任谈了心，11月24日组织办公室学习《条例》，5人参加');
    await say('王芳', '第2条反了');
    expect(lastText()).toContain('卡片没有改动');
    await say('王芳', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-20', 'liming', 'wangfang'],
      ['edu_integrity', '2026-11-24', 'liming', ''],
    ]);
  });

  it('near-miss: 反了 on a card of two talks asks which', async () => {
    await say('胡军', '11月20日李明主任和王芳谈了心，11月24日和胡军也谈了心');
    expect(lastText()).toContain('请确认以下 2 条记录');
    await say('胡军', '反了');
    expect(lastText()).toContain('请说是哪一条');
    await say('胡军', '取消');
    expect(rows()).toEqual([]);
  });
});

/** The waiting 确认 card's items (the member's one dialog). */
function waiting(): PendingItem[] {
  const d = chat.t.running.store.read((db) => db.dialogs.at(-1)?.data) as { kind: string; items: PendingItem[] } | undefined;
  expect(d?.kind).toBe('confirm');
  return d!.items;
}


/** What Feishu submits for the form as prefilled (as waitingCardForm's test reads it), with `changes` over it. */
function submitted(card: object, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...prefilledValues(card), ...changes };
}

describe('the 修改 form with 活动人 and 对象 swapped', () => {
  it('makes the record 「反了」 typed makes; 确认 stores 王芳>李明', async () => {
    await say('王芳', TALK);
    await say('王芳', '反了');
    const typed = waiting();
    await say('王芳', '取消');
    await say('王芳', TALK);
    const confirm = chat.t.emulator.sent.at(-1)!;
    const edit = buttonValues(confirm.content).find((v) => v.text === '修改')!;
    const opened = await chat.t.click('王芳', confirm.messageId, edit);
    const form = opened.body.card!.data as object;
    expect(cardText(form)).toContain('修改待确认的记录');
    const save = buttonValues(form).find((v) => v.action === 'waiting_form')!;
    const answer = await chat.t.click('王芳', confirm.messageId, save, submitted(form, { doer_1: chat.t.openId('王芳'), people_1: [chat.t.openId('李明')] }));
    expect(answer.status).toBe(200);
    expect(cardText(answer.body.card!.data)).not.toContain('不能同时是活动人');
    expect(waiting().map((i) => i.draft)).toEqual(typed.map((i) => i.draft));
    const ok = buttonValues(answer.body.card!.data).find((v) => v.text === '确认')!;
    await chat.t.click('王芳', confirm.messageId, ok);
    expect(rows()).toEqual([['talk_heart', '2026-11-20', 'wangfang', 'liming']]);
  });
});
