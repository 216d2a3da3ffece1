// A correction addressed by the receipt's number (round 40's fmc, t39b F12): 第2条日期是12月2日 is record 2's, read as
// 刚才那条… is; the withdraw words and a bare 第N条不要 are others'.
import { describe, expect, it } from 'vitest';
import { numberedCorrection } from '../../../src/domain/report/numberedCorrection.js';

const TODAY = '2026-12-04';

describe('numberedCorrection', () => {
  it.each([
    ['第2条日期是12月2日', 2],
    ['第2条日期错了，应该是12月2日', 2],
    ['修改第2条日期为12月2日', 2],
    ['把第二条的日期改成12月2日', 2],
    ['第2条时间是12月2日。', 2],
    ['第2条是12月2日', 2],
    ['请把第3条日期改为12月2日', 3],
    ['更正第1条的日期为12月2日', 1],
    ['上面第2条日期应为12月2日', 2],
  ])('「%s」 moves record %i to 12-02', (said, n) => {
    expect(numberedCorrection(said, TODAY)).toEqual({ n, correction: expect.objectContaining({ kind: 'day', date: '2026-12-02', terse: false }) });
  });

  it.each([
    ['第1条应该是谈心谈话', 1, 'type'],
    ['第3条人错了，是孙丽', 3, 'person'],
    ['第2条不是王强，是李娟', 2, 'word'],
  ])('「%s」 changes record %i (%s)', (said, n, kind) => {
    expect(numberedCorrection(said, TODAY)).toEqual({ n, correction: expect.objectContaining({ kind, terse: false }) });
  });

  it.each(['撤销第2条', '第2条撤销', '第2条不要', '第2条不算', '第0条日期是12月2日', '刚才那条日期错了，应该是12月2日', '11月30日和12月1日分别与王强、李娟进行了廉政谈话', '第2条'])('「%s」 is none', (said) => {
    expect(numberedCorrection(said, TODAY)).toBeUndefined();
  });
});
