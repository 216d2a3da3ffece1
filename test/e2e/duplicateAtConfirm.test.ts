// Round 34a F0 (issue 10): the duplicate check ran only when a 确认 card was built. A clerk's card of her head's talk
// waited while the head reported it himself (at once, or on his own card confirmed first), and the clerk's 确认 stored
// the same deed a second time: the 台账 counted one talk twice. At 确认 (typed or tapped) every record is checked
// against the ledger again; one recorded meanwhile is held back and said, never stored silently.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';
import { buttonValues, sentText } from '../support/testBot.js';

/** Thursday 2026-12-03, 22:00 in Shanghai (the round's evening). */
const chat = useChatBot(new Date('2026-12-03T22:00:00+08:00'));
const { rows, say, answerText } = chat;

/** Taps the 确认 button of the card `from` was last sent, over HTTP; returns what the bot answered. */
async function tapConfirm(from: string, card: { messageId: string; content: object }): Promise<string> {
  const yes = buttonValues(card.content).find((v) => v.action === 'answer' && v.text === '确认');
  expect(yes).toBeDefined();
  const res = await chat.t.click(from, card.messageId, yes!);
  await chat.t.running.drain();
  return JSON.stringify(res.body);
}

describe('a deed recorded while its card waited is not stored again at 确认', () => {
  it('the clerk\'s card, then the head\'s own report at once: 确认 stores nothing more and says who recorded it; a second 确认 closes it', async () => {
    expect(await answerText('王芳', '12月2日，李明主任与胡军进行了谈心谈话。')).toContain('请确认');
    await say('李明', '12月2日和胡军谈心谈话');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'liming', 'hujun']]);
    const reply = await answerText('王芳', '确认');
    expect(reply).toContain('在这张卡片等待确认期间，李明已记录了相同的活动');
    expect(reply).toContain('仍要再记一条吗');
    expect(rows()).toHaveLength(1);
    // Asked now: a plain 确认 again holds it back and closes the card, nothing added (round 37 fjf, t36c F13: the card
    // stayed asking 仍要记录/取消); 仍要记录 on the card asked would have recorded a second one.
    const closed = await answerText('王芳', '确认');
    expect(closed).toContain('同一次只记一次');
    expect(closed).toContain('什么也没有添加');
    expect(rows()).toHaveLength(1);
    expect(await answerText('王芳', '仍要记录')).toContain('没有等待确认的上报');
    expect(rows()).toHaveLength(1);
  });

  it('the clerk\'s card asked again after the head\'s report: 仍要记录 records a second one', async () => {
    await answerText('王芳', '12月2日，李明主任与胡军进行了谈心谈话。');
    await say('李明', '12月2日和胡军谈心谈话');
    expect(await answerText('王芳', '确认')).toContain('仍要再记一条吗');
    await say('王芳', '仍要记录');
    expect(rows()).toHaveLength(2);
  });

  it('two cards crossing, both tapped over HTTP: the head\'s own card first, then the clerk\'s stores only what is new', async () => {
    const clerk = (await chat.answers('杨帆', '12月1日，王磊部长与杨帆同志进行了谈心谈话，并签订了廉洁自律承诺书。')).at(-1)!;
    expect(sentText(clerk)).toContain('请确认');
    const head = (await chat.answers('王磊', '12月1日与杨帆谈心谈话，签了承诺书；12月2日组织部门学习了《中国共产党纪律处分条例》，参加6人')).at(-1)!;
    expect(sentText(head)).toContain('请确认');
    await tapConfirm('王磊', head);
    expect(rows()).toHaveLength(3);
    const answered = await tapConfirm('杨帆', clerk);
    expect(answered).toContain('王磊已记录了相同的活动');
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-01', 'wanglei', 'yangfan'],
      ['pledge_sign', '2026-12-01', 'wanglei', 'yangfan'],
      ['edu_integrity', '2026-12-02', 'wanglei', ''],
    ]);
    expect(await answerText('杨帆', '取消')).toContain('已取消');
    expect(rows()).toHaveLength(3);
  });

  it('a card of two, one of them recorded meanwhile: 确认 stores the other and names the held one', async () => {
    await say('王芳', '12月2日，李明主任先后与胡军、林晓进行了谈心谈话。');
    await say('李明', '12月2日和胡军谈心谈话');
    const receipt = await answerText('王芳', '确认');
    expect(receipt).toContain('已记录 1 项');
    expect(receipt).toMatch(/第1条（谈心谈话[^\n]*胡军[^\n]*在卡片等待确认期间已由李明记录/);
    expect(rows()).toEqual([
      ['talk_heart', '2026-12-02', 'liming', 'hujun'],
      ['talk_heart', '2026-12-02', 'liming', 'linxiao'],
    ]);
  });

  it('the sender\'s own two cards of one deed: the second 确认 says 您 recorded it', async () => {
    await say('王芳', '12月2日，李明主任与胡军进行了谈心谈话。');
    await say('王芳', '12月2日李明主任和胡军谈心谈话了，我来补报一下');
    // The two cards may be the same card (same reading) or two; either way one record only.
    await say('王芳', '确认');
    await say('王芳', '确认');
    expect(rows()).toEqual([['talk_heart', '2026-12-02', 'liming', 'hujun']]);
  });

  it('near-miss: the same pair on another day is another deed, stored at 确认', async () => {
    await say('王芳', '12月2日，李明主任与胡军进行了谈心谈话。');
    await say('李明', '12月1日和胡军谈心谈话');
    const receipt = await answerText('王芳', '确认');
    expect(receipt).toContain('已记录 1 项');
    expect(receipt).not.toContain('等待确认期间');
    expect(rows()).toHaveLength(2);
  });

  it('near-miss: recorded before the card was built, the card itself asks (unchanged)', async () => {
    await say('李明', '12月2日和胡军谈心谈话');
    expect(await answerText('王芳', '12月2日，李明主任与胡军进行了谈心谈话。')).toMatch(/已记录了|已有一条相同记录/);
    expect(rows()).toHaveLength(1);
  });
});
