// Round 59 (fce; fde's finding): 「张书记11月26日到康复中心调研。⏎次日他与何平进行了廉政谈话」 put the talk on the card as the
// clerk's, on 11-26. 次日他 opening a new line is the line before's subject, 次日 counted from that line's day.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/loadConfig.js';
import { withNextDaySpelled } from '../../../src/domain/report/nextDaySpelled.js';
import { withSentenceSubjectPronoun } from '../../../src/domain/report/sentenceSubjectPronoun.js';

const directory = loadConfig('config').directory;

describe('withNextDaySpelled: a line opening with 次日 counts from the line before', () => {
  it.each([
    ['张书记11月26日到康复中心调研。\n次日与何平进行了廉政谈话', '张书记11月26日到康复中心调研。\n11月27日与何平进行了廉政谈话'],
    ['11月26日调研\n\n第二天与何平谈话', '11月26日调研\n\n11月27日与何平谈话'],
    ['11月24日检查\n1. 次日与孙丽谈话', '11月24日检查\n1. 11月25日与孙丽谈话'],
    ['11月30日检查\n翌日与孙丽谈话', '11月30日检查\n12月1日与孙丽谈话'],
  ])('%j', (text, want) => {
    expect(withNextDaySpelled(text, '2026-11-30')).toBe(want);
  });

  it.each([
    '到康复中心调研。\n次日与何平进行了廉政谈话',
    '11月26日调研\n与何平谈话，次日起执行',
  ])('%j is left as written (no day on the line before, or not opening its line)', (text) => {
    expect(withNextDaySpelled(text, '2026-11-30')).toBe(text);
  });
});

describe('withSentenceSubjectPronoun: 次日他 on a new line', () => {
  it.each([
    ['张书记11月26日到康复中心调研。\n次日他与何平进行了廉政谈话', '张书记11月26日到康复中心调研。\n次日张伟与何平进行了廉政谈话'],
    ['赵书记11月20日到宣文部调研\n第二天她与王磊进行了廉政谈话', '赵书记11月20日到宣文部调研\n第二天赵敏与王磊进行了廉政谈话'],
  ])('%j', (text, want) => {
    expect(withSentenceSubjectPronoun(text, directory, 'wangfang')).toBe(want);
  });

  it('。次日他 within one line is left to the line readers', () => {
    const text = '张书记11月26日到康复中心调研。次日他与何平进行了廉政谈话';
    expect(withSentenceSubjectPronoun(text, directory, 'wangfang')).toBe(text);
  });
});
