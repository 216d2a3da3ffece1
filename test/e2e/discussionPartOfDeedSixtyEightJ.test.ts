// Round 68, ghj (t71b F1/F2, issue 10): items made up on a card from a clause that belongs to another item. 杨帆's 廉政党课 with
// 「…；会后，各支部围绕党课内容开展了交流讨论。」 was a card of two 廉政党课; 陈静's 「…进行了谈心谈话，提醒节日期间注意廉洁自律」
// was the talk and a 廉政谈话 asked 和谁. Now one item each, stored on 确认; a new deed after 会后 stays its own.
import { describe, expect, it } from 'vitest';
import { useChatBot } from '../support/chatBot.js';

/** Monday 2026-11-30, 10:00 in Shanghai (the corpus's day). */
const chat = useChatBot(new Date('2026-11-30T10:00:00+08:00'));
const { activities, answerText, say, rows, confirmIfAsked } = chat;

describe('a 会后/课后 discussion of the lecture is part of it', () => {
  it.each([
    ['杨帆', '11月20日，赵敏书记为机关全体党员讲授专题廉政党课；会后，各支部围绕党课内容开展了交流讨论。', '赵敏', 'zhaomin'],
    ['王芳', '11.26 张伟书记为全体党员讲授廉政党课；课后，各支部围绕党课内容进行了讨论交流。', '张伟', 'zhangwei'],
    ['孙杰', '前天何平主任为康复中心全体职工讲授廉政党课；课后，大家结合党课内容谈体会。', '何平', 'heping'],
    ['王磊', '11月20日 赵敏书记 为 机关全体党员 讲授 廉政党课；会后 各支部 围绕 党课内容 开展了 交流讨论', '赵敏', 'zhaomin'],
  ])('%s 「%s」 → one 廉政党课 of %s on the card; 确认 stores one', async (from, text, _name, doer) => {
    const answer = await answerText(from, text);
    expect(answer).not.toMatch(/第2条|2项|两项/);
    expect(answer.match(/廉政党课/g)?.length ?? 0).toBeGreaterThan(0);
    await confirmIfAsked(from, answer);
    expect(activities().map((a) => [a.type, a.actorId])).toEqual([['edu_lecture', doer]]);
  });

  it('t71b\'s own message: one 廉政党课 of 赵敏, asked only its day; the day answered stores it', async () => {
    const answer = await answerText(
      '杨帆',
      '近日，机关党委书记赵敏同志为机关全体党员讲授专题廉政党课，题为《守纪律讲规矩 做忠诚干净担当的残联人》。会上，赵敏结合身边典型案例，深入剖析了违纪违法行为的危害；会后，各支部围绕党课内容开展了交流讨论。',
    );
    expect(answer).not.toMatch(/第2条/);
    await confirmIfAsked('杨帆', await answerText('杨帆', '11月20日'));
    expect(activities().map((a) => [a.type, a.date, a.actorId, a.title])).toEqual([['edu_lecture', '2026-11-20', 'zhaomin', '守纪律讲规矩 做忠诚干净担当的残联人']]);
  });

  it('near-miss: 会后，赵敏与王磊进行了廉政谈话 stays its own record beside the 党课', async () => {
    const answer = await answerText('杨帆', '11月20日赵敏为机关全体党员讲授廉政党课；会后，赵敏与王磊进行了廉政谈话。');
    await confirmIfAsked('杨帆', answer);
    expect(rows()).toEqual([
      ['edu_lecture', '2026-11-20', 'zhaomin', ''],
      ['talk_integrity', '2026-11-20', 'zhaomin', 'wanglei'],
    ]);
  });
});

describe('a typed talk\'s reminder of 廉洁 is its content', () => {
  it.each([
    ['陈静', '郑华部长11月28日与本部门陈静进行了谈心谈话，提醒节日期间注意廉洁自律', 'zhenghua', 'chenjing', '2026-11-28'],
    ['王强', '孙丽科长11月24日与王强进行了谈心谈话，提醒元旦期间注意廉洁过节', 'sunli', 'wangqiang', '2026-11-24'],
    ['孙杰', '何平主任11月26號與孫傑進行了談心談話，提醒節日期間注意廉潔自律', 'heping', 'sunjie', '2026-11-26'],
  ])('%s 「%s」 → one 谈心谈话, nothing asked 和谁; 确认 stores it', async (from, text, doer, other, day) => {
    const answer = await answerText(from, text);
    expect(answer).not.toMatch(/和谁|廉政谈话/);
    await confirmIfAsked(from, answer);
    expect(rows()).toEqual([['talk_heart', day, doer, other]]);
  });

  it('a bare 谈了谈 is still typed 廉政谈话 by its reminder', async () => {
    await confirmIfAsked('李娟', await answerText('李娟', '孙丽科长上周五和我谈了谈，叮嘱我注意廉洁过节'));
    expect(rows()).toEqual([['talk_integrity', '2026-11-27', 'sunli', 'lijuan']]);
  });

  it('near-miss: a 廉政谈话 told in its own sentence stays its own record', async () => {
    await confirmIfAsked('郑华', await answerText('郑华', '11月28日与陈静进行了谈心谈话，提醒节日期间注意廉洁自律。11月29日与陈静进行了廉政谈话。'));
    expect(rows()).toEqual([
      ['talk_heart', '2026-11-28', 'zhenghua', 'chenjing'],
      ['talk_integrity', '2026-11-29', 'zhenghua', 'chenjing'],
    ]);
  });

  it('撤销 after the stored talk takes it back whole', async () => {
    await confirmIfAsked('陈静', await answerText('陈静', '郑华部长11月28日与本部门陈静进行了谈心谈话，提醒节日期间注意廉洁自律'));
    expect(activities()).toHaveLength(1);
    await say('陈静', '撤销刚才那条');
    expect(activities()).toEqual([]);
  });
});

describe('an extra item said on the waiting card: 第N条是重复的 · 没有Y，就一次X', () => {
  it('郑华 「没有廉政谈话，就一次谈心谈话」 on a card of both → the 廉政谈话 left out, 确认 stores the 谈心谈话', async () => {
    const card = await answerText('郑华', '11月28日与陈静进行了谈心谈话；11月28日与孙杰进行了廉政谈话');
    expect(card).toMatch(/请确认/);
    const answer = await answerText('郑华', '没有廉政谈话，就一次谈心谈话');
    expect(answer).not.toMatch(/没看懂|没能读出/);
    await confirmIfAsked('郑华', answer);
    expect(rows()).toEqual([['talk_heart', '2026-11-28', 'zhenghua', 'chenjing']]);
  });

  it('杨帆 「第2条是重复的，只有一次党课」 on a card of two 党课 → the second left out, 确认 stores one', async () => {
    const card = await answerText('杨帆', '11月20日赵敏为机关全体党员讲授廉政党课；11月24日王磊为宣文部讲授廉政党课');
    expect(card).toMatch(/请确认/);
    const answer = await answerText('杨帆', '第2条是重复的，只有一次党课');
    expect(answer).not.toMatch(/没看懂|没能读出/);
    await confirmIfAsked('杨帆', answer);
    expect(rows()).toEqual([['edu_lecture', '2026-11-20', 'zhaomin', '']]);
  });

  it('near-miss: 没有廉政谈话 alone drops nothing from the card', async () => {
    await answerText('郑华', '11月28日与陈静进行了谈心谈话；11月28日与孙杰进行了廉政谈话');
    await answerText('郑华', '没有廉政谈话');
    expect(activities()).toEqual([]);
  });
});
