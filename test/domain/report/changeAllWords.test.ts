import { describe, expect, it } from 'vitest';
import { saysChangeAll } from '../../../src/domain/report/changeAllWords.js';

describe('saysChangeAll', () => {
  it.each([['都改'], ['两条都改'], ['都要改'], ['全部都改'], ['两个都改一下'], ['都改吧。'], ['都 改']])('%s → yes', (text) => {
    expect(saysChangeAll(text)).toBe(true);
  });
  it.each([['都改成11月25日'], ['第2条改'], ['都对'], ['不改'], ['改'], ['都不改']])('%s → no', (text) => {
    expect(saysChangeAll(text)).toBe(false);
  });
});
