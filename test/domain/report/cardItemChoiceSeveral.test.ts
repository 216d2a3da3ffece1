// Round 63 (gcb; t65a): several records named run on, as a range, or as the card's last few, said to be totals or dropped.
import { describe, expect, it } from 'vitest';
import { cardItemChoice } from '../../../src/domain/report/cardItemChoice.js';

describe('cardItemChoice: several records written in other ways (round 63)', () => {
  it.each([
    ['第2条第3条是合计的不用记', 1, [2]],
    ['第2、3条是合计的不用记', 1, [2]],
    ['第2和第3条是合计的，不用记', 1, [2]],
    ['第2-3条是合计的不用记', 1, [2]],
    ['第2～4条是汇总', 1, [2, 3]],
    ['第二条第三条都是合计数', 1, [2]],
    ['第2条 第3条 是合计的 不用记', 1, [2]],
    ['第2到3条删掉', 1, [2]],
    ['第2条和第3条是总数', 1, [2]],
    ['后两条是合计的不用记', 2, [3]],
    ['最后两条不要', 2, [3]],
    ['后面2条删掉', 2, [3]],
    ['前两条是汇总 不用单独记', 0, [1]],
  ])('「%s」 on a card of 4 leaves out record %i and %j', (text, index, also) => {
    expect(cardItemChoice(text, 4)).toEqual({ kind: 'drop', index, also });
  });

  it('后两条 with the card size unknown is not read (which records is not known)', () => {
    expect(cardItemChoice('后两条不要')).toBeUndefined();
  });

  it('后五条 on a card of 4 is not read', () => {
    expect(cardItemChoice('后五条不要', 4)).toBeUndefined();
  });

  it.each([['第2条对'], ['第2条第3条确认'], ['第2条是合计的不用记'], ['2号和王磊谈的'], ['第2条是周部长组织的 6人参加']])('「%s」 keeps its reading: no drop of several', (text) => {
    const read = cardItemChoice(text, 4);
    expect(read?.kind === 'drop' ? read.also : undefined).toBeUndefined();
  });
});
