// Round 68, helper ghc (issue 10; t70b): whole-department signings and talks over the real bot. 陈静's 「郑部长今天和我们部门的人都
// 签了廉政承诺书」 asked whom 郑华 signed with; now a card of 郑华's signing with 陈静 (the unit's people from the directory), and
// 「部门全体 5个人」 is taken as the answer to that question (the unit's signing of 5, as the message with its count reads). 孙丽's
// 「11.20与财务科3名同志进行了廉政谈话」 asked 和谁; now her talks with 王强 and 李娟, the 3 said against the 2 listed. 刘芳's
// 「上周三和康复部签了责任书，吴静请假了，没参加」 was a card whose one signing was with 吴静, said not to have signed; now 刘洋's,
// 吴静's absence said. A clerk's table pasted with Excel's merged cells (⇥⇥孙丽) dropped 孙丽; now her row is asked its day.
import { describe, expect, it } from 'vitest';
import { buttonValues, sentText } from '../support/testBot.js';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day): 上周三 is 11-25. */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, answerText, answers, say, rows, datedRows } = chat;

/** Sends `text` as `from`, expects a 请确认 card that stores nothing yet, and taps its 确认 button; returns the card's text. */
async function tapConfirm(from: string, text: string): Promise<string> {
  const sent = await answers(from, text);
  const card = sent.find((m) => buttonValues(m.content).some((v) => v.action === 'answer' && v.text === '确认'));
  expect(card, sent.map(sentText).join('\n')).toBeDefined();
  expect(activities()).toEqual([]);
  const value = buttonValues(card!.content).find((v) => v.action === 'answer' && v.text === '确认')!;
  await chat.t.click(from, card!.messageId, value);
  await chat.t.running.drain();
  return sentText(card!);
}

