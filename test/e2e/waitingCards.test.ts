// Over HTTP: several 确认 cards waiting at once (a clerk pastes items one after another, then taps through the cards).
// Each card's buttons carry its id: a tap stores exactly that card's records, once; typed words act on the newest.
import { describe, expect, it } from 'vitest';
import type { SentMessage } from '../../src/emulator/emulatorTypes.js';
import { useChatBot } from '../support/chatBot.js';
import { SECRETS, buttonValues, cardText, sentText } from '../support/testBot.js';

const chat = useChatBot(new Date('2026-11-30T18:00:00+08:00'));
const rows = () => chat.rows();

/** Sends as `from`; the one card the bot answers with (a 确认 card here). */
async function card(from: string, text: string): Promise<SentMessage> {
  const sent = await chat.answers(from, text);
  expect(sent).toHaveLength(1);
  expect(sentText(sent[0]!)).toContain('请确认');
  return sent[0]!;
}

/** Taps the button labelled by its `text` value on `m`, with the value the card carries (its id included). */
async function tap(from: string, m: SentMessage, text: string) {
  const value = buttonValues(m.content).find((v) => v.text === text);
  expect(value?.card).toEqual(expect.any(String));
  const answer = await chat.t.click(from, m.messageId, value!);
  await chat.t.running.drain();
  expect(answer.status).toBe(200);
  return answer.body;
}

// Two reports of someone else's deed: each is shown for 确认, never stored at once.
const OLDER = ['李娟', '今天张书记与王建国进行了廉政谈话', ['talk_integrity', '2026-11-30', 'zhangwei', 'wangjianguo']] as const;
const NEWER = ['李娟', '昨天刘芳副理事长与周涛进行了廉政谈话', ['talk_integrity', '2026-11-29', 'liufang', 'zhoutao']] as const;

