// bracketedPairDays (round 61, gab; t63a F4): day–person pairs in a counted kind's bracket, one talk each on its own day.
import { describe, expect, it } from 'vitest';
import { bracketedPairDays, withPairCountsWeighed } from '../../../src/domain/report/bracketedPairDays.js';
import type { ParsedReport } from '../../../src/domain/report/draft.js';

describe('bracketedPairDays', () => {
  it('writes two groups out one clause a pair, the sum lead dropped (its span kept) and every count kept', () => {
    const read = bracketedPairDays('本月开展谈话4次，其中廉政谈话2次（12月1日与孙丽、12月2日与王强），谈心谈话2次（12月3日与李娟、12月4日与胡军）');
    expect(read?.text).toBe('本月12月1日与孙丽进行廉政谈话；12月2日与王强进行廉政谈话；12月3日与李娟进行谈心谈话；12月4日与胡军进行谈心谈话');
    expect(read?.counts).toEqual([
      { said: '本月开展谈话4次', count: 4, pairs: 4 },
      { said: '廉政谈话2次', count: 2, pairs: 2 },
      { said: '谈心谈话2次', count: 2, pairs: 2 },
    ]);
  });

  it('keeps the doer and span before the sum lead, reads 11.3 days and half-width brackets', () => {
    expect(bracketedPairDays('黄书记本月开展谈话3次，其中廉政谈话2次(11.3与孙丽、11.5与王强)，谈心谈话1次(11.10与李娟)')?.text).toBe(
      '黄书记本月11.3与孙丽进行廉政谈话；11.5与王强进行廉政谈话；11.10与李娟进行谈心谈话',
    );
  });

  it('drops the verb of a single group with the group', () => {
    expect(bracketedPairDays('本月开展廉政谈话2次（11月3日与孙丽、11月5日与王强）')?.text).toBe('本月11月3日与孙丽进行廉政谈话；11月5日与王强进行廉政谈话');
  });

  it.each([
    ['开展谈心谈话3人次（李娟、王强、胡军）'],
    ['本月开展谈话4次（廉政谈话2次、谈心谈话2次）'],
    ['本月检查2次（11月3日、11月5日）'],
  ])('「%s」 → none (no day–person pairs)', (text) => {
    expect(bracketedPairDays(text)).toBeUndefined();
  });
});

describe('withPairCountsWeighed', () => {
  const talk: ParsedReport = { draft: { type: 'talk_integrity', date: '2026-11-03', counterpartIds: ['sunli'], late: false }, problems: [], remarks: [] };

  it('says each count unlike its pairs on the first record', () => {
    const [first] = withPairCountsWeighed([talk], { text: '', counts: [{ said: '本月开展谈话5次', count: 5, pairs: 4 }, { said: '廉政谈话2次', count: 2, pairs: 2 }] })!;
    expect(first!.remarks).toEqual(['「本月开展谈话5次」与括号里列出的4人不一致，已按列出的逐人记录，请核对是否漏记或多记']);
    expect(first!.reasons).toEqual(['leftover']);
  });

  it('adds nothing when every count agrees, and null stays null', () => {
    expect(withPairCountsWeighed([talk], { text: '', counts: [{ said: '廉政谈话1次', count: 1, pairs: 1 }] })).toEqual([talk]);
    expect(withPairCountsWeighed(null, { text: '', counts: [] })).toBeNull();
  });
});
