import { describe, expect, it } from 'vitest';
import { EDIT_LEAD } from '../../../src/domain/report/editLeadWords.js';

describe('EDIT_LEAD', () => {
  it.each([['日期都错了'], ['日期都不对'], ['时间都写错了'], ['不对'], ['都错了'], ['有两处要改'], ['日期有误'], ['不对，日期都错了'], ['对象也错了']])('「%s」 is a lead', (text) => {
    expect(EDIT_LEAD.test(text)).toBe(true);
  });
  it.each([['第1条是11月24号'], ['日期是11月24号'], ['对'], ['王磊是25号'], ['日期都错了是24号']])('「%s」 is more than a lead', (text) => {
    expect(EDIT_LEAD.test(text)).toBe(false);
  });
});
