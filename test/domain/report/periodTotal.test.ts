import { describe, expect, it } from 'vitest';
import { periodTotal } from '../../../src/domain/report/periodTotal.js';

describe('periodTotal', () => {
  it.each([
    ['本月共开展廉政谈话3人次', ['廉政谈话']],
    ['本周开展谈心谈话5次', ['谈心谈话']],
    ['本月 共开展廉政谈话 3人次', ['廉政谈话']],
    ['截至目前，共签订责任书12份', ['签订责任书/承诺书']],
    ['今年以来累计开展警示教育4次', ['警示教育']],
    ['财务科本月共开展谈心谈话2人次。', ['谈心谈话']],
    ['中心本月共组织廉政教育3次', ['廉政教育']],
    ['本月共开展作风纪律检查6次', ['作风纪律检查']],
    ['这个月一共开展了谈心谈话4次', ['谈心谈话']],
    ['本周共开展谈心谈话两次', ['谈心谈话']],
  ])('「%s」 → %j', (text, kinds) => {
    expect(periodTotal(text)).toEqual(kinds);
  });

  it.each([
    ['a person', '本月和孙杰谈了3次'],
    ['one deed', '本月开展廉政谈话1次'],
    ['a day', '11月24日共开展廉政谈话3人次'],
    ['a place', '本月对财务科开展作风纪律检查2次'],
    ['papers', '本月报送廉政信息3篇'],
    ['a title', '本月组织观看警示教育片《清风》2次'],
    ['two kinds (rounds 58–59 ask each)', '本月开展廉政谈话2次、谈心谈话1次'],
    ['people named', '本月与王磊、何平签订责任书2份'],
    ['no span or total word', '开展廉政谈话3次'],
    ['a kind of no duty', '本月共开展检查3次'],
    ['items after it', '本月共开展廉政谈话3人次，分别是11月9日黄书记与何平'],
  ])('%s: 「%s」 → undefined', (_what, text) => {
    expect(periodTotal(text)).toBeUndefined();
  });
});

// Round 66 (gfa; ged's leftover): kinds written as nouns with their counts, no verb and no total word, are a tally too.
describe('periodTotals of kinds as nouns', () => {
  it.each([
    ['本月廉政谈话3人次、警示教育1次', ['廉政谈话', '警示教育']],
    ['本月廉政谈话3人次，谈心谈话2人次', ['廉政谈话', '谈心谈话']],
    ['11月份 廉政谈话3人次 警示教育1次', ['廉政谈话', '警示教育']],
    ['本月谈心谈话2人次、签订责任书3份', ['谈心谈话', '签订责任书/承诺书']],
    ['这个月廉政谈话2人次、警示教育1次。', ['廉政谈话', '警示教育']],
  ])('「%s」 → %j', (text, kinds) => {
    expect(periodTotal(text)).toEqual(kinds);
  });

  it.each([
    ['a verb first (rounds 58–59)', '本月签订责任书2份、廉政谈话2次'],
    ['a verb in a later part', '本月廉政谈话3人次、开展警示教育1次'],
    ['counts of one: deeds asked', '本月廉政谈话1次、警示教育1次'],
    ['a person', '今天和王强谈话1次'],
    ['a head count', '上周组织警示教育1次，参加12人'],
  ])('%s: 「%s」 → undefined', (_what, text) => {
    expect(periodTotal(text)).toBeUndefined();
  });
});
