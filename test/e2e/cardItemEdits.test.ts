// Round 26 (v27): on a 确认 card of several records, ONE record is fixed or left out and the others kept. Before, 修改
// dropped the whole card (「请把改正后的内容重新发送」), so a member with one wrong item of four re-pasted a long 工作动态.
// Typed (去掉第二条 · 删除2 · 第2条不对 · 第3条日期是11月21日) or tapped (修改 → 「去掉第N条」 buttons); nothing stored until
// 确认, 取消 still gets out, and the card shown after an edit lists exactly what 确认 stores.
import { describe, expect, it } from 'vitest';
import { buttonValues, cardText } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30 (the corpus's day), 08:00 in Shanghai: before the reminders' hours, so no notice interleaves. */
const MONDAY = new Date('2026-11-30T08:00:00+08:00');

const chat = useChatBot(MONDAY);
const { activities, lastText, rows, say } = chat;

/** The tester's F1 sample: four records (分管会, 警示教育 by 陈志强, two 廉政谈话). */
const F1 =
  '11月20日，陈志强副理事长主持召开分管部门党风廉政建设工作会议，传达学习上级精神。会上，陈志强通报了近期典型案例，要求各部门负责人切实履行“一岗双责”。会后，陈志强分别与郑华、冯雪进行了廉政谈话。';
/** A clerk's pasted item of three records: a 分管科室会议, a 警示教育 with its title, a talk. */
const THREE = '11月17日，陈志强副理事长主持召开分管部门会议，部署党风廉政建设工作。会上，陈志强带领大家观看了警示教育片《警钟长鸣》。会后，陈志强与冯雪进行了谈心谈话。';

const dialogs = () => chat.t.running.store.read((db) => db.dialogs);
/** The card id of the one dialog waiting now (what the buttons of the card shown last carry). */
const cardIdNow = () => (dialogs()[0]!.data as { cardId?: string }).cardId!;
const lastCard = () => chat.t.emulator.sent.at(-1)!;
/** The numbered lines of the card text (「1. …」), as the member reads them. */
const items = (text: string) => text.split('\n').filter((l) => /^\d+\. /.test(l));

describe('the F1 sample itself', () => {
  it('lists 陈志强 as the doer of the 警示教育, never 您本人', async () => {
    await say('郑华', F1);
    const text = lastText();
    expect(items(text)).toHaveLength(4);
    expect(items(text)[1]).toMatch(/警示教育.*活动人：陈志强/);
    expect(text).not.toMatch(/警示教育[^\n]*您本人/);
    expect(activities()).toHaveLength(0);
  });
});

describe('one record left out by typing', () => {
  it.each([['去掉第二条'], ['删除2'], ['删除第2条'], ['第2条不要了'], ['把第二条删掉'], ['不要第2条']])(
    '「%s」 → the card again with the other 3, nothing stored until 确认',
    async (said) => {
      await say('郑华', F1);
      await say('郑华', said);
      const text = lastText();
      expect(text).toMatch(/已去掉第2条（警示教育/);
      expect(items(text)).toHaveLength(3);
      expect(text).not.toMatch(/\d\. 警示教育/);
      expect(activities()).toHaveLength(0);
      expect(dialogs()).toHaveLength(1);
      await say('郑华', '确认');
      expect(rows()).toEqual([
        ['meeting_dept', '2026-11-20', 'chenzhiqiang', ''],
        ['talk_integrity', '2026-11-20', 'chenzhiqiang', 'zhenghua'],
        ['talk_integrity', '2026-11-20', 'chenzhiqiang', 'fengxue'],
      ]);
    },
  );

  it('two records left out one after the other; 取消 then stores nothing', async () => {
    await say('郑华', F1);
    await say('郑华', '去掉第2条');
    await say('郑华', '去掉第1条');
    expect(items(lastText())).toEqual([expect.stringMatching(/^1\. 廉政谈话.*郑华/), expect.stringMatching(/^2\. 廉政谈话.*冯雪/)]);
    await say('郑华', '取消');
    expect(lastText()).toMatch(/已取消/);
    expect(activities()).toHaveLength(0);
    expect(dialogs()).toHaveLength(0);
  });

  it('a number beyond the card is said, the card unchanged', async () => {
    await say('郑华', THREE);
    await say('郑华', '删除第5条');
    expect(lastText()).toMatch(/卡片上只有 3 条记录，没有第5条/);
    expect(items(lastText())).toHaveLength(3);
    expect(activities()).toHaveLength(0);
  });

  it('what is left would be recorded at once alone: still shown for 确认 first', async () => {
    // Two short first-person talks on one card only because of a duplicate: left with one, it still waits for 确认.
    await say('王建国', '今天和李明进行了廉政谈话');
    expect(activities()).toHaveLength(1);
    await say('王建国', '今天和李明、孙丽进行了廉政谈话');
    expect(lastText()).toMatch(/已有相同记录|已有一条相同记录/);
    await say('王建国', '去掉第1条');
    expect(lastText()).toMatch(/已去掉第1条/);
    expect(items(lastText())).toHaveLength(0); // one record left: shown without a number
    expect(lastText()).toMatch(/廉政谈话.*孙丽/);
    expect(activities()).toHaveLength(1);
    await say('王建国', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'liming'],
      ['talk_integrity', '2026-11-30', 'wangjianguo', 'sunli'],
    ]);
  });
});

