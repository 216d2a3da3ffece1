// Round 60, fbc: futureDayCorrection finds a record's day corrected to a day still ahead (t62a B-F6).
import { describe, expect, it } from 'vitest';
import { futureDayCorrection } from '../../../src/domain/report/futureDayCorrection.js';

const MONDAY = '2026-11-30';

describe('futureDayCorrection', () => {
  it.each([
    ['刚才那条王建国和孙丽的谈话日期写错了，是12月4号', '2026-12-04', '12月4号'],
    ['刚才那条日期错了，应该是12月4号', '2026-12-04', '12月4号'],
    ['孙杰那条日期错了 是下周五', '2026-12-11', '下周五'],
    ['刚才那条改成12月3日', '2026-12-03', '12月3日'],
    ['刚才报的和王强的谈话日期写错了，是12月2日', '2026-12-02', '12月2日'],
  ])('「%s」 → %s', (text, date, said) => {
    expect(futureDayCorrection(text, MONDAY)).toEqual({ date, said });
  });

  it.each([
    ['刚才那条日期写错了，是11月4号'],
    ['孙杰那条日期错了 是周五不是周四'],
    ['原定周四的谈话改到周五'],
    ['12月4日和孙丽进行廉政谈话'],
    ['刚才那条日期写错了'],
  ])('a past day, a plan or no day: 「%s」 → undefined', (text) => {
    expect(futureDayCorrection(text, MONDAY)).toBeUndefined();
  });
});
