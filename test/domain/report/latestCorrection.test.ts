// Corrections of the latest record in words (round 14 F3), and messages that must not be read as one.
import { describe, expect, it } from 'vitest';
import { latestCorrection } from '../../../src/domain/report/latestCorrection.js';

const TODAY = '2026-12-01';

describe('latestCorrection', () => {
  it.each([
    ['刚才那条日期错了，应该是11月19日', '2026-11-19'],
    ['上一条日期错了，应是20号', '2026-11-20'],
    ['刚才报的那条时间不对，应为11月18日', '2026-11-18'],
    ['上一条应该是11月18日', '2026-11-18'],
    ['日期写错了，应该是前天', '2026-11-29'],
    ['刚才那条日期错了，应该是十一月十九日', '2026-11-19'],
  ])('%s → the day %s', (text, date) => expect(latestCorrection(text, TODAY)).toMatchObject({ kind: 'day', date }));

  it.each([
    ['刚才那条不是王强，是李娟', '王强', '李娟'],
    ['上一条对象不是王强而是李娟', '王强', '李娟'],
    ['刚才那条不是警示教育，是廉政教育', '警示教育', '廉政教育'],
  ])('%s → %s replaced by %s', (text, from, to) => expect(latestCorrection(text, TODAY)).toEqual({ kind: 'word', from, to }));

  it.each([
    '刚才和王强进行了廉政谈话',
    '刚刚是和王强谈的',
    '上一个月28号和王强谈了话',
    '今天和王强谈话，日期错了',
    '刚才那条日期错了，应该是明天',
    '上一条撤回',
    '不是王强，是李娟',
    '11月19日和王强进行了廉政谈话',
  ])('%s is no correction of the latest record', (text) => expect(latestCorrection(text, TODAY)).toBeNull());
});
