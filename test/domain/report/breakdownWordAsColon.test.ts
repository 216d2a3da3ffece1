// Round 59, fcb (issue 10): 「N人次，具体为：」 is the colon of a counted lead over its items.
import { describe, expect, it } from 'vitest';
import { withBreakdownWordAsColon } from '../../../src/domain/report/breakdownWordAsColon.js';

describe('withBreakdownWordAsColon', () => {
  it.each([
    ['本月开展廉政谈话4人次,具体为:11月9日与何平,11月16日与徐辉', '本月开展廉政谈话4人次:11月9日与何平,11月16日与徐辉'],
    ['本月开展谈心谈话3人次,具体是:11月9日与胡军', '本月开展谈心谈话3人次:11月9日与胡军'],
    ['本月开展廉政谈话4次, 具体如下: 11月9日与何平', '本月开展廉政谈话4次:11月9日与何平'],
    ['开展检查两次,分别是:11月4日、11月18日', '开展检查两次:11月4日、11月18日'],
  ])('%s → %s', (text, want) => {
    expect(withBreakdownWordAsColon(text)).toBe(want);
  });

  it.each(['本月开展廉政谈话4人次,分别是11月9日与何平', '具体为:11月9日与何平', '情况如下:本月开展检查3次'])('unchanged: %s', (text) => {
    expect(withBreakdownWordAsColon(text)).toBe(text);
  });
});
