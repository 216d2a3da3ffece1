import { describe, expect, it } from 'vitest';
import { daySwapCorrection, daySwapParts } from '../../../src/domain/report/daySwapCorrection.js';

const TODAY = '2026-11-30';

describe('daySwapCorrection: 不是D1是D2 read as the day change', () => {
  it.each([
    ['上周四', '上周三', '2026-11-25'],
    ['1号', '2号单独谈的', '2026-11-02'],
    ['26号', '25号', '2026-11-25'],
    ['昨天', '前天', '2026-11-28'],
    ['11.20', '11.19', '2026-11-19'],
    ['上周五', '上周四谈的', '2026-11-26'],
  ])('不是%s 是%s → %s', (from, to, date) => {
    expect(daySwapCorrection({ kind: 'word', from, to, terse: false }, TODAY)).toMatchObject({ kind: 'day', date, terse: false });
  });

  it('a day still ahead is read as that day (the caller says it has not come)', () => {
    expect(daySwapCorrection({ kind: 'word', from: '上周四', to: '下周三', terse: true }, TODAY)).toMatchObject({ kind: 'day', date: '2026-12-09' });
  });

  it('keeps the naming words (about) of a restated correction', () => {
    expect(daySwapCorrection({ kind: 'word', from: '上周四', to: '上周三', terse: false, about: '和陈静那次' } as never, TODAY)).toMatchObject({ kind: 'day', about: '和陈静那次' });
  });

  it.each([
    ['王强', '李娟'],
    ['上周四', '李娟'],
    ['王强', '上周三'],
    ['警示教育', '廉政教育'],
  ])('near-miss: 不是%s 是%s stays a word change', (from, to) => {
    expect(daySwapCorrection({ kind: 'word', from, to, terse: false }, TODAY)).toEqual({ kind: 'word', from, to, terse: false });
  });

  it('a day change is left as it is', () => {
    const part = { kind: 'day' as const, date: '2026-11-25', said: '周三', terse: true };
    expect(daySwapCorrection(part, TODAY)).toBe(part);
  });
});

describe('daySwapParts: a bare week before the day dropped', () => {
  it('不是昨天 是上周的 上周四 → one day change', () => {
    const parts = daySwapParts(
      [
        { kind: 'word', from: '昨天', to: '上周的', terse: false },
        { kind: 'day', date: '2026-11-26', said: '上周四', terse: false },
      ],
      TODAY,
    );
    expect(parts).toEqual([{ kind: 'day', date: '2026-11-26', said: '上周四', terse: false }]);
  });

  it('a week with no day beside it stays (nothing to change it to)', () => {
    const parts = daySwapParts([{ kind: 'word', from: '昨天', to: '上周的', terse: false }], TODAY);
    expect(parts).toEqual([{ kind: 'word', from: '昨天', to: '上周的', terse: false }]);
  });
});
