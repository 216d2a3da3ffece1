// Round 65, gec: 「2号那条不用记」 while no waiting item is of the 2nd names no record.
import { describe, expect, it } from 'vitest';
import { dayPointedUnfit } from '../../../src/domain/report/dayPointedUnfit.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';

const TODAY = '2026-12-07';
const item = (date: string): PendingItem => ({ draft: { date, counterpartIds: [], late: false }, problems: [] });
const FIRST_AND_THIRD = [item('2026-12-01'), item('2026-12-03')];

describe('dayPointedUnfit', () => {
  it('says the day words when no item is of the day pointed at', () => {
    expect(dayPointedUnfit('2号那条不用记', FIRST_AND_THIRD, TODAY)).toBe('2号');
    expect(dayPointedUnfit('12.2那条不用记', FIRST_AND_THIRD, TODAY)).toBe('12.2');
    expect(dayPointedUnfit('上周三的那条不用记', FIRST_AND_THIRD, TODAY)).toBe('上周三');
    expect(dayPointedUnfit('周三那条不要记', FIRST_AND_THIRD, TODAY)).toBe('周三');
    expect(dayPointedUnfit('12月2日那个不用记', FIRST_AND_THIRD, TODAY)).toBe('12月2日');
  });

  it('is undefined when an item is of that day, or the day points at nothing', () => {
    expect(dayPointedUnfit('3号那条不用记', FIRST_AND_THIRD, TODAY)).toBeUndefined();
    expect(dayPointedUnfit('周二那条不用记', FIRST_AND_THIRD, TODAY)).toBeUndefined();
    expect(dayPointedUnfit('2号还没做', FIRST_AND_THIRD, TODAY)).toBeUndefined();
    expect(dayPointedUnfit('那条不用记', FIRST_AND_THIRD, TODAY)).toBeUndefined();
    expect(dayPointedUnfit('第2条不用记', FIRST_AND_THIRD, TODAY)).toBeUndefined();
  });
});
