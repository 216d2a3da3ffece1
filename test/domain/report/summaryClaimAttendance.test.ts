// Round 66, gfb (t68b F5): a pasted item's 共计18人参加 is its head count, no running tally of deeds.
import { describe, expect, it } from 'vitest';
import { isCumulativeTally, summaryClaim } from '../../../src/domain/report/summaryClaim.js';

describe('summaryClaim beside a head count', () => {
  it.each([
    ['近日，残疾人康复中心组织全体职工观看警示教育片《围猎》。活动由何平主任主持，共计18人参加。'],
    ['近日，康复中心组织全体干部职工观看警示教育片《围猎》，活动由何平主任主持，合计18人参加。'],
    ['近日，康复中心组织观看警示教育片《围猎》，参加人数共计18人。'],
    ['近期，康复中心组织全体职工观看警示教育片《围猎》，共有18名干部职工参加。'],
  ])('「%s」 is no tally', (text) => {
    expect(isCumulativeTally(text)).toBe(false);
    expect(summaryClaim(text)).toBeUndefined();
  });

  it.each([
    ['本年度共计开展警示教育3次，共计90人参加', '警示教育'],
    ['截至11月底，财务科累计开展廉政教育5次', '廉政教育'],
    ['今年以来共计开展警示教育3次', '警示教育'],
  ])('「%s」 is still a tally of %s', (text, kind) => {
    expect(isCumulativeTally(text)).toBe(true);
    expect(summaryClaim(text)).toBe(kind);
  });
});