describe('two 确认 cards waiting', () => {
  it('a tap on the older card stores exactly its records; then the newer card’s 确认 stores its own', async () => {
    const older = await card(OLDER[0], OLDER[1]);
    const newer = await card(NEWER[0], NEWER[1]);
    // The new report did not drop the card that waited: it says so.
    expect(sentText(newer)).toContain('之前的 1 张卡片仍在等您确认');
    expect(buttonValues(older.content)[0]?.card).not.toEqual(buttonValues(newer.content)[0]?.card);
    const first = await tap('李娟', older, '确认');
    expect(cardText(first.card!.data)).toMatch(/已记录 1 项[\s\S]*王建国/);
    expect(rows()).toEqual([[...OLDER[2]]]);
    const second = await tap('李娟', newer, '确认');
    expect(cardText(second.card!.data)).toMatch(/已记录 1 项[\s\S]*周涛/);
    expect(rows()).toEqual([[...OLDER[2]], [...NEWER[2]]]);
  });

  it('a tap delivered again, or a second tap of a confirmed card, is told it was handled and stores nothing', async () => {
    const older = await card(OLDER[0], OLDER[1]);
    await card(NEWER[0], NEWER[1]);
    await tap('李娟', older, '确认');
    const again = await tap('李娟', older, '确认');
    expect(again.toast?.content).toContain('已经处理过了');
    expect(again.card).toBeUndefined();
    // Not the newer card's records either, which still wait.
    expect(rows()).toEqual([[...OLDER[2]]]);
    await chat.say('李娟', '确认');
    expect(rows()).toEqual([[...OLDER[2]], [...NEWER[2]]]);
  });

  it('the same tap delivered twice by Feishu (one event id) stores the older card once, and the newer card still waits', async () => {
    const older = await card(OLDER[0], OLDER[1]);
    await card(NEWER[0], NEWER[1]);
    const value = buttonValues(older.content).find((v) => v.text === '确认')!;
    const envelope = chat.t.emulator.cardActionEvent({ operatorOpenId: chat.t.openId('李娟'), messageId: older.messageId, value });
    const url = `${chat.t.running.url}/feishu/card`;
    const first = await chat.t.emulator.deliver(url, envelope, SECRETS);
    const again = await chat.t.emulator.deliver(url, envelope, SECRETS);
    await chat.t.running.drain();
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(rows()).toEqual([[...OLDER[2]]]);
    await chat.say('李娟', '确认');
    expect(rows()).toEqual([[...OLDER[2]], [...NEWER[2]]]);
  });

  it('a typed 「确认」 confirms the newest card and says the other still waits; a second 「对」 confirms that one', async () => {
    await card(OLDER[0], OLDER[1]);
    await card(NEWER[0], NEWER[1]);
    const said = await chat.answerText('李娟', '确认');
    expect(said).toMatch(/已记录 1 项[\s\S]*周涛[\s\S]*另有 1 张卡片待确认/);
    expect(rows()).toEqual([[...NEWER[2]]]);
    const then = await chat.answerText('李娟', '对');
    expect(then).toMatch(/已记录 1 项[\s\S]*王建国/);
    expect(then).not.toContain('另有');
    expect(rows()).toEqual([[...NEWER[2]], [...OLDER[2]]]);
  });

  it('取消 on the older card leaves the newer one waiting; a typed 取消 with two waiting drops only the newest', async () => {
    const older = await card(OLDER[0], OLDER[1]);
    await card(NEWER[0], NEWER[1]);
    const cancelled = await tap('李娟', older, '取消');
    expect(cardText(cancelled.card!.data)).toContain('已取消');
    await chat.say('李娟', '确认');
    expect(rows()).toEqual([[...NEWER[2]]]);
    // Typed: the newest goes, the older stays for its button.
    const a = await card(OLDER[0], OLDER[1].replace('今天', '11月27日'));
    await card('李娟', '11月26日刘芳副理事长与周涛进行了廉政谈话');
    expect(await chat.answerText('李娟', '取消')).toMatch(/已取消[\s\S]*另有 1 张卡片待确认/);
    await tap('李娟', a, '确认');
    expect(rows()).toEqual([[...NEWER[2]], ['talk_integrity', '2026-11-27', 'zhangwei', 'wangjianguo']]);
  });

  it('a tap on a card past its 30 minutes says it expired and stores nothing; the newer card still works', async () => {
    const older = await card(OLDER[0], OLDER[1]);
    chat.t.clock.now = new Date(chat.t.clock.now.getTime() + 20 * 60 * 1000);
    const newer = await card(NEWER[0], NEWER[1]);
    chat.t.clock.now = new Date(chat.t.clock.now.getTime() + 15 * 60 * 1000);
    const late = await tap('李娟', older, '确认');
    expect(late.toast?.content).toContain('已过期');
    expect(rows()).toEqual([]);
    await tap('李娟', newer, '确认');
    expect(rows()).toEqual([[...NEWER[2]]]);
  });

  it('a card corrected in words is a new card: a tap on the old one stores nothing, the new one stores the corrected day', async () => {
    const old = await card(NEWER[0], NEWER[1]);
    const corrected = await chat.answers('李娟', '不对，是前天');
    const fresh = corrected.at(-1)!;
    expect(sentText(fresh)).toMatch(/请确认[\s\S]*2026-11-28/);
    const stale = await tap('李娟', old, '确认');
    expect(stale.toast?.content).toContain('已经处理过了');
    expect(rows()).toEqual([]);
    await tap('李娟', fresh, '确认');
    expect(rows()).toEqual([['talk_integrity', '2026-11-28', 'liufang', 'zhoutao']]);
  });

  it('a button sent before card ids (no id in its value) acts on the newest card, as it did', async () => {
    const older = await card(OLDER[0], OLDER[1]);
    await card(NEWER[0], NEWER[1]);
    const answer = await chat.t.click('李娟', older.messageId, { action: 'answer', text: '确认' });
    await chat.t.running.drain();
    expect(answer.status).toBe(200);
    expect(rows()).toEqual([[...NEWER[2]]]);
  });

  it('a tap on a waiting card while a question waits stores the card, and the question still takes its answer', async () => {
    const older = await card(OLDER[0], OLDER[1]);
    const asked = await chat.answerText('李娟', '和陈静进行了廉政谈话');
    expect(asked).toMatch(/之前的 1 张卡片仍在等您确认[\s\S]*是哪一天/);
    // 确认 typed while the question is the newest: the question still needs its day, and the card waiting is said.
    expect(await chat.answerText('李娟', '确认')).toMatch(/暂时无法确认[\s\S]*另有 1 张卡片待确认/);
    await tap('李娟', older, '确认');
    expect(rows()).toEqual([[...OLDER[2]]]);
    await chat.say('李娟', '昨天');
    expect(rows()).toEqual([[...OLDER[2]], ['talk_integrity', '2026-11-29', 'lijuan', 'chenjing']]);
  });

  it('past 10 waiting cards the oldest is dropped with a word, and its tap stores nothing', async () => {
    const first = await card('李娟', '11月2日张书记与王建国进行了廉政谈话');
    for (let day = 3; day <= 12; day++) await card('李娟', `11月${day}日张书记与王建国进行了廉政谈话`);
    expect(sentText(chat.t.emulator.sent.at(-1)!)).toMatch(/之前的 9 张卡片仍在等您确认[\s\S]*待确认的卡片太多，最早的 1 张（廉政谈话｜2026-11-02｜对象：王建国[^\n]*没有记录，已放弃/);
    const dropped = await tap('李娟', first, '确认');
    expect(dropped.toast?.content).toContain('已经处理过了');
    expect(rows()).toEqual([]);
  });
});
