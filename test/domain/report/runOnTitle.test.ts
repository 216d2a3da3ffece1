import { describe, expect, it } from 'vitest';
import { runOnTitle, titleOfTitles } from '../../../src/domain/report/runOnTitle.js';

describe('runOnTitle', () => {
  it.each([
    ['会计法', '和财经纪律有关规定', '〈会计法〉和财经纪律有关规定'],
    [' 会计法 ', '及《预算法》', '〈会计法〉及〈预算法〉'],
    ['廉洁自律准则', '、纪律处分条例', '〈廉洁自律准则〉、纪律处分条例'],
  ])('%s + %s → %s', (quoted, tail, want) => {
    expect(runOnTitle(quoted, tail)).toBe(want);
  });
});

describe('titleOfTitles', () => {
  it.each([
    [['会计法', '财经纪律有关规定'], '组织全科学习《会计法》和财经纪律有关规定', '〈会计法〉和财经纪律有关规定'],
    [['会计法', '财经纪律相关规定'], '学习《会计法》及财经纪律相关规定，参加4人', '〈会计法〉及财经纪律相关规定'],
    [['廉洁自律准则', '纪律处分条例'], '学习了《廉洁自律准则》以及纪律处分条例', '〈廉洁自律准则〉以及纪律处分条例'],
    [['廉洁自律准则', '纪律处分条例'], '学习了《廉洁自律准则》和新修订的纪律处分条例', '〈廉洁自律准则〉和纪律处分条例'],
    // Quoted apart, or both bare: a list.
    [['廉洁自律准则', '纪律处分条例'], '学习了《廉洁自律准则》和《纪律处分条例》', '廉洁自律准则、纪律处分条例'],
    [['会计法', '财经纪律有关规定'], '学习了会计法和财经纪律有关规定', '会计法、财经纪律有关规定'],
    [['蜕变'], '观看了《蜕变》', '蜕变'],
    [[], '学习了', ''],
    // A third title after a run-on is listed, not run on twice.
    [['会计法', '财经纪律有关规定', '蜕变'], '学习《会计法》和财经纪律有关规定，观看《蜕变》', '〈会计法〉和财经纪律有关规定、蜕变'],
  ])('%j in 「%s」 → %s', (titles, text, want) => {
    expect(titleOfTitles(titles, text)).toBe(want);
  });
});
