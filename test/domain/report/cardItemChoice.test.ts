// Which record of a waiting 确认 card a reply picks to leave out or to say is wrong (round 26, v27).
import { describe, expect, it } from 'vitest';
import { cardItemChoice, RESEND_WORDS } from '../../../src/domain/report/cardItemChoice.js';

describe('cardItemChoice', () => {
  it.each([
    ['去掉第二条', 1], ['删除2', 1], ['删除第2条', 1], ['删掉第3条记录', 2], ['请删除第4条', 3], ['不要第2条', 1], ['不记第一条', 0],
    ['第2条不要了', 1], ['把第二条删掉', 1], ['第2条去掉吧', 1], ['第三条不算', 2], ['第2条不用记了', 1], ['第２条删除。', 1], ['去掉 第2条', 1],
  ])('「%s」 leaves out record %i (0-based)', (text, index) => {
    expect(cardItemChoice(text)).toEqual({ kind: 'drop', index });
  });

  it.each([['第2条不对', 1], ['第二条有误', 1], ['第3条错了', 2], ['修改第3条', 2], ['改一下第一条', 0], ['第4条有问题', 3], ['第2条记错了', 1]])(
    '「%s」 says record %i is wrong, not how',
    (text, index) => {
      expect(cardItemChoice(text)).toEqual({ kind: 'wrong', index });
    },
  );

  // t30f §1.14: 也 before the verb, and several records at once (only the first was dropped).
  it.each([['第5条也删掉', 4], ['第二条也不要了', 1]])('「%s」 leaves out record %i too', (text, index) => {
    expect(cardItemChoice(text)).toEqual({ kind: 'drop', index });
  });
  it.each([
    ['第5条和第6条删掉', 4, [5]], ['删掉第2条和第4条', 1, [3]], ['第2、3条都不要', 1, [2]], ['把第1条、第3条去掉', 0, [2]],
  ] as const)('「%s」 leaves out %i and %j', (text, index, also) => {
    expect(cardItemChoice(text)).toEqual({ kind: 'drop', index, also: [...also] });
  });

  it('a number beyond any card is still read (the bot says the card has fewer)', () => {
    expect(cardItemChoice('删除第十条')).toEqual({ kind: 'drop', index: 9 });
  });

  // Near-misses: a change with its value (cardCorrection's), a withdrawal of a stored record, plan answers, other words.
  it.each([['第3条日期是11月21日'], ['第二条是11月11日'], ['删除'], ['去掉'], ['撤销上一条'], ['第三条是计划，还没做'], ['不对'], ['修改'], ['第2条和王强谈的'], ['删除上一条记录'], ['今天和王强谈了第2次话'], ['第2条和第3条确认'], ['第2条和王强的删掉']])(
    '「%s」 is no such reply',
    (text) => {
      expect(cardItemChoice(text)).toBeUndefined();
    },
  );

  it('全部重新发送 · 重新发送 · 重发 give the whole card up; 发送 alone does not', () => {
    for (const t of ['全部重新发送', '重新发送', '全部重发', '重新上报']) expect(RESEND_WORDS.test(t)).toBe(true);
    for (const t of ['发送', '重新发送第2条', '重新']) expect(RESEND_WORDS.test(t)).toBe(false);
  });
});