describe('one record fixed by typing', () => {
  it('「第3条日期是11月21日」 moves that record only', async () => {
    await say('冯雪', THREE);
    await say('冯雪', '第3条日期是11月21日');
    const text = lastText();
    expect(items(text)[0]).toMatch(/2026-11-17/);
    expect(items(text)[2]).toMatch(/谈心谈话.*2026-11-21/);
    expect(activities()).toHaveLength(0);
    await say('冯雪', '确认');
    expect(rows().map((r) => [r[0], r[1]])).toEqual([
      ['meeting_dept', '2026-11-17'],
      ['edu_warning', '2026-11-17'],
      ['talk_heart', '2026-11-21'],
    ]);
  });

  it('「第2条不对」 asks what is wrong with it, offers to leave it out, and keeps the others', async () => {
    await say('郑华', F1);
    await say('郑华', '第2条不对');
    const text = lastText();
    expect(text).toMatch(/第2条哪里不对/);
    expect(items(text)).toHaveLength(4);
    expect(buttonValues(lastCard().content)).toContainEqual({ action: 'answer', text: '去掉第2条', card: expect.any(String) });
    expect(activities()).toHaveLength(0);
    await say('郑华', '第2条日期是11月19日');
    expect(items(lastText())[1]).toMatch(/警示教育.*2026-11-19/);
    await say('郑华', '确认');
    expect(rows().map((r) => [r[0], r[1], r[2]])).toEqual([
      ['meeting_dept', '2026-11-20', 'chenzhiqiang'],
      ['edu_warning', '2026-11-19', 'chenzhiqiang'],
      ['talk_integrity', '2026-11-20', 'chenzhiqiang'],
      ['talk_integrity', '2026-11-20', 'chenzhiqiang'],
    ]);
  });
});

describe('the 修改 button on a card of several records', () => {
  // Round 38: 修改 opens the form of every record (waitingCardForm.test.ts); 去掉第N条 still acts on the card waiting.
  it('opens the form of every record; 去掉第2条 still leaves one out, 确认 stores the rest', async () => {
    await say('郑华', F1);
    const first = lastCard();
    const edit = await chat.t.click('郑华', first.messageId, { action: 'answer', text: '修改' });
    expect(edit.status).toBe(200);
    const editing = edit.body.card!.data;
    expect(cardText(editing)).toMatch(/修改待确认的记录/);
    expect(cardText(editing)).toMatch(/第4条/);
    const texts = buttonValues(editing).map((v) => v.text);
    expect(texts).toEqual(expect.arrayContaining(['确认', '取消']));
    expect(texts).not.toContain('修改');
    expect(activities()).toHaveLength(0);
    expect(dialogs()).toHaveLength(1);
    // The form replaced the first card in place; the card it changes still waits for a word or a tap.
    const drop = await chat.t.click('郑华', first.messageId, { action: 'answer', text: '去掉第2条', card: cardIdNow() });
    await chat.t.running.drain();
    const after = cardText(drop.body.card!.data);
    expect(after).toMatch(/已去掉第2条/);
    expect(after.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(3);
    expect(activities()).toHaveLength(0);
    const ok = await chat.t.click('郑华', first.messageId, { action: 'answer', text: '确认', card: cardIdNow() });
    await chat.t.running.drain();
    expect(cardText(ok.body.card!.data)).toMatch(/已记录 3 项/);
    expect(rows().map((r) => r[0])).toEqual(['meeting_dept', 'talk_integrity', 'talk_integrity']);
  });

  it('修改 typed on a card of several does the same; 全部重新发送 drops the card as 修改 used to', async () => {
    await say('郑华', F1);
    await say('郑华', '修改');
    expect(lastText()).toMatch(/修改待确认的记录/);
    expect(dialogs()).toHaveLength(1);
    await say('郑华', '全部重新发送');
    expect(lastText()).toMatch(/这条没有记录。请把改正后的内容重新发送/);
    expect(dialogs()).toHaveLength(0);
    expect(activities()).toHaveLength(0);
  });

  it('取消 on the form gets out, nothing stored', async () => {
    await say('郑华', F1);
    const first = lastCard();
    await chat.t.click('郑华', first.messageId, { action: 'answer', text: '修改' });
    const out = await chat.t.click('郑华', first.messageId, { action: 'answer', text: '取消', card: cardIdNow() });
    await chat.t.running.drain();
    expect(cardText(out.body.card!.data)).toMatch(/已取消/);
    expect(activities()).toHaveLength(0);
    expect(dialogs()).toHaveLength(0);
  });

  it('a tap on the card from before a drop stores nothing: only the card shown after it does', async () => {
    await say('郑华', F1);
    const first = lastCard();
    const oldCard = cardIdNow();
    await say('郑华', '去掉第2条');
    const shown = lastCard();
    // The corrected card replaces the old one: a 确认 on the old card must not store the 4 records it still shows.
    const stale = await chat.t.click('郑华', first.messageId, { action: 'answer', text: '确认', card: oldCard });
    await chat.t.running.drain();
    expect(stale.body.toast?.content).toMatch(/已经处理过了/);
    expect(activities()).toHaveLength(0);
    await chat.t.click('郑华', shown.messageId, { action: 'answer', text: '确认', card: cardIdNow() });
    await chat.t.running.drain();
    expect(rows().map((r) => r[0])).toEqual(['meeting_dept', 'talk_integrity', 'talk_integrity']);
  });

  it('修改 on a card of ONE record opens its form (round 38: it was dropped); 全部重新发送 drops it', async () => {
    await say('孙杰', '11月9日，党组书记张伟为全体党员讲授廉政党课《守纪律 讲规矩》');
    await say('孙杰', '修改');
    expect(lastText()).toMatch(/修改待确认的记录/);
    expect(activities()).toHaveLength(0);
    await say('孙杰', '全部重新发送');
    expect(lastText()).toMatch(/这条没有记录。请把改正后的内容重新发送/);
    expect(activities()).toHaveLength(0);
  });
});
