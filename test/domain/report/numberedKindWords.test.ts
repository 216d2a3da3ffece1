import { describe, expect, it } from 'vitest';
import { numberedKindWords } from '../../../src/domain/report/numberedKindWords.js';

describe('numberedKindWords', () => {
  it.each([
    ['第2条不是谈心 算廉政谈话吧', { n: 2, from: 'talk_heart', to: 'talk_integrity' }],
    ['第2条不是谈心，算廉政谈话吧', { n: 2, from: 'talk_heart', to: 'talk_integrity' }],
    ['第二条不是谈心谈话 是廉政谈话', { n: 2, from: 'talk_heart', to: 'talk_integrity' }],
    ['第2条 不是 谈心 算 廉政谈话 吧', { n: 2, from: 'talk_heart', to: 'talk_integrity' }],
    ['第1条不是廉政教育 是警示教育', { n: 1, from: 'edu_integrity', to: 'edu_warning' }],
    ['第3条不是作风纪律检查，算专项资金检查', { n: 3, from: 'inspect_style', to: 'inspect_funds' }],
  ])('「%s」 → %j', (text, want) => {
    expect(numberedKindWords(text)).toEqual(want);
  });

  it.each([['第2条对'], ['第2条不用记'], ['第2条不是谈心 算谈心吧'], ['第2条是11月21日'], ['今天和王强进行了谈心谈话'], ['第2条不是教育 是去财务科检查廉政风险点 算作风纪律检查吧']])('「%s」 → undefined', (text) => {
    expect(numberedKindWords(text)).toBeUndefined();
  });
});
