// Round 59, fcb (issue 10; fda's left-alone): days of a split tally that do not add up are given to no record.
import { describe, expect, it } from 'vitest';
import { typeSplitDaysUnmatched, withUnmatchedDaysNoted } from '../../../src/domain/report/typeSplitTally.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

describe('typeSplitDaysUnmatched', () => {
  it.each([
    ['本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日', ['11月9日', '11月16日'], 3],
    ['本月共开展谈话3次，其中廉政谈话1次、谈心谈话2次，分别是11月9日', ['11月9日'], 3],
    ['本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、16日、20日和23日', ['11月9日', '11月16日', '11月20日', '11月23日'], 3],
  ])('%s → the days %j of %d, the tally without them', (text, days, total) => {
    const got = typeSplitDaysUnmatched(text)!;
    expect(got.days).toEqual(days);
    expect(got.total).toBe(total);
    expect(got.text).toBe(`${text.slice(0, text.indexOf('，分别是'))}。`);
  });

  it.each([
    '本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日和11月23日',
    '本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次',
    '本月开展廉政谈话2次，分别是11月9日、11月16日',
  ])('none: %s', (text) => {
    expect(typeSplitDaysUnmatched(text)).toBeUndefined();
  });

  it('withUnmatchedDaysNoted names the days written on the first record', () => {
    const r: ParsedReport = { draft: { type: 'talk_integrity', counterpartIds: [], late: false }, problems: [{ code: 'missing_date' }], remarks: [] };
    const got = withUnmatchedDaysNoted([r, { ...r }], { text: '', days: ['11月9日', '11月16日'], total: 3 }, '2026-11-30')!;
    expect(got.map((x) => x.problems)).toEqual([0, 1].map(() => [{ code: 'missing_date', written: ['2026-11-09', '2026-11-16'] }]));
    expect(got[0]!.remarks).toEqual(['写了2个日期（11月9日、11月16日），与共3次对不上，不知道哪一次是哪一天，日期没有分给各条；请按顺序回复每一次的日期']);
    expect(got[1]!.remarks).toEqual([]);
  });
});
