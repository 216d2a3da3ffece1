// Round 61 (issue 10), fixer gae: 「不是新报的，是要改之前那条」 — the record just made was meant as a change of an earlier one.
import { describe, expect, it } from 'vitest';
import { meantEarlierRecord } from '../../../src/domain/report/meantEarlierRecord.js';

describe('meantEarlierRecord', () => {
  it.each([['不是新报的，是要改之前那条'], ['不是新报的 是要改之前那条'], ['不是新记的，要改原来那条'], ['不是新的，是改之前那条记录'], ['不是新报的,改的是前面那条'], ['不是新报的，是要改之前那条。']])(
    '「%s」 says so',
    (text) => expect(meantEarlierRecord(text)).toBe(true),
  );

  it.each([['之前那条不对'], ['不是新报的'], ['改之前那条的日期，应该是12月2日'], ['今天和王强进行了廉政谈话'], ['不是新报的，是之前已经谈过了']])('「%s」 does not', (text) =>
    expect(meantEarlierRecord(text)).toBe(false),
  );
});
