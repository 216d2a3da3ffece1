// Over HTTP (round 37, helper fjb, issue 10): signings and talks whose people are a group or left unsaid. A talk of no kind
// with no one named beside a signing (11月14日谈了话，也签了承诺书) was dropped, the signing stored as the sender's with no
// one: the talk is asked its kind, then 和谁 once for both; the heads' group signing with their own departments' people
// (各部室负责人组织本部门人员签订了…) is each head's on a card, the sender's own share among them; a pledge the talker had
// those talked to write (谈完后让我们各自写了承诺书) is the talker's with them, on the card beside the talks.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, lastText, rows, say } = chat;

/** How many of the bot's messages since `from` asked whom (和谁…的？). */
const whomQuestions = (from: number) => chat.t.texts().slice(from).filter((t) => /和谁[^？]*的？/.test(t)).length;

describe('a talk of no kind with no one named beside a signing', () => {
  it('李明 「11月14日谈了话，也签了承诺书」: the kind asked, then 和谁 once for both; both stored with the one answered', async () => {
    const before = chat.t.texts().length;
    await say('李明', '11月14日谈了话，也签了承诺书');
    expect(lastText()).toMatch(/哪类活动/);
    expect(activities()).toEqual([]);
    await say('李明', '谈心谈话');
    expect(lastText()).toMatch(/和谁[^？]*的？/);
    await say('李明', '王芳');
    expect(whomQuestions(before)).toBe(1);
    if (activities().length === 0) await say('李明', '确认');
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-14', 'liming', 'wangfang'],
      ['pledge_sign', '2026-11-14', 'liming', 'wangfang'],
    ]);
  });
});

describe('the heads as a group signing with their own people', () => {
  it('李明 「11月27日，各部室负责人组织本部门人员签订了《节日廉洁承诺书》」: a card of each head\'s signings, stored after 确认', async () => {
    await say('李明', '11月27日，各部室负责人组织本部门人员签订了《节日廉洁承诺书》');
    expect(activities()).toEqual([]);
    expect(lastText()).toMatch(/确认/);
    // Every line names whom it was signed with; the sender's own four are his, no line the sender's with no one.
    const lines = lastText().split('\n').filter((l) => /^\d+\. 签订责任书/.test(l));
    expect(lines).toHaveLength(13);
    expect(lines.every((l) => /对象：/.test(l))).toBe(true);
    expect(lines.filter((l) => /活动人：您本人/.test(l))).toHaveLength(4);
    await say('李明', '确认');
    const stored = rows();
    expect(stored).toHaveLength(13);
    expect(stored).toContainEqual(['pledge_sign', '2026-11-27', 'liming', 'wangfang']);
    expect(stored).toContainEqual(['pledge_sign', '2026-11-27', 'sunli', 'lijuan']);
    expect(stored).toContainEqual(['pledge_sign', '2026-11-27', 'heping', 'sunjie']);
    expect(stored.every((r) => r[3] !== undefined && r[3] !== '')).toBe(true);
  });
});

describe('a pledge the talker had those talked to write', () => {
  it('孙杰 「何主任上周四找我和徐辉副主任谈了话，…谈完后让我们各自写了承诺书。」: 何平\'s talks and signings with both, after 确认', async () => {
    await say('孙杰', '何主任上周四找我和徐辉副主任谈了话，主要是提醒我们过节期间不收受患者家属红包，谈完后让我们各自写了承诺书。');
    expect(activities()).toEqual([]);
    await say('孙杰', '确认');
    expect(rows()).toEqual([
      ['talk_integrity', '2026-11-26', 'heping', 'sunjie'],
      ['talk_integrity', '2026-11-26', 'heping', 'xuhui'],
      ['pledge_sign', '2026-11-26', 'heping', 'sunjie'],
      ['pledge_sign', '2026-11-26', 'heping', 'xuhui'],
    ]);
  });
});
