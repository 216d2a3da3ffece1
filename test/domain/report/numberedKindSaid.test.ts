import { describe, expect, it } from 'vitest';
import { numberedKindSaid } from '../../../src/domain/report/numberedKindSaid.js';

describe('numberedKindSaid: 「第2条改成作风纪律检查」', () => {
  it.each([
    ['第2条改成作风纪律检查', 2, 'inspect_style'],
    ['第二条改成作风纪律检查', 2, 'inspect_style'],
    ['第2条 改成 作风纪律检查', 2, 'inspect_style'],
    ['第2条算作风纪律检查吧', 2, 'inspect_style'],
    ['第二条应该是作风纪律检查', 2, 'inspect_style'],
    ['第2条改为专项资金检查', 2, 'inspect_funds'],
    ['第1条改成谈心谈话', 1, 'talk_heart'],
    ['第3条算作警示教育', 3, 'edu_warning'],
  ])('「%s」 → record %i, %s', (text, n, kind) => {
    expect(numberedKindSaid(text)).toMatchObject({ n, kind });
  });

  it.each([['第2条是12月3日'], ['第2条对象是王强'], ['第2条不要'], ['改成作风纪律检查'], ['第2条改成作风纪律检查和廉政教育']])('near-miss 「%s」 → undefined', (text) => {
    expect(numberedKindSaid(text)).toBeUndefined();
  });
});
