// Round 59, fcb (issue 10; fda's left-alone): bare counts of deeds, with no day, person or place.
import { describe, expect, it } from 'vitest';
import { bareTally } from '../../../src/domain/report/bareTally.js';

describe('bareTally', () => {
  it.each([
    ['本月开展检查3次，谈话5次', ['检查', '谈话']],
    ['本月共开展检查3次、谈话5次。', ['检查', '谈话']],
    ['上周谈话2次', ['谈话']],
    ['这个月检查了三次 谈话五次', ['检查', '谈话']],
    ['我们科本月开展检查3次，谈话5次', ['检查', '谈话']],
    ['11月份开展作风纪律检查2次，廉政谈话4人次', ['作风纪律检查', '廉政谈话']],
    ['本月学习两次', ['学习']],
  ])('%s → %j', (text, words) => {
    expect(bareTally(text)).toEqual(words);
  });

  it.each(['本月和王强谈话2次', '11月9日检查1次', '本月开会3次', '本月开展检查3次，谈话5次，其中与王强2次', '今天和李明进行了廉政谈话'])('not a bare tally: %s', (text) => {
    expect(bareTally(text)).toBeUndefined();
  });
});
