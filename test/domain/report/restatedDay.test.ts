// A day restated in brackets is one day written once; two that disagree are asked between (round 35a, F5). Read on Mon 2026-11-30.
import { describe, expect, it } from 'vitest';
import { withRestatedDay, withRestatedDayAsked } from '../../../src/domain/report/restatedDay.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

const today = '2026-11-30';

describe('withRestatedDay: the dated form written once', () => {
  it.each([
    ['上周五（11月27日）张书记主持召开研判会', '11月27日张书记主持召开研判会'],
    ['上周五(11月27日)张书记主持召开研判会', '11月27日张书记主持召开研判会'],
    ['11月27日（周五）张书记主持召开研判会', '11月27日张书记主持召开研判会'],
    ['11月27日（周四）张书记主持召开研判会', '11月27日张书记主持召开研判会'],
    ['昨天（11月29日）李主任组织观看警示教育片', '11月29日李主任组织观看警示教育片'],
    ['上周五（27日）李主任组织观看', '27日李主任组织观看'],
    ['上周五（11月27日，星期五）张书记主持', '11月27日张书记主持'],
    ['上周四（11月27日）张书记主持', '11月27日张书记主持'],
    // Brackets holding no day, or two dates, stay as written.
    ['11月27日召开党组（扩大）会议', '11月27日召开党组（扩大）会议'],
    ['11月27日张书记主持召开研判会（第3次）', '11月27日张书记主持召开研判会（第3次）'],
    ['11月27日（11月26日）张书记主持', '11月27日（11月26日）张书记主持'],
    ['召开专题会议（11月27日）', '召开专题会议（11月27日）'],
  ])('%s → %s', (text, expected) => {
    expect(withRestatedDay(text, today)).toBe(expected);
  });
});

const record = (date: string): ParsedReport => ({ draft: { type: 'review_analysis', date, counterpartIds: [], late: false }, problems: [], remarks: [] });

describe('withRestatedDayAsked: days that disagree asked, agreeing ones not', () => {
  it('上周四（11月27日）: the record on 11-27 asks between 11-27 and 11-26', () => {
    const [r] = withRestatedDayAsked([record('2026-11-27')], '上周四（11月27日）张书记主持召开研判会', today);
    expect(r!.problems).toEqual([{ code: 'weekday_conflict', dates: ['2026-11-27', '2026-11-26'], said: '上周四(11月27日)' }]);
  });
  it('上周五（11月27日）: nothing asked', () => {
    const [r] = withRestatedDayAsked([record('2026-11-27')], '上周五（11月27日）张书记主持召开研判会', today);
    expect(r!.problems).toEqual([]);
  });
});
