// Day words against a fixed Shanghai day: relative words, weekdays, month-days, full dates, Chinese numerals.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/domain/report/parseDay.js';
import { arabicizeNumerals } from '../../../src/domain/report/parseNumerals.js';

const SUNDAY = '2026-11-22';

describe('parseDay on Sunday 2026-11-22', () => {
  it.each([
    ['今天', '2026-11-22'],
    ['今日', '2026-11-22'],
    ['今早', '2026-11-22'],
    ['刚才', '2026-11-22'],
    ['刚刚', '2026-11-22'],
    ['上午', '2026-11-22'],
    ['下午', '2026-11-22'],
    ['昨天', '2026-11-21'],
    ['昨日', '2026-11-21'],
    ['昨天上午', '2026-11-21'],
    ['前天', '2026-11-20'],
    ['大前天', '2026-11-19'],
    ['3天前', '2026-11-19'],
    ['明天', '2026-11-23'],
    ['本周一', '2026-11-16'],
    ['这周三', '2026-11-18'],
    ['本周日', '2026-11-22'],
    ['周日', '2026-11-22'],
    ['周五', '2026-11-20'],
    ['星期天', '2026-11-22'],
    ['上周三', '2026-11-11'],
    ['上个星期一', '2026-11-09'],
    ['上上周三', '2026-11-04'],
    ['下周一', '2026-11-23'],
    ['上个月20号', '2026-10-20'],
    ['上月31日', '2026-10-31'],
    ['本月3日', '2026-11-03'],
    ['20号', '2026-11-20'],
    ['22日', '2026-11-22'],
    ['23号', '2026-10-23'],
    ['11月20日', '2026-11-20'],
    ['11月20号', '2026-11-20'],
    ['11月20', '2026-11-20'],
    ['11.20', '2026-11-20'],
    ['11/20', '2026-11-20'],
    ['11-20', '2026-11-20'],
    ['12月1日', '2026-12-01'],
    ['12月25日', '2025-12-25'],
    ['2026-11-20', '2026-11-20'],
    ['2026/11/20', '2026-11-20'],
    ['2026.11.20', '2026-11-20'],
    ['2026年11月20日', '2026-11-20'],
    ['2026-12-01', '2026-12-01'],
    ['今年1月5日', '2026-01-05'],
    ['去年12月20日', '2025-12-20'],
  ])('%s → %s', (text, date) => {
    expect(parseDay(text, SUNDAY).date).toBe(date);
  });

  it.each([
    ['十一月二十日', '2026-11-20'],
    ['十一月廿日', '2026-11-20'],
    ['11月廿一日', '2026-11-21'],
    ['十月卅一日', '2026-10-31'],
    ['二十号', '2026-11-20'],
    ['两天前', '2026-11-20'],
    ['二〇二六年十一月二十日', '2026-11-20'],
    ['十月三十一日', '2026-10-31'],
  ])('%s (Chinese numerals) → %s', (text, date) => {
    expect(parseDay(arabicizeNumerals(text), SUNDAY).date).toBe(date);
  });

  it.each(['本周', '上个月', '本季度', '谈话1.5小时', '参加23人', '学习一号文件', '三个以案', '1-2次'])('%s names no day', (text) => {
    expect(parseDay(arabicizeNumerals(text), SUNDAY).date).toBeUndefined();
  });

  it('reports a day that does not exist instead of guessing', () => {
    expect(parseDay('2月30日', SUNDAY)).toMatchObject({ invalid: '2月30日' });
    expect(parseDay('2月30日', SUNDAY).date).toBeUndefined();
  });

  it('masks the day and the time of day, leaving the rest', () => {
    const { rest } = parseDay('昨天下午3点半与李明谈话', SUNDAY);
    expect(rest.replace(/\u0000/g, '|')).toBe('|||与李明谈话');
  });

  it('takes 29 February from the last leap year', () => {
    expect(parseDay('2月29日', SUNDAY).date).toBe('2024-02-29');
  });
});

describe('parseDay around the turn of a week, month and year', () => {
  it.each([
    ['2026-11-23', '周日', '2026-11-22'],
    ['2026-11-23', '本周日', '2026-11-29'],
    ['2026-11-23', '上周日', '2026-11-22'],
    ['2026-10-01', '30号', '2026-09-30'],
    ['2026-10-01', '本周三', '2026-09-30'],
    ['2026-01-01', '昨天', '2025-12-31'],
    ['2026-01-01', '12月28日', '2025-12-28'],
    ['2026-03-01', '上个月29号', undefined],
    ['2026-03-31', '31号', '2026-03-31'],
    ['2026-04-30', '31号', '2026-03-31'],
  ])('on %s, %s → %s', (today, text, date) => {
    expect(parseDay(text, today).date).toBe(date);
  });
});
