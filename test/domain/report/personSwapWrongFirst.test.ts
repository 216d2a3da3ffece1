import { describe, expect, it } from 'vitest';
import { personSwapWords } from '../../../src/domain/report/looseStoredCorrectionWords.js';
import { normalizeText } from '../../../src/domain/report/parseNormalize.js';

const read = (t: string) => personSwapWords(normalizeText(t));

describe('personSwapWords: 「…那条，X不对，是Y」 (round 66, gfd)', () => {
  it.each([
    ['昨天签责任书那条，吴静不对，是郑华', '昨天签责任书', '吴静', '郑华'],
    ['昨天那条 对象吴静写错了 应该是郑华', '昨天', '吴静', '郑华'],
    ['昨天那条，吴部长不对，是郑部长', '昨天', '吴部长', '郑部长'],
    ['上周五谈话那条，郑华不对，是冯雪', '上周五谈话', '郑华', '冯雪'],
    ['昨天签责任书那条，吴静记错了，是郑华。', '昨天签责任书', '吴静', '郑华'],
  ])('「%s」', (text, about, from, to) => {
    expect(read(text)).toMatchObject({ about, from, to });
  });

  it('the verb after the right name is kept', () => {
    expect(read('那条吴静不对是郑华签的')).toMatchObject({ from: '吴静', to: '郑华', verb: '签' });
  });

  it.each([['吴静不对，是郑华'], ['昨天那条日期不对，是12月5日'], ['那条类型不对，是谈心谈话'], ['昨天那条人数不对，是8人']])('near-miss 「%s」 → undefined', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
