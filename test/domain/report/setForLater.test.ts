// A deed set (安排在/定于/放在…) for a time not over is a plan; the day it is read decides (round 35a, F4): real calls at two `now`s.
import { describe, expect, it } from 'vitest';
import { setForLater } from '../../../src/domain/report/setForLater.js';
import { monthPartAhead } from '../../../src/domain/report/monthPartAhead.js';

const on = (day: string) => new Date(`${day}T10:00:00+08:00`);

describe('setForLater: set for a time not over at the day read', () => {
  it.each([
    ['陈志强、赵敏两位同志的谈话安排在12月上旬', '2026-12-04', true],
    ['陈志强、赵敏两位同志的谈话安排在12月上旬', '2026-11-30', true],
    ['陈志强、赵敏两位同志的谈话安排在12月上旬', '2026-12-11', false],
    ['与孙丽、王强的廉政谈话初定于12月8日', '2026-11-30', true],
    ['与孙丽、王强的廉政谈话初定于12月8日', '2026-12-09', false],
    ['两位同志的廉政谈话定于下周进行', '2026-12-04', true],
    ['对财务科的检查放在12月', '2026-12-04', true],
    ['对财务科的检查放在11月', '2026-12-04', false],
    ['与何平的谈心谈话放在月底', '2026-11-30', true],
    ['陈志强、赵敏两位同志的谈话安排在11月20日', '2026-11-30', false],
    ['对财务科的检查安排在12月上旬进行了', '2026-12-04', false],
    ['11月12日讲授廉政党课，与赵敏的谈话安排在12月上旬', '2026-12-04', true],
    ['工作安排在12月上旬', '2026-12-04', false],
  ])('%s read on %s → %s', (text, day, expected) => {
    expect(setForLater(text, on(day))).toBe(expected);
  });
});

describe('monthPartAhead: the part of a month, with its last day', () => {
  it.each([
    ['12月上旬', '2026-12-10', true],
    ['12月上旬', '2026-12-11', false],
    ['12月中旬', '2026-12-20', true],
    ['12月底', '2026-12-31', true],
    ['12月上旬', '2026-11-30', true],
    ['10月下旬', '2026-11-30', false],
    ['12月份', '2026-11-30', false],
  ])('%s on %s → %s', (text, today, expected) => {
    expect(monthPartAhead(text, today)).toBe(expected);
  });
});
