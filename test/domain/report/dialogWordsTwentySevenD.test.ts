// Round 27d: the words of a dialog turn read before the bot acts on them (waitingSlip, monthOnlyAnswer,
// withDeicticDayDenied), with near-misses that must keep today's reading.
import { describe, expect, it } from 'vitest';
import { waitingSlip, slipSaidJustNow } from '../../../src/domain/report/waitingSlip.js';
import { monthOnlyAnswer } from '../../../src/domain/report/monthOnlyAnswer.js';
import { withDeicticDayDenied } from '../../../src/domain/report/deicticDayDenied.js';

describe('waitingSlip: a slip owned is read as 「不对,…」 without its pointer', () => {
  it.each([
    ['刚才说错了，是和冯雪谈的', '不对,是和冯雪谈的'],
    ['刚才那条不对，应该是孙丽', '不对,应该是孙丽'],
    ['等等，说错了，是和李明', '不对,是和李明'],
    ['等一下，刚才的不对，是和陈静签的', '不对,是和陈静签的'],
    ['不好意思，我刚才写错了，是和孙丽谈的', '不对,是和孙丽谈的'],
    ['哦不对不对，是谈心谈话', '不对,是谈心谈话'],
    ['哎呀，刚才搞混了，是和陈静谈的', '不对,是和陈静谈的'],
    ['错了，是前天', '不对,是前天'],
  ])('「%s」 → 「%s」', (text, want) => {
    expect(waitingSlip(text)).toBe(want);
  });

  it.each(['刚才谈的', '刚刚谈完', '不是张颖，是王磊', '不对', '说错了', '昨天', '应该是刚才谈的', '刚才和王强谈的'])('「%s」 owns no slip', (text) => {
    expect(waitingSlip(text)).toBeUndefined();
  });

  it('刚才 beside a slip anywhere is the moment spoken; 刚才 alone or with 应该是 is not', () => {
    expect(slipSaidJustNow('刚才名字打错了，是何平')).toBe(true);
    expect(slipSaidJustNow('刚才那个人不对')).toBe(true);
    expect(slipSaidJustNow('刚才谈的')).toBe(false);
    expect(slipSaidJustNow('应该是刚才谈的')).toBe(false);
    expect(slipSaidJustNow('说错了，是前天')).toBe(false);
  });
});

describe('monthOnlyAnswer: a month alone as the answer to 是哪一天', () => {
  it.each([
    ['11月份', '11月'],
    ['11月', '11月'],
    ['十一月', '11月'],
    ['是11月', '11月'],
    ['大概是11月中旬吧', '11月中旬'],
    ['应该是10月底', '10月底'],
    ['就这个月', '本月'],
    ['本月初', '本月初'],
    ['上个月', '上个月'],
  ])('「%s」 → %s', (text, want) => {
    expect(monthOnlyAnswer(text)).toBe(want);
  });

  it.each(['11月15日', '11月份完成情况', '11月3日、10日', '13月', '本月工作情况', '11月和王强谈的', '昨天'])('「%s」 is no month alone', (text) => {
    expect(monthOnlyAnswer(text)).toBeUndefined();
  });
});

describe('withDeicticDayDenied: 不是这天，是… as 不对,是…', () => {
  it.each([
    ['不是这天,是前天', '不对,是前天'],
    ['不是那一天,应该是周一', '不对,是周一'],
    ['这天不对,是25号', '不对,是25号'],
    ['那天错了,是11月27日', '不对,是11月27日'],
    ['不对,不是这天,是昨天', '不对,是昨天'],
    ['日子不对,是上周五', '不对,是上周五'],
  ])('「%s」 → 「%s」', (text, want) => {
    expect(withDeicticDayDenied(text)).toBe(want);
  });

  it.each(['不是这个人,是王强', '不是王强,是李娟', '这天和王强谈了心', '不是这天'])('「%s」 stays as written', (text) => {
    expect(withDeicticDayDenied(text)).toBe(text);
  });
});
