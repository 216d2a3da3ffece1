// hedgedKindAnswer (round 60, fbd; t62a B-F4): 算廉政谈话吧 answers the kind question.
import { describe, expect, it } from 'vitest';
import { hedgedKindAnswer } from '../../../src/domain/report/hedgedKindAnswer.js';

describe('hedgedKindAnswer', () => {
  it.each([
    ['算廉政谈话吧', '廉政谈话'],
    ['就算廉政谈话', '廉政谈话'],
    ['记成谈心谈话吧', '谈心谈话'],
    ['按廉政谈话算', '廉政谈话'],
    ['算是廉政谈话吧。', '廉政谈话'],
    ['当谈心谈话处理吧', '谈心谈话'],
    ['那就算廉政谈话吧', '廉政谈话'],
    ['应该算谈心谈话', '谈心谈话'],
    ['算警示教育吧', '警示教育'],
  ])('「%s」 → %s', (text, kind) => {
    expect(hedgedKindAnswer(text)).toBe(kind);
  });
  it.each([['算了吧'], ['算不算廉政教育'], ['算下来一共几次'], ['廉政谈话'], ['就这样吧'], ['算廉政谈话还是谈心谈话']])('「%s」 → no hedged kind', (text) => {
    expect(hedgedKindAnswer(text)).toBeUndefined();
  });
});

// Round 61 (gad; t63b: 「算作风纪律检查吧」 to 是哪类活动 answered as a status query): a kind whose first character follows 算
// (作风… after 算作) and the 应该是/就是 hedges.
describe('hedgedKindAnswer: the kind read past a longer hedge', () => {
  it.each([
    ['算作风纪律检查吧', '作风纪律检查'],
    ['就算作风纪律检查', '作风纪律检查'],
    ['算是作风纪律检查', '作风纪律检查'],
    ['记作风纪律检查', '作风纪律检查'],
    ['应该是作风纪律检查吧', '作风纪律检查'],
    ['应该是专项资金检查', '专项资金检查'],
    ['就是责任书检查吧', '责任书检查'],
  ])('「%s」 → %s', (text, kind) => {
    expect(hedgedKindAnswer(text)).toBe(kind);
  });
  it.each([['就是班子成员'], ['应该是昨天'], ['就是他'], ['算不算作风纪律检查']])('「%s」 → no hedged kind', (text) => {
    expect(hedgedKindAnswer(text)).toBeUndefined();
  });
});
