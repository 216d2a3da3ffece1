// t47b F8: 「同一天」 and its kin to a second 是哪一天 are the one day the report already has; with two days, nothing is read.
import { describe, expect, it } from 'vitest';
import { sameDayAnswer } from '../../../src/domain/report/sameDayAnswer.js';
import type { PendingItem } from '../../../src/domain/report/followUp.js';

const item = (date?: string): PendingItem => ({ draft: { counterpartIds: [], late: false, ...(date !== undefined ? { date } : {}) }, problems: date === undefined ? [{ code: 'missing_date' }] : [] }) as PendingItem;

describe('sameDayAnswer', () => {
  it.each(['同一天', '也是那天', '当天', '一样', '同一天的', '也是同一天', '和上面一样', '当天谈的', '同日。'])('「%s」 after one day answered → that day', (text) => {
    expect(sameDayAnswer([item('2026-11-24'), item(), item()], text)).toBe('2026年11月24日');
  });
  it.each(['11月24日', '不是同一天', '同一天吗？', '前一天', '第二天'])('「%s」 is no same-day answer', (text) => {
    expect(sameDayAnswer([item('2026-11-24'), item()], text)).toBeUndefined();
  });
  it('two days in the report: which one is not said', () => {
    expect(sameDayAnswer([item('2026-11-24'), item('2026-11-20'), item()], '同一天')).toBeUndefined();
  });
  it('no day yet: nothing to take', () => {
    expect(sameDayAnswer([item(), item()], '同一天')).toBeUndefined();
  });
});
