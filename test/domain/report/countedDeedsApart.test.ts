// Round 59, fca (fda's left-alone): two counted deeds of different kinds joined by 、/和/及 are written apart.
import { describe, expect, it } from 'vitest';
import { withCountedDeedsApart } from '../../../src/domain/report/countedDeedsApart.js';

describe('withCountedDeedsApart', () => {
  it.each([
    ['本月签订责任书2份、开展廉政谈话1次', '本月签订责任书2份，开展廉政谈话1次'],
    ['本月签订责任书2份和廉政谈话1次', '本月签订责任书2份，廉政谈话1次'],
    ['本月开展廉政谈话1次、签订责任书2份', '本月开展廉政谈话1次，签订责任书2份'],
    ['本月签订承诺书2份、作风纪律检查1次', '本月签订承诺书2份，作风纪律检查1次'],
    ['本月签订廉洁承诺书2份及开展谈心谈话1次', '本月签订廉洁承诺书2份，开展谈心谈话1次'],
    ['本月签订责任书两份、开展廉政谈话一次', '本月签订责任书两份，开展廉政谈话一次'],
  ])('「%s」 → 「%s」', (text, want) => {
    expect(withCountedDeedsApart(text)).toBe(want);
  });

  it.each([
    // A tally split by type (typeSplitTally reads it), two studies counted, one kind, no count after the join.
    ['本月共谈话3次，其中廉政谈话1次、谈心谈话2次'],
    ['本月组织廉政教育2次、警示教育1次'],
    ['本月签订责任书2份'],
    ['本月签订责任书2份、和李明谈了话'],
    ['11月28日和周涛、吴静签了责任书'],
  ])('「%s」 unchanged', (text) => {
    expect(withCountedDeedsApart(text)).toBe(text);
  });
});