describe('和我们部门的人都签了: the unit\'s people from the directory', () => {
  it('陈静 「郑部长今天和我们部门的人都签了廉政承诺书」 → a card of 郑华\'s signing with 陈静; 确认 stores it under 郑华', async () => {
    const card = await tapConfirm('陈静', '郑部长今天和我们部门的人都签了廉政承诺书');
    expect(card).toMatch(/活动人：郑华/);
    expect(card).toMatch(/「我们部门的人」按陈静共1人记录/);
    expect(card).not.toMatch(/和谁签订/);
    expect(rows()).toEqual([['pledge_sign', '2026-11-30', 'zhenghua', 'chenjing']]);
  });

  it('…一共5个人: the unit\'s one signing of 5, the roster of 2 said — no one invented', async () => {
    const card = await tapConfirm('陈静', '郑部长今天和我们部门的人都签了廉政承诺书 一共5个人');
    expect(card).toMatch(/组织架构里教育就业部登记了郑华、陈静共2人/);
    expect(datedRows()).toEqual([['pledge_sign', '2026-11-30', 'zhenghua', '', 5]]);
  });

  it('「部门全体 5个人」 answering 「郑华是和谁签订的？」 is taken: the unit\'s signing of 5, the roster said; 确认 stores it', async () => {
    expect(await answerText('陈静', '郑部长今天和我们签了廉政承诺书')).toMatch(/郑华是和谁签订的/);
    const card = await answerText('陈静', '部门全体 5个人');
    expect(card).not.toMatch(/没能把这条回复读成/);
    expect(card).toMatch(/组织架构里教育就业部登记了郑华、陈静共2人/);
    expect(activities()).toEqual([]);
    await say('陈静', '确认');
    expect(datedRows()).toEqual([['pledge_sign', '2026-11-30', 'zhenghua', '', 5]]);
  });

  it('孙杰 「何主任前天和中心的人都签了廉洁承诺书」 typed 确认 → 何平\'s two signings', async () => {
    expect(await answerText('孙杰', '何主任前天和中心的人都签了廉洁承诺书')).toMatch(/请确认/);
    expect(activities()).toEqual([]);
    await say('孙杰', '确认');
    expect(datedRows()).toEqual([
      ['pledge_sign', '2026-11-28', 'heping', 'sunjie', null],
      ['pledge_sign', '2026-11-28', 'heping', 'xuhui', null],
    ]);
  });

  it('near-miss: 郑华 「今天和部门的人签了承诺书」 (no 都) asks whom, 陈静 offered; nothing stored', async () => {
    const answer = await answerText('郑华', '今天和部门的人签了承诺书');
    expect(answer).toMatch(/和谁签订/);
    expect(answer).toMatch(/陈静/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 孙丽 「和部门的王强签了责任书」 is 王强 alone (its day asked)', async () => {
    const answer = await answerText('孙丽', '和部门的王强签了责任书');
    expect(answer).toMatch(/哪一天|哪天/);
    await say('孙丽', '11月26号');
    await chat.confirmIfAsked('孙丽', chat.lastText());
    expect(rows()).toEqual([['pledge_sign', '2026-11-26', 'sunli', 'wangqiang']]);
  });
});

describe('与财务科3名同志: the unit\'s people, the count weighed, the holder never her own counterpart', () => {
  it('孙丽 「11.20与财务科3名同志进行了廉政谈话」 → 王强 and 李娟, 3 against 2 said; 确认 stores two talks', async () => {
    const card = await tapConfirm('孙丽', '11.20与财务科3名同志进行了廉政谈话');
    expect(card).toMatch(/王强/);
    expect(card).toMatch(/李娟/);
    expect(card).toMatch(/「财务科3名同志」与通讯录里列出的2人不一致/);
    expect(datedRows()).toEqual([
      ['talk_integrity', '2026-11-20', 'sunli', 'lijuan', null],
      ['talk_integrity', '2026-11-20', 'sunli', 'wangqiang', null],
    ]);
  });

  it('王建国 「11月20号和财务科三位同志签了责任书」 → 孙丽、王强、李娟, nothing said of the count', async () => {
    const card = await tapConfirm('王建国', '11月20号和财务科三位同志签了责任书');
    expect(card).not.toMatch(/不一致/);
    expect(datedRows().map((r) => r[3])).toEqual(['lijuan', 'sunli', 'wangqiang']);
  });

  it('取消 on 孙丽\'s card stores nothing', async () => {
    expect(await answerText('孙丽', '11.20与财务科3名同志进行了廉政谈话')).toMatch(/请确认/);
    expect(await answerText('孙丽', '取消')).toMatch(/已取消/);
    expect(activities()).toEqual([]);
  });

  it('near-miss: 王建国 「和财务科的两位同志签了责任书」 (two of three) asks which, never all three', async () => {
    const answer = await answerText('王建国', '11月20号和财务科的两位同志签了责任书');
    expect(answer).not.toMatch(/请确认以下 3 条/);
    expect(activities()).toEqual([]);
  });
});

describe('和康复部签了…，吴静请假了: the unit\'s other people, the absence said', () => {
  it('刘芳 → a card of the signing with 刘洋, 吴静 said not to have signed; 确认 stores 刘洋\'s alone', async () => {
    const card = await tapConfirm('刘芳', '上周三和康复部签了责任书，吴静请假了，没参加');
    expect(card).toMatch(/对象：刘洋/);
    expect(card).not.toMatch(/对象：吴静/);
    expect(card).toMatch(/吴静还没有签，未记录/);
    expect(rows()).toEqual([['pledge_sign', '2026-11-25', 'liufang', 'liuyang']]);
  });

  it('王建国 「11.26和财务科签了责任书，孙丽出差了，回来再签」 typed 对 → 王强 and 李娟', async () => {
    expect(await answerText('王建国', '11.26和财务科签了责任书，孙丽出差了，回来再签')).toMatch(/孙丽还没有签/);
    await say('王建国', '对');
    expect(datedRows().map((r) => [r[1], r[3]])).toEqual([['2026-11-26', 'lijuan'], ['2026-11-26', 'wangqiang']]);
  });

  it('near-miss: 刘洋 away beside 和康复部 leaves the head meant, as today', async () => {
    await chat.stored('刘芳', '上周三和康复部签了责任书，刘洋请假了，没参加', 1);
    expect(rows()).toEqual([['pledge_sign', '2026-11-25', 'liufang', 'wujing']]);
  });
});

describe('a clerk\'s table with merged cells', () => {
  it('胡军 「日期⇥签订人⇥签订对象」 with ⇥⇥孙丽 → 王建国\'s two signings, the merged row\'s day asked, then both stored', async () => {
    const answer = await answerText('胡军', '日期\t签订人\t签订对象\n11.20\t王建国\t李明\n\t\t孙丽');
    expect(answer).toMatch(/孙丽/);
    expect(answer).toMatch(/哪一天|哪天/);
    await say('胡军', '11月20日');
    await chat.confirmIfAsked('胡军', chat.lastText());
    expect(datedRows()).toEqual([
      ['pledge_sign', '2026-11-20', 'wangjianguo', 'liming', null],
      ['pledge_sign', '2026-11-20', 'wangjianguo', 'sunli', null],
    ]);
  });
});
